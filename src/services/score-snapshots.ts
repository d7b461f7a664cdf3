/**
 * Stats, trending and the export read each number's score snapshot instead of scoring every
 * number per request. Evidence decays, so a snapshot goes stale even when nothing new is
 * reported: this refreshes the oldest ones from their stored rows (one read for the lot, no
 * report scan). Node runs it on a timer, Workers on a cron trigger.
 */
import { statement, updateRows, writeRows, type Database } from '../db/database';
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

const SCORE_INPUTS = `select n.id, n.key, n.type, s.evidence, s.open_disputes as openDisputes,
     (select evidence from block_stats b where b.block_key = n.block_key) as blockEvidence,
     o.operation_key as operationKey, o.name as operationName, o.evidence as operationEvidence, o.numbers as operationNumbers,
     o.first_report_at as operationSince
   from number_stats s join numbers n on n.id = s.number_id
   left join operation_stats o on o.operation_key = (
     select j.key from json_each(s.claims) j where j.key like 'text:%' and j.value > 0 order by j.value desc, j.key limit 1)`;
const staleSnapshots = statement(`${SCORE_INPUTS} where s.reports_total > 0 and (s.scored_at is null or s.scored_at < ?) order by s.scored_at limit ?`);
const snapshotsOf = statement(`${SCORE_INPUTS} where s.number_id in (select value from json_each(?))`);

type ScoreRow = {
  id: number;
  key: string;
  type: string;
  evidence: string;
  openDisputes: number;
  blockEvidence: string | null;
  operationKey: string | null;
  operationName: string | null;
  operationEvidence: string | null;
  operationNumbers: number | null;
  operationSince: number | null;
};
const storeSnapshots = updateRows('number_stats', 'number_id', ['verdict', 'scam_probability', 'abuse_level', 'activity', 'scored_at']);

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
  const stale = await ctx.database.all<ScoreRow>(staleSnapshots, [now - maxAgeMs, limit]);
  await storeScores(ctx, stale, now);
  return stale.length;
}

/**
 * Scores the given numbers now (after a bulk import, which leaves its snapshots to one pass at the end).
 *
 * @example
 * await refreshSnapshotsOf(ctx, [...touchedNumberIds], Date.now());
 */
export async function refreshSnapshotsOf(ctx: SnapshotContext, numberIds: readonly number[], now: number): Promise<void> {
  for (let i = 0; i < numberIds.length; i += 5_000) {
    const rows = await ctx.database.all<ScoreRow>(snapshotsOf, [JSON.stringify(numberIds.slice(i, i + 5_000))]);
    await storeScores(ctx, rows, now);
  }
}

async function storeScores(ctx: SnapshotContext, stale: readonly ScoreRow[], now: number): Promise<void> {
  const reference = await ctx.reference.current(now);
  const rows = stale.map((row) => {
    const score = scoreAggregates(
      {
        evidence: JSON.parse(row.evidence),
        blockEvidence: row.blockEvidence ? JSON.parse(row.blockEvidence) : {},
        operation: row.operationKey
          ? {
              key: row.operationKey,
              name: row.operationName ?? row.operationKey,
              evidence: row.operationEvidence ? JSON.parse(row.operationEvidence) : {},
              numbers: row.operationNumbers ?? 0,
              firstReportAt: row.operationSince,
            }
          : null,
        official: reference.official(row.key) !== null,
        openDispute: row.openDisputes > 0,
      },
      row.type as NumberType,
      now,
      ctx.halfLifeDays,
    );
    return [row.id, score.verdict, score.scam_probability, score.abuse.level, score.voices, now];
  });
  await ctx.database.atomic([writeRows(storeSnapshots, rows)]);
}
