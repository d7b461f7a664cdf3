/**
 * Reads over the aggregate tables for `/v1/stats` and the NDJSON export. Nothing here reads
 * `reports`: no comments, token hashes or IP hashes can leak through these queries.
 */
import { and, asc, count, desc, eq, gt, gte, inArray, max, sql, sum, type SQL } from 'drizzle-orm';
import type { Verdict } from '../domain/scoring';
import { chunkRows, type Db } from './database';
import { agencies, disputes, meta, numberClaims, numbers, numberStats, numberTags, officialNumbers, reporters } from './schema';

export interface ServiceTotals {
  numbers: number;
  reports: number;
  reporters: number;
  official_numbers: number;
  open_disputes: number;
  verdicts: Record<string, number>;
}

export interface TrendingNumber {
  key: string;
  e164: string | null;
  type: string;
  verdict: Verdict | null;
  scam_probability: number | null;
  /** Independent, weighted, decayed voices at the number's last scoring: what trending ranks by. */
  activity: number | null;
  reports_this_week: number;
  reports_previous_week: number;
}

export interface ClaimedAgencyTotal {
  agency_id: string | null;
  name_zh: string;
  name_en: string;
  reports: number;
  numbers: number;
}

/** Everything `/v1/stats` shows, language-independent (labels are added by the route). */
export interface StatsSnapshot {
  generated_at: number;
  /** The latest report the snapshot counts (ms), to tell whether newer ones arrived since. */
  last_report_at: number | null;
  week: { from: string; to: string };
  totals: ServiceTotals;
  trending: TrendingNumber[];
  top_tags: { tag: string; count: number }[];
  top_claimed_agencies: ClaimedAgencyTotal[];
}

const DAY_MS = 86_400_000;
const STATS_SNAPSHOT_KEY = 'stats_snapshot';
const TOP = 10;

/** UTC day as number_daily stores it. */
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function statsRepository(db: Db) {
  return {
    /**
     * The stored snapshot if it is still good: younger than `maxAgeMs`, and either younger than
     * `minAgeMs` or no report has arrived since it was computed. One indexed read.
     */
    async cachedSnapshot(now: number, { maxAgeMs, minAgeMs }: { maxAgeMs: number; minAgeMs: number }): Promise<StatsSnapshot | null> {
      const [row] = await db
        .select({ value: meta.value, lastReportAt: sql<number | null>`(select max(${numberStats.lastReportAt}) from ${numberStats})` })
        .from(meta)
        .where(eq(meta.key, STATS_SNAPSHOT_KEY));
      if (!row) return null;
      const snapshot = JSON.parse(row.value) as StatsSnapshot;
      const age = now - snapshot.generated_at;
      if (age < 0 || age >= maxAgeMs) return null;
      const newer = row.lastReportAt !== null && (snapshot.last_report_at === undefined || row.lastReportAt > (snapshot.last_report_at ?? -Infinity));
      return age < minAgeMs || !newer ? snapshot : null;
    },

    async storeSnapshot(snapshot: StatsSnapshot): Promise<void> {
      const value = JSON.stringify(snapshot);
      await db.insert(meta).values({ key: STATS_SNAPSHOT_KEY, value }).onConflictDoUpdate({ target: meta.key, set: { value } });
    },

    /** Computes the snapshot from the aggregates: a handful of grouped reads, bounded by the number of reported numbers. */
    async computeSnapshot(now: number): Promise<StatsSnapshot> {
      const weekFrom = utcDay(now - 6 * DAY_MS);
      const previousFrom = utcDay(now - 13 * DAY_MS);
      const [totals, verdicts, [reporterCount], [officialCount], [openDisputes], weekly, tags, claims] = await Promise.all([
        db
          .select({ numbers: count(), reports: sum(numberStats.reportsTotal), lastReportAt: max(numberStats.lastReportAt) })
          .from(numberStats)
          .where(gt(numberStats.reportsTotal, 0)),
        db
          .select({ verdict: numberStats.verdict, numbers: count() })
          .from(numberStats)
          .where(gt(numberStats.reportsTotal, 0))
          .groupBy(numberStats.verdict),
        db.select({ n: count() }).from(reporters),
        db.select({ n: count() }).from(officialNumbers),
        db.select({ n: count() }).from(disputes).where(eq(disputes.status, 'open')),
        // Numbers reported this week (by the last-report index), ranked by how much independent
        // evidence they carry (the score's voices), not by raw counts: a burst from one network
        // counts as one reporter.
        db
          .select({
            numberId: numberStats.numberId,
            reports: sql<number>`(select coalesce(sum(value), 0) from json_each(${numberStats.daily}) where key >= ${weekFrom})`.as('reports'),
          })
          .from(numberStats)
          .where(gte(numberStats.lastReportAt, now - 7 * DAY_MS))
          .orderBy(sql`${numberStats.activity} desc nulls last`, desc(sql`reports`), asc(numberStats.numberId))
          .limit(TOP),
        db
          .select({ tag: numberTags.tag, count: sum(numberTags.count) })
          .from(numberTags)
          .groupBy(numberTags.tag)
          .having(gt(sum(numberTags.count), 0))
          .orderBy(desc(sum(numberTags.count)), asc(numberTags.tag))
          .limit(TOP),
        db
          .select({
            claimKey: numberClaims.claimKey,
            agencyId: numberClaims.agencyId,
            name: max(numberClaims.name),
            nameZh: agencies.nameZh,
            nameEn: agencies.nameEn,
            reports: sum(numberClaims.count),
            numbers: sql<number>`count(case when ${numberClaims.count} > 0 then 1 end)`,
          })
          .from(numberClaims)
          .leftJoin(agencies, eq(agencies.id, numberClaims.agencyId))
          .groupBy(numberClaims.claimKey)
          .having(gt(sum(numberClaims.count), 0))
          .orderBy(desc(sum(numberClaims.count)), asc(numberClaims.claimKey))
          .limit(TOP),
      ]);
      const trendingIds = weekly.map((w) => w.numberId);
      const [trendingNumbers, previousWeek] = trendingIds.length
        ? await Promise.all([
            db
              .select({
                id: numbers.id,
                key: numbers.key,
                e164: numbers.e164,
                type: numbers.type,
                verdict: numberStats.verdict,
                scamProbability: numberStats.scamProbability,
                activity: numberStats.activity,
              })
              .from(numbers)
              .leftJoin(numberStats, eq(numberStats.numberId, numbers.id))
              .where(inArray(numbers.id, trendingIds)),
            db
              .select({
                numberId: numberStats.numberId,
                reports: sql<number>`(select coalesce(sum(value), 0) from json_each(${numberStats.daily}) where key >= ${previousFrom} and key < ${weekFrom})`,
              })
              .from(numberStats)
              .where(inArray(numberStats.numberId, trendingIds)),
          ])
        : [[], []];
      const byId = new Map(trendingNumbers.map((n) => [n.id, n]));
      const previousById = new Map(previousWeek.map((p) => [p.numberId, Number(p.reports ?? 0)]));

      return {
        generated_at: now,
        last_report_at: totals[0]?.lastReportAt ?? null,
        week: { from: weekFrom, to: utcDay(now) },
        totals: {
          numbers: totals[0]?.numbers ?? 0,
          reports: Number(totals[0]?.reports ?? 0),
          reporters: reporterCount?.n ?? 0,
          official_numbers: officialCount?.n ?? 0,
          open_disputes: openDisputes?.n ?? 0,
          verdicts: Object.fromEntries(verdicts.map((v) => [v.verdict ?? 'unscored', v.numbers])),
        },
        trending: weekly
          .filter((w) => Number(w.reports) > 0 && byId.has(w.numberId))
          .map((w) => {
            const number = byId.get(w.numberId)!;
            return {
              key: number.key,
              e164: number.e164,
              type: number.type,
              verdict: number.verdict,
              scam_probability: number.scamProbability,
              activity: number.activity,
              reports_this_week: Number(w.reports),
              reports_previous_week: previousById.get(w.numberId) ?? 0,
            };
          }),
        top_tags: tags.map((t) => ({ tag: t.tag, count: Number(t.count) })),
        top_claimed_agencies: claims.map((c) => ({
          agency_id: c.agencyId,
          name_zh: c.nameZh ?? c.name ?? c.claimKey,
          name_en: c.nameEn ?? c.name ?? c.claimKey,
          reports: Number(c.reports),
          numbers: Number(c.numbers),
        })),
      };
    },

    /** A validator for the export: changes whenever any number's aggregates or score snapshot change. */
    async exportVersion(): Promise<{ numbers: number; lastUpdatedAt: number | null; lastScoredAt: number | null }> {
      const [row] = await db
        .select({ numbers: count(), lastUpdatedAt: max(numberStats.updatedAt), lastScoredAt: max(numberStats.scoredAt) })
        .from(numberStats)
        .where(gt(numberStats.reportsTotal, 0));
      return { numbers: row?.numbers ?? 0, lastUpdatedAt: row?.lastUpdatedAt ?? null, lastScoredAt: row?.lastScoredAt ?? null };
    },

    /** One page of per-number aggregates for the export, in number id order after `afterId`. */
    async exportPage(afterId: number, limit: number) {
      return exportRows(and(gt(numberStats.numberId, afterId), gt(numberStats.reportsTotal, 0))!, limit);
    },

    /** The export's aggregates of these numbers (at most 90 ids: D1 binds 100 parameters), those that have visible reports. */
    async exportRowsOf(ids: readonly number[]) {
      return exportRows(and(inArray(numberStats.numberId, [...ids]), gt(numberStats.reportsTotal, 0))!, ids.length);
    },
  };

  async function exportRows(where: SQL, limit: number) {
    const rows = await db
      .select({
        id: numbers.id,
        key: numbers.key,
        e164: numbers.e164,
        region: numbers.region,
        type: numbers.type,
        recycledAt: numbers.recycledAt,
        stats: numberStats,
      })
      .from(numberStats)
      .innerJoin(numbers, eq(numbers.id, numberStats.numberId))
      .where(where)
      .orderBy(asc(numberStats.numberId))
      .limit(limit);
    const ids = rows.map((r) => r.id);
    // D1 binds at most 100 parameters per statement, so the id lists are chunked (and nothing else is bound).
    const idChunks = chunkRows(ids, 1);
    const [tags, claims] = await Promise.all([
      Promise.all(
        idChunks.map((chunk) =>
          db
            .select()
            .from(numberTags)
            .where(inArray(numberTags.numberId, chunk)),
        ),
      ),
      Promise.all(
        idChunks.map((chunk) =>
          db
            .select()
            .from(numberClaims)
            .where(inArray(numberClaims.numberId, chunk)),
        ),
      ),
    ]);
    return { rows, tags: tags.flat().filter((t) => t.count > 0), claims: claims.flat().filter((c) => c.count > 0) };
  }
}
