import { decayFeatures, scoreNumber, type NumberScore } from '../domain/scoring';
import type { NumberType } from '../domain/phone';
import { BLOCK_SHARE_PREFIX } from '../db/report-aggregates';
import type { NumberAggregates } from '../db/number-reads';

/**
 * Scores a number from its stored aggregates: decay by arithmetic, subtract the number's own
 * share from its block's evidence, and hand plain data to the pure scoring module.
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
  const own: Record<string, number> = {};
  const ownBlockShare: Record<string, number> = {};
  for (const [feature, value] of Object.entries(aggregates.evidence)) {
    if (feature.startsWith(BLOCK_SHARE_PREFIX)) ownBlockShare[feature.slice(BLOCK_SHARE_PREFIX.length)] = value;
    else own[feature] = value;
  }
  const neighbours: Record<string, number> = {};
  for (const [feature, value] of Object.entries(aggregates.blockEvidence)) {
    // Float sums of additions and subtractions can leave dust around zero.
    neighbours[feature] = Math.max(0, value - (ownBlockShare[feature] ?? 0));
  }
  return scoreNumber({
    now,
    numberType,
    evidence: clampDust(decayFeatures(own, now, halfLifeDays)),
    blockEvidence: clampDust(decayFeatures(neighbours, now, halfLifeDays)),
    official: aggregates.official !== null,
    openDispute: aggregates.openDispute,
  });
}

function clampDust(vector: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [feature, value] of Object.entries(vector)) out[feature] = Math.abs(value) < 1e-9 ? 0 : value;
  return out;
}
