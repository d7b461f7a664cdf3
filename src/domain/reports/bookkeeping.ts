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
import {
  BLOCK_SHARE, OPERATION_NAMED, OPERATION_RECENT_NAMED, RECENT, RECENT_HALF_LIFE_DAYS, blockContribution, evidenceScale, operationContribution,
  operationShareKey, recentContribution, voiceContribution, type FeatureVector,
} from '../scoring';
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
  /** The number's stored claim counts before the batch (empty when the delta holds them all, as in a replay). */
  storedClaims?: Readonly<Record<string, number>>;
}

/** Additive changes to one operation's row. */
export interface OperationDelta {
  evidence: Map<string, number>;
  /** Numbers that started (+1) or stopped (−1) having visible reports naming the operation. */
  numbers: number;
  name: string;
  /** Earliest report that counted towards it in this change set. */
  firstReportAt: number | null;
}

/** The operation a report points to: its unresolved claimed agency (a registered lender's name never links numbers). */
export function operationKeyOf(row: Pick<ReportRecord, 'claimedAgencyId' | 'claimedAgencyNormalized'>): string | null {
  return !row.claimedAgencyId && row.claimedAgencyNormalized ? `text:${row.claimedAgencyNormalized}` : null;
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
  /** Operation key → its change (the number's own share also goes into `evidence`). */
  operations: Map<string, OperationDelta>;
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
    operations: new Map(),
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
  const stored = change.storedClaims ?? {};
  if (before?.status === 'visible') countReport(delta, before, -1, stored);
  if (after.status === 'visible') countReport(delta, after, +1, stored);

  const oldVoice = change.currentVoice && change.currentVoice.id === after.id ? before : change.currentVoice;
  const newVoice = laterReport(after.status === 'visible' ? after : null, change.otherLatestVisible);
  if (oldVoice !== newVoice) {
    addVoice(delta, oldVoice, -1, change.numberType, halfLifeDays);
    addVoice(delta, newVoice, +1, change.numberType, halfLifeDays);
  }
  delta.reporters += (newVoice ? 1 : 0) - (oldVoice && oldVoice.status === 'visible' ? 1 : 0);
  return newVoice;
}

function countReport(delta: NumberDelta, row: ReportRecord, sign: 1 | -1, storedClaims: Readonly<Record<string, number>>) {
  delta.reportsTotal += sign;
  bump(delta.days, utcDay(row.reportedAt), sign);
  for (const tag of parseTags(row.tags)) bump(delta.tags, tag, sign);
  const key = claimKey(row);
  const violations = parseViolations(row.violations);
  // A report saying the caller ID was forged describes the forger, not whoever owns this number
  // (an official hotline most of all): its broken rules stay with the claim, not the number.
  if (!parseTags(row.tags).includes('spoofed_local_number')) for (const rule of violations) bump(delta.violations, rule, sign);
  if (key && violations.length) {
    let perClaim = delta.claimViolations.get(key);
    if (!perClaim) delta.claimViolations.set(key, (perClaim = new Map()));
    for (const rule of violations) bump(perClaim, rule, sign);
  }
  if (key) {
    const countBefore = (storedClaims[key] ?? 0) + (delta.claims.get(key) ?? 0);
    bump(delta.claims, key, sign);
    const operation = operationKeyOf(row);
    if (operation) {
      // The number joins the operation with its first visible report naming it, and leaves with its last.
      const op = operationDelta(delta, operation, row);
      op.numbers += countBefore === 0 && sign > 0 ? 1 : countBefore + sign === 0 && sign < 0 ? -1 : 0;
      if (sign > 0) op.firstReportAt = Math.min(op.firstReportAt ?? row.reportedAt, row.reportedAt);
    }
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
  const recentScale = sign * evidenceScale(row.reportedAt, RECENT_HALF_LIFE_DAYS);
  addScaled(delta.evidence, recentContribution(facts, weight), recentScale, RECENT);
  const block = blockContribution(facts, weight);
  addScaled(delta.block, block, scale);
  addScaled(delta.evidence, block, scale, BLOCK_SHARE);
  const operation = operationKeyOf(row);
  if (operation) {
    const share = operationContribution(facts, weight);
    addScaled(operationDelta(delta, operation, row).evidence, share, scale);
    for (const feature in share) addScaled(delta.evidence, { [operationShareKey(operation, feature)]: share[feature]! }, scale);
    // How much of this number's own evidence names the operation (coordinated voices too): how far the operation speaks for it.
    addScaled(delta.evidence, { [operationShareKey(operation, OPERATION_NAMED)]: weight.weight }, scale);
    addScaled(delta.evidence, { [operationShareKey(operation, OPERATION_RECENT_NAMED)]: weight.weight }, recentScale);
  }
}

function operationDelta(delta: NumberDelta, key: string, row: ReportRecord): OperationDelta {
  let op = delta.operations.get(key);
  if (!op) delta.operations.set(key, (op = { evidence: new Map(), numbers: 0, name: row.claimedAgencyText ?? key.slice('text:'.length), firstReportAt: null }));
  return op;
}

/** Adds one operation change set into another (a batch's running total per operation). */
export function mergeOperations(target: Map<string, OperationDelta>, changes: ReadonlyMap<string, OperationDelta>): void {
  for (const [key, change] of changes) {
    let op = target.get(key);
    if (!op) target.set(key, (op = { evidence: new Map(), numbers: 0, name: change.name, firstReportAt: null }));
    for (const [feature, value] of change.evidence) op.evidence.set(feature, (op.evidence.get(feature) ?? 0) + value);
    op.numbers += change.numbers;
    if (change.firstReportAt !== null) op.firstReportAt = Math.min(op.firstReportAt ?? change.firstReportAt, change.firstReportAt);
  }
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
