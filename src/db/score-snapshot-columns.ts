import type { NumberScore } from '../domain/scoring';

/**
 * The number_stats columns of a score snapshot, as every writer of snapshots (the write path,
 * the decay refresh, the rescore) stores them.
 *
 * @example
 * db.update(numberStats).set(scoreSnapshotColumns(score, now)).where(eq(numberStats.numberId, id));
 */
export function scoreSnapshotColumns(score: NumberScore, at: number) {
  return {
    verdict: score.verdict,
    scamProbability: score.scam_probability,
    abuseLevel: score.abuse.level,
    activity: score.voices,
    scoredAt: at,
  };
}
