import type { NumberType } from '../domain/phone';
import { scoreStored, type NumberScore, type StoredOperation } from '../domain/scoring';

/** What scoring reads of a number: its stored evidence, its block's, and two flags. */
export interface ScoreInputs {
  evidence: Record<string, number>;
  blockEvidence: Record<string, number>;
  /** The number's operation row, if its reports name one. */
  operation?: StoredOperation | null;
  official: boolean;
  openDispute: boolean;
  /** Visible reports naming a company its lender's published list does not carry. */
  unlistedAgencyReports?: number;
}

/**
 * Scores a number from its stored aggregates (decay by arithmetic, the number's own share
 * taken out of its block's evidence): the same function the write path's snapshot, the
 * rescore job and eval use.
 *
 * @example
 * const score = scoreAggregates({ evidence, blockEvidence, official: false, openDispute: false }, 'mobile', now, 180);
 */
export function scoreAggregates(inputs: ScoreInputs, numberType: NumberType, now: number, halfLifeDays: number): NumberScore {
  return scoreStored(inputs, numberType, now, halfLifeDays);
}
