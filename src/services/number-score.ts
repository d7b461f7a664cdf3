import type { NumberAggregates } from '../db/number-reads';
import type { NumberType } from '../domain/phone';
import { scoreStored, type NumberScore } from '../domain/scoring';

/**
 * Scores a number from its stored aggregates (decay by arithmetic, the number's own share
 * taken out of its block's evidence): the same function the rescore job and eval use.
 *
 * @example
 * const score = scoreAggregates(await readNumberAggregates(db, key, blockKey, now), 'mobile', now, 180);
 */
export function scoreAggregates(
  aggregates: Pick<NumberAggregates, 'evidence' | 'blockEvidence' | 'official' | 'openDispute'>,
  numberType: NumberType,
  now: number,
  halfLifeDays: number,
): NumberScore {
  return scoreStored(
    { evidence: aggregates.evidence, blockEvidence: aggregates.blockEvidence, official: aggregates.official !== null, openDispute: aggregates.openDispute },
    numberType,
    now,
    halfLifeDays,
  );
}
