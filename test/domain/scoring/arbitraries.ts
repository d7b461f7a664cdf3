/** Shared generators and helpers for the scoring tests (no Node APIs: also runs on workerd). */
import fc from 'fast-check';
import { conductTags } from '../../../src/domain/conduct/tags';
import { CONTACTED_PARTIES, OVERDUE_STAGES, THREAT_KINDS, type CallCircumstances } from '../../../src/domain/reports/answers';
import type { NumberType } from '../../../src/domain/phone';
import {
  recentContribution,
  scoreNumber,
  voiceContribution,
  type FeatureVector,
  type NumberScore,
  type ReportFacts,
  type ScoreInput,
  type VoiceWeight,
} from '../../../src/domain/scoring';

export const NOW = Date.UTC(2026, 10, 27, 12);
export const DAY = 86_400_000;

export const numberTypes: NumberType[] = [
  'mobile', 'fixed_line', 'toll_free', 'shared_cost', 'service', 'virtual_mobile', 'sms_gateway', 'voip', 'unknown',
];

export const baseFacts: ReportFacts = {
  tags: [],
  debtWithClaimedAgency: 'unknown',
  hotlineCheck: 'not_tried',
  identification: { employeeIdGiven: false, companyNameGiven: false, authorizationLetterGiven: false },
  paymentRequested: 'none',
  claimedAgencyId: null,
  numberType: 'mobile',
};

export const FULL: VoiceWeight = { weight: 1, discounts: [] };

export const factsArb: fc.Arbitrary<ReportFacts> = fc.record({
  tags: fc.subarray([...conductTags]),
  debtWithClaimedAgency: fc.constantFrom('yes', 'no', 'unknown'),
  hotlineCheck: fc.constantFrom('confirmed', 'denied', 'not_tried'),
  identification: fc.record({ employeeIdGiven: fc.boolean(), companyNameGiven: fc.boolean(), authorizationLetterGiven: fc.boolean() }),
  paymentRequested: fc.constantFrom('none', 'official_channel', 'personal_account', 'third_party_app', 'cash_or_giftcard'),
  claimedAgencyId: fc.option(fc.constantFrom('alipay', 'jd', 'webank'), { nil: null }),
  numberType: fc.constantFrom(...numberTypes),
  overdueStage: fc.option(fc.constantFrom(...OVERDUE_STAGES), { nil: null }),
  threatened: fc.subarray([...THREAT_KINDS]),
});

/** The call's circumstances a report may give. */
export const circumstancesArb: fc.Arbitrary<CallCircumstances> = fc.record({
  callsToday: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
  callsLast7Days: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  overdueStage: fc.option(fc.constantFrom(...OVERDUE_STAGES), { nil: null }),
  contacted: fc.option(fc.constantFrom(...CONTACTED_PARTIES), { nil: null }),
  threatened: fc.subarray([...THREAT_KINDS]),
});

export const weightArb: fc.Arbitrary<VoiceWeight> = fc.record({
  weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
  discounts: fc.subarray(['burst', 'fresh_tokens', 'shared_ip_prefix', 'thin_token']),
});

export const voiceArb = fc.record({ facts: factsArb, weight: weightArb });
export type Voice = { facts: ReportFacts; weight: VoiceWeight };

export const blockArb: fc.Arbitrary<FeatureVector> = fc.record({
  voices: fc.double({ min: 0, max: 50, noNaN: true }),
  scam_votes: fc.double({ min: 0, max: 50, noNaN: true }),
  legit_votes: fc.double({ min: 0, max: 50, noNaN: true }),
});

/** Σ contributions, as the write path keeps them (here undecayed: all voices "now"). */
export function evidenceOf(voices: readonly Voice[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { facts, weight } of voices) {
    for (const [feature, value] of Object.entries(voiceContribution(facts, weight))) out[feature] = (out[feature] ?? 0) + value;
    for (const [feature, value] of Object.entries(recentContribution(facts, weight))) out[`recent:${feature}`] = (out[`recent:${feature}`] ?? 0) + value;
  }
  return out;
}

export function scoreVoices(
  voices: readonly Voice[],
  options: { numberType?: NumberType; block?: FeatureVector; official?: boolean; openDispute?: boolean; operation?: OperationInput | null } = {},
): NumberScore {
  return scoreNumber({
    now: NOW,
    numberType: options.numberType ?? 'mobile',
    evidence: evidenceOf(voices),
    blockEvidence: options.block ?? {},
    operation: options.operation ?? null,
    official: options.official ?? false,
    openDispute: options.openDispute ?? false,
  });
}

export const logit = (p: number) => Math.log(p / (1 - p));

export type OperationInput = NonNullable<ScoreInput['operation']>;

/** An operation's other numbers, as scoring reads them, and how much of this number names it. */
export const operationArb: fc.Arbitrary<OperationInput> = fc.record({
  name: fc.constantFrom('网贷清退中心', '征信修复中心'),
  numbers: fc.integer({ min: 1, max: 40 }),
  since: fc.option(fc.integer({ min: NOW - 400 * DAY, max: NOW }), { nil: null }),
  evidence: fc.record({
    voices: fc.double({ min: 0, max: 40, noNaN: true }),
    scam_votes: fc.double({ min: 0, max: 40, noNaN: true }),
    legit_votes: fc.double({ min: 0, max: 40, noNaN: true }),
  }),
  named: fc.double({ min: 0, max: 5, noNaN: true }),
  recentNamed: fc.double({ min: 0, max: 5, noNaN: true }),
});

/** A report that says the hotline denied the caller and the caller wanted a personal account. */
export const scamFacts: ReportFacts = { ...baseFacts, hotlineCheck: 'denied', paymentRequested: 'personal_account', debtWithClaimedAgency: 'no' };
/** A report that says the hotline confirmed the caller and they asked for official channels. */
export const legitFacts: ReportFacts = {
  ...baseFacts,
  hotlineCheck: 'confirmed',
  paymentRequested: 'official_channel',
  debtWithClaimedAgency: 'yes',
  identification: { employeeIdGiven: true, companyNameGiven: true, authorizationLetterGiven: true },
};
