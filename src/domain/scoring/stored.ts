/**
 * Scoring from stored sums: what a lookup, the write path's snapshot, the rescore and the
 * evaluation all score with. The bookkeeping that builds those sums is domain/reports/bookkeeping.ts.
 */
import type { NumberType } from '../phone';
import { RECENT, RECENT_HALF_LIFE_DAYS, decayFeatures } from './decay';
import { scoreNumber } from './score';
import type { NumberScore } from './types';

/** Prefix under which a number keeps its own share of its block's evidence. */
export const BLOCK_SHARE = 'block:';
/** Prefix under which a number keeps its own share of an operation's evidence: `op:<operation key>|<feature>`. */
export const OPERATION_SHARE = 'op:';

/** Share feature: Σ weight of the number's voices naming the operation (not part of the operation's row). */
export const OPERATION_NAMED = 'named';
/** The same with the 30-day scale: does the number still name the operation? */
export const OPERATION_RECENT_NAMED = 'recent_named';
export { RECENT } from './decay';

/** A number's own share of one operation's evidence, under its feature name. */
export function operationShareKey(operationKey: string, feature: string): string {
  return `${OPERATION_SHARE}${operationKey}|${feature}`;
}

/** An operation's stored row as scoring reads it. */
export interface StoredOperation {
  key: string;
  name: string;
  evidence: Readonly<Record<string, number>>;
  numbers: number;
  firstReportAt: number | null;
}

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
    operation?: StoredOperation | null;
    official?: boolean;
    openDispute?: boolean;
    unlistedAgencyReports?: number;
  },
  numberType: NumberType,
  now: number,
  halfLifeDays: number,
): NumberScore {
  const own: Record<string, number> = {};
  const recent: Record<string, number> = {};
  const share: Record<string, number> = {};
  const operation = stored.operation ?? null;
  const operationShare: Record<string, number> = {};
  const sharePrefix = operation ? operationShareKey(operation.key, '') : null;
  for (const [feature, value] of Object.entries(stored.evidence)) {
    if (feature.startsWith(BLOCK_SHARE)) share[feature.slice(BLOCK_SHARE.length)] = value;
    else if (feature.startsWith(RECENT)) recent[feature] = value;
    else if (feature.startsWith(OPERATION_SHARE)) {
      if (sharePrefix && feature.startsWith(sharePrefix)) operationShare[feature.slice(sharePrefix.length)] = value;
    } else own[feature] = value;
  }
  const neighbours: Record<string, number> = {};
  for (const [feature, value] of Object.entries(stored.blockEvidence)) neighbours[feature] = Math.max(0, value - (share[feature] ?? 0));
  // The operation without this number's own share: what its other numbers say.
  const others: Record<string, number> = {};
  if (operation) for (const [feature, value] of Object.entries(operation.evidence)) others[feature] = Math.max(0, value - (operationShare[feature] ?? 0));
  return scoreNumber({
    now,
    numberType,
    evidence: withoutDust({ ...decayFeatures(own, now, halfLifeDays), ...decayFeatures(recent, now, RECENT_HALF_LIFE_DAYS) }),
    blockEvidence: withoutDust(decayFeatures(neighbours, now, halfLifeDays)),
    operation: operation
      ? {
          name: operation.name,
          numbers: operation.numbers,
          since: operation.firstReportAt,
          evidence: withoutDust(decayFeatures(others, now, halfLifeDays)),
          named: withoutDust(decayFeatures({ named: operationShare[OPERATION_NAMED] ?? 0 }, now, halfLifeDays)).named ?? 0,
          recentNamed: withoutDust(decayFeatures({ named: operationShare[OPERATION_RECENT_NAMED] ?? 0 }, now, RECENT_HALF_LIFE_DAYS)).named ?? 0,
        }
      : null,
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

