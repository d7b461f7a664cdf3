/**
 * What one change to a report does to its number's aggregates: the one bookkeeping function
 * behind live writes, bulk import, rescore and the evaluation (docs/data-model.md).
 *
 * A change is a report's state before and after (created, edited, retracted, hidden,
 * unhidden). Counts follow visible reports; evidence follows voices: one reporter, one voice,
 * their latest visible report on the number. Evidence is stored scaled by
 * `evidenceScale(reported_at)` so that sums never need rewriting as they decay.
 */
import { parseViolations } from '../conduct/violations';
import type { NumberType } from '../phone';
import { BLOCK_SHARE, blockContribution, evidenceScale, voiceContribution, type FeatureVector } from '../scoring';
import { callerCompanyKey } from '../agencies/company-name';
import { claimKey, laterReport, parseTags, reportFacts, reportWeight, utcDay, type ReportRecord } from './record';

export interface ReportChange {
  numberType: NumberType;
  /** The report before the change; null when it is new. */
  before: ReportRecord | null;
  /** The report after the change. */
  after: ReportRecord;
  /** The report speaking for this reporter on this number before the change. */
  currentVoice: ReportRecord | null;
  /** The reporter's latest visible report on this number other than `after`. */
  otherLatestVisible: ReportRecord | null;
}

/** Additive changes to one number's aggregates (and its block's evidence). */
export interface NumberDelta {
  reportsTotal: number;
  reporters: number;
  days: Map<string, number>;
  tags: Map<string, number>;
  claims: Map<string, number>;
  /** First name seen for each claim key. */
  claimNames: Map<string, string>;
  claimAgencies: Map<string, string | null>;
  /** `<lender id>|<normalized company>` → visible reports naming that company for that lender, with the first name seen. */
  callerCompanies: Map<string, number>;
  callerCompanyNames: Map<string, string>;
  /** Conduct rule → visible reports saying it was broken; the same per claim key, for the agency pages. */
  violations: Map<string, number>;
  claimViolations: Map<string, Map<string, number>>;
  /** Scaled evidence sums, the number's block share under `block:`. */
  evidence: Map<string, number>;
  block: Map<string, number>;
  /** A visible report stopped counting: first/last report times must be re-read. */
  boundsChanged: boolean;
  /** A visible report started counting at this time. */
  latestVisibleAt: number | null;
  earliestVisibleAt: number | null;
}

export function emptyDelta(): NumberDelta {
  return {
    reportsTotal: 0,
    reporters: 0,
    days: new Map(),
    tags: new Map(),
    claims: new Map(),
    claimNames: new Map(),
    claimAgencies: new Map(),
    callerCompanies: new Map(),
    callerCompanyNames: new Map(),
    violations: new Map(),
    claimViolations: new Map(),
    evidence: new Map(),
    block: new Map(),
    boundsChanged: false,
    latestVisibleAt: null,
    earliestVisibleAt: null,
  };
}

/**
 * Adds one change's effect to `delta` and returns the report that speaks for the reporter
 * after it (null: none).
 *
 * @example
 * const delta = emptyDelta();
 * addReportChange(delta, { numberType: 'mobile', before: null, after: report, currentVoice: null, otherLatestVisible: null }, 180);
 * delta.reportsTotal // 1
 */
export function addReportChange(delta: NumberDelta, change: ReportChange, halfLifeDays: number): ReportRecord | null {
  const { before, after } = change;
  if (before?.status === 'visible') countReport(delta, before, -1);
  if (after.status === 'visible') countReport(delta, after, +1);

  const oldVoice = change.currentVoice && change.currentVoice.id === after.id ? before : change.currentVoice;
  const newVoice = laterReport(after.status === 'visible' ? after : null, change.otherLatestVisible);
  if (oldVoice !== newVoice) {
    addVoice(delta, oldVoice, -1, change.numberType, halfLifeDays);
    addVoice(delta, newVoice, +1, change.numberType, halfLifeDays);
  }
  delta.reporters += (newVoice ? 1 : 0) - (oldVoice && oldVoice.status === 'visible' ? 1 : 0);
  return newVoice;
}

function countReport(delta: NumberDelta, row: ReportRecord, sign: 1 | -1) {
  delta.reportsTotal += sign;
  bump(delta.days, utcDay(row.reportedAt), sign);
  for (const tag of parseTags(row.tags)) bump(delta.tags, tag, sign);
  const key = claimKey(row);
  const violations = parseViolations(row.violations);
  for (const rule of violations) bump(delta.violations, rule, sign);
  if (key && violations.length) {
    let perClaim = delta.claimViolations.get(key);
    if (!perClaim) delta.claimViolations.set(key, (perClaim = new Map()));
    for (const rule of violations) bump(perClaim, rule, sign);
  }
  if (key) {
    bump(delta.claims, key, sign);
    if (!delta.claimNames.has(key)) {
      delta.claimNames.set(key, row.claimedAgencyText ?? row.claimedAgencyId ?? key);
      delta.claimAgencies.set(key, row.claimedAgencyId);
    }
  }
  const company = callerCompanyKey(row.claimedAgencyId, row.callerCompany);
  if (company) {
    bump(delta.callerCompanies, company, sign);
    if (!delta.callerCompanyNames.has(company)) delta.callerCompanyNames.set(company, row.callerCompany!);
  }
  if (sign < 0) delta.boundsChanged = true;
  else {
    delta.latestVisibleAt = Math.max(delta.latestVisibleAt ?? row.reportedAt, row.reportedAt);
    delta.earliestVisibleAt = Math.min(delta.earliestVisibleAt ?? row.reportedAt, row.reportedAt);
  }
}

function addVoice(delta: NumberDelta, row: ReportRecord | null, sign: 1 | -1, numberType: NumberType, halfLifeDays: number) {
  if (!row || row.status !== 'visible') return;
  const facts = reportFacts(row, numberType);
  const weight = reportWeight(row);
  const scale = sign * evidenceScale(row.reportedAt, halfLifeDays);
  addScaled(delta.evidence, voiceContribution(facts, weight), scale);
  const block = blockContribution(facts, weight);
  addScaled(delta.block, block, scale);
  addScaled(delta.evidence, block, scale, BLOCK_SHARE);
}

/** Adds `vector × scale` to `target`, keys prefixed. */
export function addScaled(target: Map<string, number>, vector: FeatureVector, scale: number, prefix = '') {
  for (const feature in vector) {
    const value = vector[feature]!;
    if (value === 0) continue;
    const key = prefix + feature;
    target.set(key, (target.get(key) ?? 0) + value * scale);
  }
}

/** Adds a stored map to another, in place (the in-memory twin of the SQL merge). */
export function mergeInto(target: Record<string, number>, delta: ReadonlyMap<string, number>): void {
  for (const [key, value] of delta) target[key] = (target[key] ?? 0) + value;
}

function bump(map: Map<string, number>, key: string, by: number) {
  map.set(key, (map.get(key) ?? 0) + by);
}
