/**
 * Every scoring-time constant of the model (docs/scoring.md, "Changing the model"): they take
 * effect on the next lookup, without a rescore.
 */
import type { NumberType } from '../phone';

export const SCORE_PARAMETERS = {
  /** Log-odds of one full vote (k), and how sub-linearly votes add up (γ). */
  voteNats: 2,
  voteExponent: 0.85,
  /** Log-odds of a scam among reported collection calls, before any report on the number. */
  baseLogit: 0,
  /**
   * All coordinated-looking voices of a number together count as at most this many votes per
   * side, divided by (1 + the independent votes on the other side).
   */
  coordinatedCap: 1,
  /**
   * Share of that cap a pool keeps when no independent vote on its side corroborates it: none,
   * coordinated voices can corroborate a side, never make one on their own.
   */
  uncorroboratedPool: 0,
  /**
   * Contradiction: praise X (hotline confirmed, official channel) on a number with hard scam
   * facts D keeps X²/(X + κ·D) of its votes: each hard fact outweighs a contradicting claim κ to 1.
   */
  contradictionWeight: 3,
  /** κ for praise from independent reporters. */
  contradictionWeightIndependent: 1,
  /** Range pooling: gain × ln((1 + scam votes)/(1 + legit votes)) of the rest of the block, clamped. */
  blockGain: 0.6,
  blockMin: -1,
  blockMax: 1.5,
  /**
   * The block's other numbers count as at most this many independent voices towards the
   * several-voices rule of the side the block leans to (never towards likely_scam's full
   * independent vote, which the number itself or its operation must give).
   */
  blockMaxSupport: 1,
  /** Below this many effective (weighted, decayed) voices, no likely_* verdict. */
  minVoicesForVerdict: 2,
  /** Independent votes of the last weeks (30-day half-life) that, leaning against a likely_* verdict, hold it back. */
  recentTurnVotes: 0.05,
  /**
   * Praise that the coordinated pool left out (thin or fresh tokens vouching together), with
   * less than `backedPraiseVotes` of independent praise beside it, that makes a number at least
   * suspicious: more than two first-time voices' worth. Scam reports from a pool get no such
   * rule: an operator gains from praising his numbers, a smear's target has the registry and disputes.
   */
  promotedPraiseVotes: 1.5,
  backedPraiseVotes: 0.5,
  /** likely_scam also needs this many independent scam votes (the operation's supporting voices count too). */
  minIndependentScamVotes: 1,
  likelyScam: 0.9,
  suspicious: 0.6,
  likelyLegitimate: 0.2,
  /** Probability interval: Wilson at this z (90 %); confidence high / medium up to these widths. */
  intervalZ: 1.645,
  highWidth: 0.3,
  mediumWidth: 0.45,
  /**
   * Operation pooling: gain × ln((1 + scam votes)/(1 + legit votes)) of the operation's other
   * numbers, clamped; at most this many of their voices count towards the several-voices rule.
   */
  operationGain: 0.8,
  operationMin: -1,
  operationMax: 2,
  operationMaxSupport: 3,
  /** An official number's probability never shows above this. */
  officialProbability: 0.01,
  /** |logit| cap, so p stays strictly inside (0, 1). */
  maxLogit: 12,
  /** Reasons lighter than this are folded into one `minor_signals` reason per side. */
  minorWeight: 0.01,
  abusePseudoVoices: 1,
  abuseLevels: { low: 0.1, medium: 0.3, high: 0.6 },
} as const;

/** Log-odds offset by number type: rotated virtual ranges lean scam, enterprise lines lean legit. */
export const TYPE_LOGIT: Record<NumberType, number> = {
  mobile: 0,
  fixed_line: -0.2,
  toll_free: -0.4,
  shared_cost: -0.3,
  service: -0.4,
  virtual_mobile: 0.6,
  sms_gateway: 0.3,
  voip: 0.6,
  unknown: 0,
};
