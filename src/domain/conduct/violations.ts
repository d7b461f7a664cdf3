/**
 * Which conduct rules a reported call breaks. Each rule is a pure predicate over one report;
 * the rule's wording and its source (statute or guideline, article, link) are reference data
 * (`seed/conduct-rules.json`), joined by the rule's id where violations are shown. Rules are
 * judged by the jurisdiction of the number that called: Chinese rules for CN numbers,
 * Regulation F for US numbers.
 */
import type { CallCircumstances, PaymentRequested } from '../reports/answers';
import { judgeCallTime, type CallTime } from './call-hours';
import type { ConductTag } from './tags';

export const CONDUCT_RULE_IDS = [
  'cn_night_calls',
  'cn_evening_calls',
  'cn_call_frequency',
  'cn_third_party',
  'cn_impersonation',
  'cn_personal_account',
  'us_inconvenient_hours',
  'us_call_frequency',
  'us_third_party',
  'us_false_representation',
] as const;
export type ConductRuleId = (typeof CONDUCT_RULE_IDS)[number];

export type Jurisdiction = 'CN' | 'US';

/** What the rules read of a report: the call, the number's region, and what the reporter said. */
export interface ViolationInput {
  region: string;
  call: CallTime;
  /** The tags the reporter chose (the call-hour rules judge the call time themselves). */
  tags: readonly ConductTag[];
  paymentRequested: PaymentRequested;
  circumstances: CallCircumstances;
}

/** More connected calls a day than Chinese collection guidance allows. */
export const CN_MAX_CALLS_A_DAY = 3;
/** Regulation F presumes harassment above this many calls in seven consecutive days. */
export const US_MAX_CALLS_IN_7_DAYS = 7;

const thirdParty = (r: ViolationInput) => r.circumstances.contacted === 'unrelated_third_party' || r.tags.includes('third_party_contact');
const impersonation = (r: ViolationInput) => r.tags.includes('impersonates_authority') || r.tags.includes('fake_legal_documents');

const RULES: Record<ConductRuleId, { jurisdiction: Jurisdiction; breaks: (r: ViolationInput) => boolean }> = {
  cn_night_calls: { jurisdiction: 'CN', breaks: (r) => judgeCallTime(r.call, 'CN') === 'outside_all' },
  cn_evening_calls: { jurisdiction: 'CN', breaks: (r) => judgeCallTime(r.call, 'CN') !== 'allowed' },
  cn_call_frequency: { jurisdiction: 'CN', breaks: (r) => (r.circumstances.callsToday ?? 0) > CN_MAX_CALLS_A_DAY },
  cn_third_party: { jurisdiction: 'CN', breaks: thirdParty },
  cn_impersonation: { jurisdiction: 'CN', breaks: impersonation },
  cn_personal_account: { jurisdiction: 'CN', breaks: (r) => r.paymentRequested === 'personal_account' || r.tags.includes('personal_account_payment') },
  us_inconvenient_hours: { jurisdiction: 'US', breaks: (r) => judgeCallTime(r.call, 'US') !== 'allowed' },
  us_call_frequency: { jurisdiction: 'US', breaks: (r) => (r.circumstances.callsLast7Days ?? 0) > US_MAX_CALLS_IN_7_DAYS },
  us_third_party: { jurisdiction: 'US', breaks: thirdParty },
  us_false_representation: { jurisdiction: 'US', breaks: impersonation },
};

/** The jurisdiction whose rules apply to a number of this region, or null when none are kept. */
export function jurisdictionOf(region: string): Jurisdiction | null {
  return region === 'CN' || region === 'US' ? region : null;
}

export function ruleJurisdiction(id: ConductRuleId): Jurisdiction {
  return RULES[id].jurisdiction;
}

export function isConductRuleId(value: string): value is ConductRuleId {
  return (CONDUCT_RULE_IDS as readonly string[]).includes(value);
}

/**
 * The rules one report says the caller broke, in rule order.
 *
 * @example
 * reportViolations({
 *   region: 'CN',
 *   call: { instant: Date.parse('2026-05-01T15:00:00Z'), timeZones: ['Asia/Shanghai'], offsetMinutes: 480 },
 *   tags: [], paymentRequested: 'none',
 *   circumstances: { callsToday: 5, callsLast7Days: null, overdueStage: null, contacted: null, threatened: [] },
 * })
 * // ['cn_night_calls', 'cn_evening_calls', 'cn_call_frequency'] (23:00 in Beijing, 5 calls that day)
 */
export function reportViolations(report: ViolationInput): ConductRuleId[] {
  const jurisdiction = jurisdictionOf(report.region);
  if (!jurisdiction) return [];
  return CONDUCT_RULE_IDS.filter((id) => RULES[id].jurisdiction === jurisdiction && RULES[id].breaks(report));
}

/**
 * Stored violations (a JSON array, or null on reports stored before they were derived) as ids.
 *
 * @example
 * parseViolations('["cn_third_party"]') // ['cn_third_party']
 */
export function parseViolations(json: string | null): ConductRuleId[] {
  if (!json) return [];
  return (JSON.parse(json) as string[]).filter(isConductRuleId);
}
