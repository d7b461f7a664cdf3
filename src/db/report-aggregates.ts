/**
 * Keeps every per-number aggregate right when one report changes (created, edited,
 * retracted, hidden, unhidden). All of it is expressed as statements for one atomic write,
 * with commutative increments so that concurrent writers cannot lose each other's counts.
 */
import { and, eq, sql } from 'drizzle-orm';
import { BLOCK_SHARE, blockContribution, evidenceScale, voiceContribution, type FeatureVector } from '../domain/scoring';
import { chunkRows, type Db, type WriteStatement } from './database';
import { claimKey, laterReport, parseTags, reportFacts, reportWeight, utcDay, type ReportRow } from './report-rows';
import {
  blockEvidence,
  numberClaims,
  numberDaily,
  numberEvidence,
  numbers,
  numberStats,
  numberTags,
  numberVoices,
  reports,
} from './schema';

export type NumberRow = typeof numbers.$inferSelect;

export interface ReportChange {
  number: NumberRow;
  /** The report as stored before the change; null when it is new. */
  before: ReportRow | null;
  /** The report as it will be stored. */
  after: ReportRow;
  /** The report the voice table names for this reporter and number now, as stored. */
  currentVoice: ReportRow | null;
  /** The reporter's latest visible report on this number other than `after`. */
  otherLatestVisible: ReportRow | null;
}

export interface AggregateUpdate {
  statements: WriteStatement[];
  /** Scaled change of each number_evidence feature (block shares included), for the score snapshot. */
  evidenceDelta: Map<string, number>;
}

/**
 * @example
 * const { statements } = aggregateStatements(db, change, 180, now);
 * await database.atomic([reportInsert, ...statements]);
 */
export function aggregateStatements(db: Db, change: ReportChange, halfLifeDays: number, now: number): AggregateUpdate {
  const { number, before, after } = change;
  const counts = new CountDeltas();
  if (before?.status === 'visible') counts.add(before, -1);
  if (after.status === 'visible') counts.add(after, +1);

  // One reporter, one voice: the voice is their latest visible report on this number.
  const oldVoice = change.currentVoice && change.currentVoice.id === after.id ? before : change.currentVoice;
  const newVoice = laterReport(after.status === 'visible' ? after : null, change.otherLatestVisible);
  const evidenceDelta = new Map<string, number>();
  const blockDelta = new Map<string, number>();
  const accumulate = (row: ReportRow | null, sign: 1 | -1) => {
    if (!row || row.status !== 'visible') return;
    const facts = reportFacts(row, number.type as never);
    const weight = reportWeight(row);
    const scale = sign * evidenceScale(row.reportedAt, halfLifeDays);
    addScaled(evidenceDelta, voiceContribution(facts, weight), scale);
    const block = blockContribution(facts, weight);
    addScaled(blockDelta, block, scale);
    addScaled(evidenceDelta, block, scale, BLOCK_SHARE);
  };
  if (oldVoice !== newVoice) {
    accumulate(oldVoice, -1);
    accumulate(newVoice, +1);
  }
  const reportersDelta = (newVoice ? 1 : 0) - (oldVoice && oldVoice.status === 'visible' ? 1 : 0);

  const statements: WriteStatement[] = [
    db
      .insert(numberStats)
      .values({ numberId: number.id, reportsTotal: Math.max(0, counts.total), reporters: Math.max(0, reportersDelta), updatedAt: now })
      .onConflictDoUpdate({
        target: numberStats.numberId,
        set: {
          reportsTotal: sql`${numberStats.reportsTotal} + ${counts.total}`,
          reporters: sql`${numberStats.reporters} + ${reportersDelta}`,
          updatedAt: now,
        },
      }),
    // Bounds read through the (number_id, status, reported_at) index: O(log n), and right under concurrency.
    db
      .update(numberStats)
      .set({
        firstReportAt: sql`(select min(${reports.reportedAt}) from ${reports} where ${reports.numberId} = ${number.id} and ${reports.status} = 'visible')`,
        lastReportAt: sql`(select max(${reports.reportedAt}) from ${reports} where ${reports.numberId} = ${number.id} and ${reports.status} = 'visible')`,
      })
      .where(eq(numberStats.numberId, number.id)),
    ...counts.statements(db, number.id),
    ...evidenceIncrements(db, number.id, evidenceDelta),
  ];
  if (number.blockKey) {
    statements.push(...blockIncrements(db, number.blockKey, blockDelta));
  }
  if (newVoice?.id !== change.currentVoice?.id) {
    statements.push(
      newVoice
        ? db
            .insert(numberVoices)
            .values({ numberId: number.id, reporterId: newVoice.reporterId, reportId: newVoice.id })
            .onConflictDoUpdate({ target: [numberVoices.numberId, numberVoices.reporterId], set: { reportId: newVoice.id } })
        : db
            .delete(numberVoices)
            .where(and(eq(numberVoices.numberId, number.id), eq(numberVoices.reporterId, after.reporterId))),
    );
  }
  return { statements, evidenceDelta };
}

function addScaled(target: Map<string, number>, vector: FeatureVector, scale: number, prefix = '') {
  for (const [feature, value] of Object.entries(vector)) {
    if (value === 0) continue;
    const key = prefix + feature;
    target.set(key, (target.get(key) ?? 0) + value * scale);
  }
}

/** Multi-row `value = value + excluded.value` upserts, chunked under D1's parameter limit. */
function evidenceIncrements(db: Db, numberId: number, deltas: Map<string, number>): WriteStatement[] {
  const rows = [...deltas].filter(([, value]) => value !== 0).map(([feature, value]) => ({ numberId, feature, value }));
  return chunkRows(rows, 3).map((chunk) =>
    db
      .insert(numberEvidence)
      .values(chunk)
      .onConflictDoUpdate({ target: [numberEvidence.numberId, numberEvidence.feature], set: { value: sql`${numberEvidence.value} + excluded.value` } }),
  );
}

function blockIncrements(db: Db, blockKey: string, deltas: Map<string, number>): WriteStatement[] {
  const rows = [...deltas].filter(([, value]) => value !== 0).map(([feature, value]) => ({ blockKey, feature, value }));
  return chunkRows(rows, 3).map((chunk) =>
    db
      .insert(blockEvidence)
      .values(chunk)
      .onConflictDoUpdate({ target: [blockEvidence.blockKey, blockEvidence.feature], set: { value: sql`${blockEvidence.value} + excluded.value` } }),
  );
}

/** Per-day, per-tag and per-claim counts of visible reports. */
class CountDeltas {
  total = 0;
  private readonly days = new Map<string, number>();
  private readonly tags = new Map<string, number>();
  private readonly claims = new Map<string, { agencyId: string | null; name: string; delta: number }>();

  add(row: ReportRow, sign: 1 | -1) {
    this.total += sign;
    bump(this.days, utcDay(row.reportedAt), sign);
    for (const tag of parseTags(row.tags)) bump(this.tags, tag, sign);
    const key = claimKey(row);
    if (key) {
      const claim = this.claims.get(key) ?? { agencyId: row.claimedAgencyId, name: row.claimedAgencyText ?? row.claimedAgencyId ?? key, delta: 0 };
      claim.delta += sign;
      this.claims.set(key, claim);
    }
  }

  statements(db: Db, numberId: number): WriteStatement[] {
    const out: WriteStatement[] = [];
    for (const [day, delta] of this.days) {
      if (delta === 0) continue;
      out.push(
        db
          .insert(numberDaily)
          .values({ numberId, day, count: delta })
          .onConflictDoUpdate({ target: [numberDaily.numberId, numberDaily.day], set: { count: sql`${numberDaily.count} + ${delta}` } }),
      );
    }
    for (const [tag, delta] of this.tags) {
      if (delta === 0) continue;
      out.push(
        db
          .insert(numberTags)
          .values({ numberId, tag, count: delta })
          .onConflictDoUpdate({ target: [numberTags.numberId, numberTags.tag], set: { count: sql`${numberTags.count} + ${delta}` } }),
      );
    }
    for (const [key, claim] of this.claims) {
      if (claim.delta === 0) continue;
      out.push(
        db
          .insert(numberClaims)
          .values({ numberId, claimKey: key, agencyId: claim.agencyId, name: claim.name, count: claim.delta })
          .onConflictDoUpdate({
            target: [numberClaims.numberId, numberClaims.claimKey],
            set: { count: sql`${numberClaims.count} + ${claim.delta}` },
          }),
      );
    }
    return out;
  }
}

function bump(map: Map<string, number>, key: string, by: number) {
  map.set(key, (map.get(key) ?? 0) + by);
}
