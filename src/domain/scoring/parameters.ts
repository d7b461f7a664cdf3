/**
 * Every scoring-time constant of the model (docs/scoring.md, "Changing the model"): they take
 * effect on the next lookup, without a rescore.
 */
import type { NumberType } from '../phone';

export const SCORE_PARAMETERS = {
  /** Log-odds of one full scam vote (k), and how sub-linearly votes add up (γ). */
  voteNats: 2,
  /**
   * Log-odds of one full legit vote (k′). Higher than k: with k′ = k the model was
   * underconfident at the legitimate end on both evaluation generators (docs/scoring.md, "Why k′ = 3").
   */
  legitVoteNats: 3,
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
   * How the cap grows with the independent votes on the pool's side, up to one vote: as their
   * square, so a third of a vote (one careless report) opens a ninth of the pool, not a third.
   */
  corroborationExponent: 2,
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
  /**
   * Below this many independent people behind the evidence (`people`: decayed, each counted
   * once whatever their trust; plus the operation's and block's supporting voices), no likely_*
   * verdict: two people while their reports are current (about 2½ months), three for longer.
   */
  minPeopleForVerdict: 1.5,
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
  /**
   * likely_scam also needs this many independent scam votes of the number's own (the
   * operation's supporting voices count too, the block's never): one clear first-time victim
   * (0.7), not a doubtful or faded report.
   */
  minIndependentScamVotes: 0.5,
  likelyScam: 0.9,
  suspicious: 0.6,
  likelyLegitimate: 0.1,
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
  /**
   * The number's own voices naming the operation (30-day half-life) at which it fully belongs
   * to it; below, its share fades with them (a third of a first-time victim's vote: about 45 days).
   */
  operationLinkVotes: 0.25,
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
