/**
 * Stats, trending and the export read each number's score snapshot instead of scoring every
 * number per request. Evidence decays, so a snapshot goes stale even when nothing new is
 * reported: this refreshes the oldest ones from the stored aggregates (a few reads each, no
 * report scan). Node runs it on a timer, Workers on a cron trigger.
 */
import { and, asc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Database, WriteStatement } from '../db/database';
import { readScoreInputs } from '../db/number-reads';
import { numbers, numberStats } from '../db/schema';
import { scoreSnapshotColumns } from '../db/score-snapshot-columns';
import type { NumberType } from '../domain/phone';
import { scoreAggregates } from './number-score';

/** Snapshots older than this are refreshed. */
export const SNAPSHOT_MAX_AGE_MS = 12 * 3_600_000;

export interface SnapshotContext {
  database: Database;
  halfLifeDays: number;
}

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
  const { db } = ctx.database;
  const stale = await db
    .select({ number: numbers })
    .from(numberStats)
    .innerJoin(numbers, eq(numbers.id, numberStats.numberId))
    .where(and(gt(numberStats.reportsTotal, 0), or(isNull(numberStats.scoredAt), lt(numberStats.scoredAt, now - maxAgeMs))))
    .orderBy(asc(numberStats.scoredAt))
    .limit(limit);
  const updates: WriteStatement[] = [];
  for (const { number } of stale) {
    const score = scoreAggregates(await readScoreInputs(db, number), number.type as NumberType, now, ctx.halfLifeDays);
    updates.push(
      db
        .update(numberStats)
        .set(scoreSnapshotColumns(score, now))
        .where(eq(numberStats.numberId, number.id)),
    );
  }
  await ctx.database.atomic(updates);
  return stale.length;
}
