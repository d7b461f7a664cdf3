/**
 * Service statistics (`GET /v1/stats` and the home page): a snapshot of the aggregate tables,
 * recomputed when reports arrived since and it is old enough, or when it is too old.
 */
import type { Database } from '../db/database';
import { statsRepository, type StatsSnapshot } from '../db/stats-repository';
import { conductTags, tagInfo, type ConductTag } from '../domain/conduct/tags';
import { roundProbability, roundTo, type Lang } from '../domain/scoring';

/** How long a computed snapshot is served at most before the aggregates are read again. */
export const STATS_MAX_AGE_MS = 5 * 60_000;
/** New reports show within this: a snapshot older than it is recomputed as soon as a report arrives after it. */
export const STATS_MIN_AGE_MS = 30_000;

/**
 * The snapshot to show now: the stored one while it is fresh enough, else a new one (stored).
 *
 * @example
 * const stats = statsView(await currentStats(database, Date.now()), 'zh-CN');
 */
export async function currentStats(database: Database, now: number): Promise<StatsSnapshot> {
  const stats = statsRepository(database.db);
  const cached = await stats.cachedSnapshot(now, { maxAgeMs: STATS_MAX_AGE_MS, minAgeMs: STATS_MIN_AGE_MS });
  if (cached) return cached;
  const snapshot = await stats.computeSnapshot(now);
  await stats.storeSnapshot(snapshot);
  return snapshot;
}

export type StatsView = ReturnType<typeof statsView>;

/** The snapshot in a language, rounded as the API shows it. */
export function statsView(snapshot: StatsSnapshot, lang: Lang) {
  const { last_report_at: _internal, ...shown } = snapshot;
  return {
    ...shown,
    generated_at: new Date(snapshot.generated_at).toISOString(),
    updates_within_seconds: STATS_MIN_AGE_MS / 1000,
    trending: snapshot.trending.map((t) => ({
      ...t,
      scam_probability: t.scam_probability === null ? null : roundProbability(t.scam_probability),
      activity: t.activity === null || t.activity === undefined ? null : roundTo(t.activity, 3),
    })),
    top_tags: snapshot.top_tags.map((t) => ({
      tag: t.tag,
      label: (conductTags as readonly string[]).includes(t.tag) ? tagInfo[t.tag as ConductTag].label[lang] : t.tag,
      count: t.count,
    })),
    top_claimed_agencies: snapshot.top_claimed_agencies.map((a) => ({
      agency_id: a.agency_id,
      name: lang === 'en' ? a.name_en : a.name_zh,
      reports: a.reports,
      numbers: a.numbers,
    })),
  };
}
