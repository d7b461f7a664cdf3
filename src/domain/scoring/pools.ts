/**
 * The pooled terms of the score: what a number borrows from its 100-block and its operation,
 * how far coordinated pools may go, and how much contradicted praise keeps. Each returns a
 * reason (or a cap) for scoreNumber (score.ts).
 */
import { RECENT } from './decay';
import { F } from './evidence';
import { MESSAGES } from './messages';
import { SCORE_PARAMETERS } from './parameters';
import type { FeatureVector, Reason, ScoreInput } from './types';

/**
 * Operation pooling: gain × ln((1 + scam votes)/(1 + legit votes)) of the operation's OTHER
 * numbers, clamped, with a reason naming the operation; and how many of its independent
 * voices support each side's verdict.
 */
export function operationPooling(
  operation: ScoreInput['operation'],
  ownScam: number,
  ownLegit: number,
): { reason: Reason; support: { scam: number; legit: number } } | null {
  const P = SCORE_PARAMETERS;
  if (!operation) return null;
  const scam = positive(operation.evidence[F.scamVotes]);
  const legit = positive(operation.evidence[F.legitVotes]);
  const raw = P.operationGain * Math.log((1 + scam) / (1 + legit));
  // The operation speaks for the number as far as the number's own voices naming it outweigh
  // its own votes the other way (a recycled number's new owner, a lender's real customers).
  // Recently named (30-day half-life): a recycled number stops speaking for its old operation.
  const named = positive(operation.recentNamed);
  const against = raw > 0 ? ownLegit : ownScam;
  // And only as far as the link is current: a number whose naming voices faded months ago (a
  // recycled number whose new holder nobody has reported against) is no longer the operation's.
  const link = Math.min(1, named / P.operationLinkVotes);
  const share = named > 0 ? (link * named) / (named + against) : 0;
  const weight = share * Math.max(P.operationMin, Math.min(P.operationMax, raw));
  if (Math.abs(weight) < 1e-9) return null;
  const voices = share * Math.min(P.operationMaxSupport, positive(operation.evidence[F.voices]));
  const facts = { name: operation.name, numbers: operation.numbers, since: operation.since };
  return weight > 0
    ? { reason: { code: 'operation', effect: 'scam', weight, message: MESSAGES.operationScam(facts, scam) }, support: { scam: voices, legit: 0 } }
    : { reason: { code: 'operation', effect: 'legit', weight, message: MESSAGES.operationLegit(facts, legit) }, support: { scam: 0, legit: voices } };
}

/**
 * Praise that hard scam facts on the same number contradict counts less: its legit votes X
 * keep X²/(X + κ·D), D the independent hard scam votes of the last weeks (30-day half-life). The reason carries what the legit
 * side loses (monotone: more praise never lowers the legit side, more hard facts never raise it).
 */
export function contradictedPraise(
  evidence: FeatureVector,
  independentLegit: number,
  pooledLegit: number,
  pooledCap: number,
  legitLogit: number,
): Reason | null {
  const P = SCORE_PARAMETERS;
  // Contemporaneous hard facts only (30-day half-life): a recycled number's old victims do not contradict its new owner's customers.
  const hard = positive(evidence[`recent:${F.recentHard}`]);
  if (hard <= 0) return null;
  // The pooled praise is what the claims add on top of the rest of the pool (the pool is concave).
  const pooledRaw = positive(evidence[`${RECENT}${F.coordinatedLegit}`]);
  const pooledClaims = Math.min(pooledRaw, positive(evidence[`${RECENT}${F.legitClaimsCoordinated}`]));
  const independentClaims = Math.min(independentLegit, positive(evidence[F.legitClaims]));
  const pooledPraise = pooledLegit - capped(pooledRaw - pooledClaims, pooledCap);
  const claims = independentClaims + pooledPraise;
  if (claims <= 0) return null;
  // Pooled praise (thin or coordinated tokens: how operators praise themselves) is contradicted
  // harder than praise from independent reporters, which a stray hard fact should not sink.
  const keep = (x: number, k: number) => (x > 0 ? (x * x) / (x + k * hard) : 0);
  const kept = keep(independentClaims, P.contradictionWeightIndependent) + keep(pooledPraise, P.contradictionWeight);
  const legit = independentLegit + pooledLegit;
  const reduced = Math.max(0, legit - claims + kept);
  const weight = legitLogit - P.legitVoteNats * reduced ** P.voteExponent;
  if (weight < 1e-9) return null;
  return { code: 'contradicted_praise', effect: 'scam', weight, message: MESSAGES.contradicted(claims, hard) };
}

/**
 * How many of the block's voices stand behind the side its pooling leans to: its voices times
 * that side's share of its votes, at most `blockMaxSupport`. The block's numbers are scored
 * without this number (range pooling reads the others), so nobody is counted twice.
 */
export function blockSupport(block: FeatureVector): { scam: number; legit: number } {
  const P = SCORE_PARAMETERS;
  const scam = positive(block[F.scamVotes]);
  const legit = positive(block[F.legitVotes]);
  if (scam + legit <= 0) return { scam: 0, legit: 0 };
  const voices = Math.min(P.blockMaxSupport, positive(block[F.voices]));
  return scam > legit ? { scam: (voices * scam) / (scam + legit), legit: 0 } : legit > scam ? { scam: 0, legit: (voices * legit) / (scam + legit) } : { scam: 0, legit: 0 };
}

export function rangePooling(block: FeatureVector): Reason | null {
  const P = SCORE_PARAMETERS;
  const scam = positive(block[F.scamVotes]);
  const legit = positive(block[F.legitVotes]);
  const raw = P.blockGain * Math.log((1 + scam) / (1 + legit));
  const weight = Math.max(P.blockMin, Math.min(P.blockMax, raw));
  if (Math.abs(weight) < 1e-9) return null;
  return weight > 0
    ? { code: 'range_pooling', effect: 'scam', weight, message: MESSAGES.rangePoolingScam(scam) }
    : { code: 'range_pooling', effect: 'legit', weight, message: MESSAGES.rangePoolingLegit(legit) };
}

/**
 * The cap of one side's coordinated pool: coordinatedCap × (floor + (1 − floor)·min(1, same))
 * / (1 + opposite), with same / opposite the independent votes on that side and the other.
 */
export function poolCap(same: number, opposite: number): number {
  const P = SCORE_PARAMETERS;
  const corroborated = Math.min(1, same) ** P.corroborationExponent;
  return (P.coordinatedCap * (P.uncorroboratedPool + (1 - P.uncorroboratedPool) * corroborated)) / (1 + opposite);
}

/** Smoothly capped: x for small x, never above `cap`. */
export function capped(votes: number, cap: number = SCORE_PARAMETERS.coordinatedCap): number {
  if (!(cap > 0)) return 0;
  return cap * (1 - Math.exp(-votes / cap));
}

export function positive(value: number | undefined): number {
  return value !== undefined && value > 0 && Number.isFinite(value) ? value : 0;
}
