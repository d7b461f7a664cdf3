/**
 * Stats, trending and the export read each number's score snapshot instead of scoring every
 * number per request. Evidence decays, so a snapshot goes stale even when nothing new is
 * reported: this refreshes the oldest ones from their stored rows (one read for the lot, no
 * report scan). Node runs it on a timer, Workers on a cron trigger.
 */
import { bind, chunkBy, statement, type Database } from '../db/database';
import type { ReferenceData } from '../db/reference-data';
import type { NumberType } from '../domain/phone';
import { scoreAggregates } from './number-score';

/** Snapshots older than this are refreshed. */
export const SNAPSHOT_MAX_AGE_MS = 12 * 3_600_000;

export interface SnapshotContext {
  database: Database;
  reference: ReferenceData;
  halfLifeDays: number;
}

const staleSnapshots = statement(
  `select n.id, n.key, n.type, s.evidence, s.open_disputes as openDisputes,
     (select evidence from block_stats b where b.block_key = n.block_key) as blockEvidence
   from number_stats s join numbers n on n.id = s.number_id
   where s.reports_total > 0 and (s.scored_at is null or s.scored_at < ?)
   order by s.scored_at limit ?`,
);
const storeSnapshots = statement(
  `update number_stats set verdict = j.value->>1, scam_probability = j.value->>2, abuse_level = j.value->>3, scored_at = j.value->>4
   from json_each(?) j where number_stats.number_id = j.value->>0`,
);

/**
 * Re-scores up to `limit` numbers whose snapshot is older than `maxAgeMs`, oldest first.
 *
 * @example
 * while ((await refreshStaleSnapshots(ctx, Date.now())) > 0);
 * @returns how many snapshots were refreshed.
 */
export async function refreshStaleSnapshots(
  ctx: SnapshotContext,
  now: number,
  { limit = 50, maxAgeMs = SNAPSHOT_MAX_AGE_MS }: { limit?: number; maxAgeMs?: number } = {},
): Promise<number> {
  const [stale, reference] = await Promise.all([
    ctx.database.all<{ id: number; key: string; type: string; evidence: string; openDisputes: number; blockEvidence: string | null }>(staleSnapshots, [now - maxAgeMs, limit]),
    ctx.reference.current(now),
  ]);
  const rows = stale.map((row) => {
    const score = scoreAggregates(
      {
        evidence: JSON.parse(row.evidence),
        blockEvidence: row.blockEvidence ? JSON.parse(row.blockEvidence) : {},
        official: reference.official(row.key) !== null,
        openDispute: row.openDisputes > 0,
      },
      row.type as NumberType,
      now,
      ctx.halfLifeDays,
    );
    return [row.id, score.verdict, score.scam_probability, score.abuse.level, now];
  });
  await ctx.database.atomic(chunkBy(rows, 500).map((chunk) => bind(storeSnapshots, [JSON.stringify(chunk)])));
  return stale.length;
}
