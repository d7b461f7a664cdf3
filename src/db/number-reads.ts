/**
 * The fixed few indexed reads behind a lookup: whatever a number's history, a lookup costs
 * the same statements (SPEC §6.7). Nothing here scans reports.
 */
import { and, desc, eq, gte } from 'drizzle-orm';
import type { Db } from './database';
import { hasOpenDispute } from './dispute-repository';
import type { NumberRow } from './report-aggregates';
import {
  agencies,
  blockEvidence,
  numberClaims,
  numberDaily,
  numberEvidence,
  numbers,
  numberStats,
  numberTags,
  officialNumbers,
} from './schema';

export type NumberStatsRow = typeof numberStats.$inferSelect;
export type AgencyRow = typeof agencies.$inferSelect;

export interface OfficialRegistration {
  numberKey: string;
  source: string;
  sourceZh: string | null;
  purposeZh: string | null;
  purposeEn: string | null;
  agency: AgencyRow;
}

export interface NumberAggregates {
  number: NumberRow | null;
  stats: NumberStatsRow | null;
  /** Stored (undecayed) evidence sums, block shares included. */
  evidence: Record<string, number>;
  /** Stored sums of the number's 100-block, this number's own share included. */
  blockEvidence: Record<string, number>;
  daily: { day: string; count: number }[];
  tags: { tag: string; count: number }[];
  claims: { claimKey: string; agencyId: string | null; name: string; count: number }[];
  official: OfficialRegistration | null;
  openDispute: boolean;
}

/** Days of daily counts a lookup reads: the 26 weeks of the chart, the first one starting up to 6 days earlier. */
export const HISTORY_DAYS = 26 * 7 + 6;

/**
 * @example
 * const aggregates = await readNumberAggregates(db, '+8613800138000', '+86138001380', now);
 */
export async function readNumberAggregates(db: Db, key: string, blockKey: string | null, now: number): Promise<NumberAggregates> {
  const [[number], official, blockSums] = await Promise.all([
    db.select().from(numbers).where(eq(numbers.key, key)),
    officialRegistration(db, key),
    blockEvidenceOf(db, blockKey),
  ]);
  if (!number) {
    return { number: null, stats: null, evidence: {}, blockEvidence: blockSums, daily: [], tags: [], claims: [], official, openDispute: false };
  }
  const since = new Date(now - (HISTORY_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const [[stats], evidence, daily, tags, claims, openDispute] = await Promise.all([
    db.select().from(numberStats).where(eq(numberStats.numberId, number.id)),
    evidenceOf(db, number.id),
    db
      .select({ day: numberDaily.day, count: numberDaily.count })
      .from(numberDaily)
      .where(and(eq(numberDaily.numberId, number.id), gte(numberDaily.day, since))),
    db.select({ tag: numberTags.tag, count: numberTags.count }).from(numberTags).where(eq(numberTags.numberId, number.id)),
    db
      .select({ claimKey: numberClaims.claimKey, agencyId: numberClaims.agencyId, name: numberClaims.name, count: numberClaims.count })
      .from(numberClaims)
      .where(eq(numberClaims.numberId, number.id))
      .orderBy(desc(numberClaims.count))
      .limit(10),
    hasOpenDispute(db, number.id),
  ]);
  return {
    number,
    stats: stats ?? null,
    evidence,
    blockEvidence: blockSums,
    daily: daily.filter((d) => d.count > 0),
    tags: tags.filter((t) => t.count > 0),
    claims: claims.filter((c) => c.count > 0),
    official,
    openDispute,
  };
}

/** Only what scoring needs, for the write path's score snapshot (4 reads instead of a lookup's 9). */
export async function readScoreInputs(
  db: Db,
  number: NumberRow,
): Promise<Pick<NumberAggregates, 'evidence' | 'blockEvidence' | 'official' | 'openDispute'>> {
  const [evidence, blockEvidence, official, openDispute] = await Promise.all([
    evidenceOf(db, number.id),
    blockEvidenceOf(db, number.blockKey),
    officialRegistration(db, number.key),
    hasOpenDispute(db, number.id),
  ]);
  return { evidence, blockEvidence, official, openDispute };
}

async function evidenceOf(db: Db, numberId: number): Promise<Record<string, number>> {
  const rows = await db.select().from(numberEvidence).where(eq(numberEvidence.numberId, numberId));
  return Object.fromEntries(rows.map((row) => [row.feature, row.value]));
}

async function blockEvidenceOf(db: Db, blockKey: string | null): Promise<Record<string, number>> {
  if (!blockKey) return {};
  const rows = await db.select().from(blockEvidence).where(eq(blockEvidence.blockKey, blockKey));
  return Object.fromEntries(rows.map((row) => [row.feature, row.value]));
}

async function officialRegistration(db: Db, key: string): Promise<OfficialRegistration | null> {
  const [row] = await db
    .select({ registration: officialNumbers, agency: agencies })
    .from(officialNumbers)
    .innerJoin(agencies, eq(agencies.id, officialNumbers.agencyId))
    .where(eq(officialNumbers.numberKey, key));
  if (!row) return null;
  const { registration, agency } = row;
  return { numberKey: registration.numberKey, source: registration.source, sourceZh: registration.sourceZh, purposeZh: registration.purposeZh, purposeEn: registration.purposeEn, agency };
}
