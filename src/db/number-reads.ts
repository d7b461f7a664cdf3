/**
 * The fixed few indexed reads behind a lookup: whatever a number's history, a lookup costs
 * the same statements (SPEC §6.7). Nothing here scans reports.
 */
import { and, desc, eq, gte } from 'drizzle-orm';
import type { Db } from './database';
import type { NumberRow } from './report-aggregates';
import {
  agencies,
  blockEvidence,
  disputes,
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
  const [[number], [official], block] = await Promise.all([
    db.select().from(numbers).where(eq(numbers.key, key)),
    db
      .select({ registration: officialNumbers, agency: agencies })
      .from(officialNumbers)
      .innerJoin(agencies, eq(agencies.id, officialNumbers.agencyId))
      .where(eq(officialNumbers.numberKey, key)),
    blockKey ? db.select().from(blockEvidence).where(eq(blockEvidence.blockKey, blockKey)) : Promise.resolve([]),
  ]);
  const officialRegistration = official
    ? {
        numberKey: official.registration.numberKey,
        source: official.registration.source,
        purposeZh: official.registration.purposeZh,
        purposeEn: official.registration.purposeEn,
        agency: official.agency,
      }
    : null;
  const blockSums = Object.fromEntries(block.map((row) => [row.feature, row.value]));
  if (!number) {
    return { number: null, stats: null, evidence: {}, blockEvidence: blockSums, daily: [], tags: [], claims: [], official: officialRegistration, openDispute: false };
  }
  const since = new Date(now - (HISTORY_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const [[stats], evidence, daily, tags, claims, [dispute]] = await Promise.all([
    db.select().from(numberStats).where(eq(numberStats.numberId, number.id)),
    db.select().from(numberEvidence).where(eq(numberEvidence.numberId, number.id)),
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
    db
      .select({ id: disputes.id })
      .from(disputes)
      .where(and(eq(disputes.numberId, number.id), eq(disputes.status, 'open')))
      .limit(1),
  ]);
  return {
    number,
    stats: stats ?? null,
    evidence: Object.fromEntries(evidence.map((row) => [row.feature, row.value])),
    blockEvidence: blockSums,
    daily: daily.filter((d) => d.count > 0),
    tags: tags.filter((t) => t.count > 0),
    claims: claims.filter((c) => c.count > 0),
    official: officialRegistration,
    openDispute: Boolean(dispute),
  };
}
