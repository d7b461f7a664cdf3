/**
 * Scoring from stored sums: what a lookup, the write path's snapshot, the rescore and the
 * evaluation all score with. The bookkeeping that builds those sums is domain/reports/bookkeeping.ts.
 */
import type { NumberType } from '../phone';
import { decayFeatures } from './decay';
import { scoreNumber } from './score';
import type { NumberScore } from './types';

/** Prefix under which a number keeps its own share of its block's evidence. */
export const BLOCK_SHARE = 'block:';

export interface ReporterTrust { agreed: number; disagreed: number }

/**
 * Scores a number from stored (undecayed) sums as the lookup does: split off the number's own
 * block share, take it out of the block's sums, decay both to `now`.
 *
 * @example
 * scoreStored({ evidence: ledger.numberEvidence(id), blockEvidence: ledger.blockEvidence(block) }, 'mobile', now, 180)
 */
export function scoreStored(
  stored: {
    evidence: Readonly<Record<string, number>>;
    blockEvidence: Readonly<Record<string, number>>;
    official?: boolean;
    openDispute?: boolean;
    unlistedAgencyReports?: number;
  },
  numberType: NumberType,
  now: number,
  halfLifeDays: number,
): NumberScore {
  const own: Record<string, number> = {};
  const share: Record<string, number> = {};
  for (const [feature, value] of Object.entries(stored.evidence)) {
    if (feature.startsWith(BLOCK_SHARE)) share[feature.slice(BLOCK_SHARE.length)] = value;
    else own[feature] = value;
  }
  const neighbours: Record<string, number> = {};
  for (const [feature, value] of Object.entries(stored.blockEvidence)) neighbours[feature] = Math.max(0, value - (share[feature] ?? 0));
  return scoreNumber({
    now,
    numberType,
    evidence: withoutDust(decayFeatures(own, now, halfLifeDays)),
    blockEvidence: withoutDust(decayFeatures(neighbours, now, halfLifeDays)),
    official: stored.official ?? false,
    openDispute: stored.openDispute ?? false,
    unlistedAgencyReports: stored.unlistedAgencyReports,
  });
}

/** Sums of additions and subtractions leave float dust where evidence was retracted: that is zero. */
function withoutDust(vector: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [feature, value] of Object.entries(vector)) out[feature] = Math.abs(value) < 1e-9 ? 0 : value;
  return out;
}

