/**
 * From decayed evidence to a verdict with reasons.
 *
 * Scam axis, in log-odds:
 *   logit(p) = prior(type) + range pooling + k·S^γ − k·L^γ
 * where S and L are the weighted, decayed scam and legit votes of the number's voices. With
 * γ = 1 this is naive Bayes with k nats per full vote; γ < 1 makes each further vote count a
 * little less, because reports on one number are never quite independent. Each side's term
 * is split over its signals in proportion to their votes, which gives reasons that sum
 * exactly to logit(p).
 *
 * Abuse axis: weighted severity share, abuse / (ABUSE_PSEUDO_VOICES + voices).
 */
import type { NumberType } from '../phone';
import { F, SIGNAL_NATS, type Signal } from './evidence';
import { MESSAGES, priorMessage, signalMessage } from './messages';
import type { AbuseLevel, Confidence, FeatureVector, NumberScore, Reason, ScoreInput, Verdict } from './types';

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
  /** Share of that cap a pool keeps when no independent vote on its side corroborates it. */
  uncorroboratedPool: 0.25,
  /**
   * Contradiction: praise X (hotline confirmed, official channel) on a number with hard scam
   * facts D keeps X²/(X + κ·D) of its votes: each hard fact outweighs a contradicting claim κ to 1.
   */
  contradictionWeight: 3,
  /** Range pooling: gain × ln((1 + scam votes)/(1 + legit votes)) of the rest of the block, clamped. */
  blockGain: 0.6,
  blockMin: -1,
  blockMax: 1.5,
  /** Below this many effective (weighted, decayed) voices, no likely_* verdict. */
  minVoicesForVerdict: 2,
  /** Independent votes of the last weeks (30-day half-life) that, leaning against a likely_* verdict, hold it back. */
  recentTurnVotes: 0.3,
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

/**
 * @example
 * scoreNumber({ now, numberType: 'mobile', evidence: {}, blockEvidence: {}, official: false, openDispute: false })
 * // { verdict: 'unknown', scam_probability: 0.5, voices: 0, confidence: 'low', abuse: { level: 'none', score: 0 }, reasons: [prior] }
 */
export function scoreNumber(input: ScoreInput): NumberScore {
  const P = SCORE_PARAMETERS;
  const ev = (name: string) => positive(input.evidence[name]);
  // Independent voices: coordinated ones (bursts, fresh-token swarms, one network) count as one at most.
  const coordinatedVoices = Math.min(ev(F.coordinatedVoices), ev(F.voices));
  const voices = ev(F.voices) - coordinatedVoices + capped(coordinatedVoices);

  const scamSide: Reason[] = [];
  const legitSide: Reason[] = [];
  const prior = P.baseLogit + TYPE_LOGIT[input.numberType];
  const scale: Reason[] = [{ code: 'prior', effect: prior > 0 ? 'scam' : 'legit', weight: prior, message: priorMessage(input.numberType) }];

  // One pass over the evidence (not one lookup per known signal): this is the lookup's hot path.
  const scamBySignal = new Map<Signal, number>();
  const legitBySignal = new Map<Signal, number>();
  let independentScam = 0;
  let independentLegit = 0;
  for (const feature in input.evidence) {
    const side = feature.startsWith('scam:') ? scamBySignal : feature.startsWith('legit:') ? legitBySignal : null;
    if (!side) continue;
    const signal = feature.slice(feature.indexOf(':') + 1);
    const value = positive(input.evidence[feature]);
    if (value === 0 || !(signal in SIGNAL_NATS)) continue;
    side.set(signal as Signal, value);
    if (side === scamBySignal) independentScam += value;
    else independentLegit += value;
  }
  // Coordinated voices share one capped pool per side: a campaign of any size adds at most
  // `coordinatedCap` votes, less the more independent votes say the opposite (inertia:
  // coordinated voices can corroborate a number's history, not overturn it), and less when
  // no independent vote says the same (they cannot make a history on their own either).
  const scamCap = poolCap(independentScam, independentLegit);
  const legitCap = poolCap(independentLegit, independentScam);
  const coordinatedScam = capped(ev(F.coordinatedScam), scamCap);
  const coordinatedLegit = capped(ev(F.coordinatedLegit), legitCap);
  const pooling = rangePooling(input.blockEvidence);
  if (pooling) scale.push(pooling);
  const operation = operationPooling(input.operation ?? null, independentScam, independentLegit);
  if (operation) scale.push(operation.reason);

  const scamVotes = independentScam + coordinatedScam;
  const legitVotes = independentLegit + coordinatedLegit;
  const scamLogit = P.voteNats * scamVotes ** P.voteExponent;
  const legitLogit = P.voteNats * legitVotes ** P.voteExponent;
  const contradiction = contradictedPraise(input.evidence, independentLegit, coordinatedLegit, legitCap, legitLogit);
  if (contradiction) scale.push(contradiction);
  const share = (votes: number, total: number, logit: number) => (logit * votes) / total;
  for (const [signal, scam] of scamBySignal) {
    scamSide.push({ code: signal, effect: 'scam', weight: share(scam, scamVotes, scamLogit), message: signalMessage(signal, scam) });
  }
  for (const [signal, legit] of legitBySignal) {
    legitSide.push({ code: signal, effect: 'legit', weight: -share(legit, legitVotes, legitLogit), message: signalMessage(signal, legit) });
  }
  if (coordinatedScam > 0) {
    scamSide.push({ code: 'coordinated_reports', effect: 'scam', weight: share(coordinatedScam, scamVotes, scamLogit), message: MESSAGES.coordinated('scam', coordinatedScam) });
  }
  if (coordinatedLegit > 0) {
    legitSide.push({ code: 'coordinated_reports', effect: 'legit', weight: -share(coordinatedLegit, legitVotes, legitLogit), message: MESSAGES.coordinated('legit', coordinatedLegit) });
  }
  scale.push(...foldMinor(scamSide, 'scam'), ...foldMinor(legitSide, 'legit'));

  let logit = sum(scale);
  if (Math.abs(logit) > P.maxLogit) {
    const capped = Math.sign(logit) * P.maxLogit;
    scale.push({ code: 'evidence_cap', effect: logit > 0 ? 'legit' : 'scam', weight: capped - logit, message: MESSAGES.evidenceCap() });
    logit = capped;
  }
  const notes: Reason[] = [];
  if (input.official) {
    const ceiling = Math.log(P.officialProbability / (1 - P.officialProbability));
    if (logit > ceiling) {
      scale.push({ code: 'official_number', effect: 'legit', weight: ceiling - logit, message: MESSAGES.official() });
      logit = ceiling;
    } else {
      notes.push({ code: 'official_number', effect: 'legit', weight: 0, message: MESSAGES.official() });
    }
    if (scamVotes > 0) notes.push({ code: 'spoofing_reports', effect: 'scam', weight: 0, message: MESSAGES.spoofing(scamVotes) });
  }
  if (input.openDispute) notes.push({ code: 'open_dispute', effect: 'legit', weight: 0, message: MESSAGES.openDispute() });
  notes.push(...discountNotes(input.evidence));

  const scamProbability = 1 / (1 + Math.exp(-logit));
  const support = { ...(operation?.support ?? { scam: 0, legit: 0 }), independentScam };
  const verdict = withheld(verdictOf(scamProbability, voices, input.official, support), recentTurn(input.evidence), notes);
  const interval = probabilityInterval(scamProbability, voices + (operation ? Math.max(operation.support.scam, operation.support.legit) : 0), input.official);
  const abuse = abuseAxis(input.evidence, voices);
  const [priorReason, ...rest] = scale;
  return {
    verdict,
    scam_probability: scamProbability,
    voices,
    confidence: input.official ? 'high' : confidenceOf(interval),
    interval,
    abuse: abuse.axis,
    reasons: [priorReason!, ...rest.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)), ...notes, ...abuse.reasons],
  };
}

/**
 * `support`: independent voices on the number's other operation numbers that lean the same
 * way (scam or legit); they count towards the several-voices rule of that side's verdict.
 * `independentScam`: the number's own independent scam votes (pools excluded); likely_scam
 * needs at least one full vote of them or of the operation's support.
 *
 * @example
 * verdictOf(0.9, 3, false) // 'likely_scam'
 * verdictOf(0.9, 1, false) // 'suspicious' (one voice never gives likely_*)
 * verdictOf(0.9, 1, false, { scam: 4, legit: 0 }) // 'likely_scam' (several reporters across the operation)
 */
export function verdictOf(
  probability: number,
  voices: number,
  official: boolean,
  support: { scam: number; legit: number; independentScam?: number } = { scam: 0, legit: 0 },
): Verdict {
  const P = SCORE_PARAMETERS;
  if (official) return 'official';
  // A campaign's pool never carries likely_scam: the scam side needs a full vote from independent reporters, here or across the operation.
  const grounded = (support.independentScam ?? Infinity) + support.scam >= P.minIndependentScamVotes;
  if (grounded && voices + support.scam >= P.minVoicesForVerdict && probability >= P.likelyScam) return 'likely_scam';
  if (probability >= P.suspicious) return 'suspicious';
  if (voices + support.legit >= P.minVoicesForVerdict && probability <= P.likelyLegitimate) return 'likely_legitimate';
  return 'unknown';
}

/**
 * A Wilson score interval (90 %) around the probability, on the effective voices behind it
 * (the number's own, plus its operation's support) and one more: thin evidence gives a wide
 * interval whatever the probability, so a single strong report never reads as certainty.
 *
 * @example
 * probabilityInterval(0.95, 1, false) // { lower: 0.39…, upper: 0.99… }
 */
export function probabilityInterval(probability: number, voices: number, official: boolean): { lower: number; upper: number } {
  if (official) return { lower: 0, upper: SCORE_PARAMETERS.officialProbability };
  const z = SCORE_PARAMETERS.intervalZ;
  const n = Math.max(0, voices) + 1;
  const z2n = (z * z) / n;
  const center = (probability + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((probability * (1 - probability)) / n + (z * z) / (4 * n * n));
  return { lower: Math.max(0, center - half), upper: Math.min(1, center + half) };
}

/** Confidence from the interval's width: how much the evidence could still move. */
function confidenceOf(interval: { lower: number; upper: number }): Confidence {
  const width = interval.upper - interval.lower;
  if (width <= SCORE_PARAMETERS.highWidth) return 'high';
  if (width <= SCORE_PARAMETERS.mediumWidth) return 'medium';
  return 'low';
}

/**
 * Operation pooling: gain × ln((1 + scam votes)/(1 + legit votes)) of the operation's OTHER
 * numbers, clamped, with a reason naming the operation; and how many of its independent
 * voices support each side's verdict.
 */
function operationPooling(
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
  const share = named > 0 ? named / (named + against) : 0;
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
function contradictedPraise(
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
  const pooledRaw = positive(evidence[F.coordinatedLegit]);
  const pooledClaims = Math.min(pooledRaw, positive(evidence[F.legitClaimsCoordinated]));
  const claims = Math.min(independentLegit, positive(evidence[F.legitClaims])) + (pooledLegit - capped(pooledRaw - pooledClaims, pooledCap));
  if (claims <= 0) return null;
  const kept = (claims * claims) / (claims + P.contradictionWeight * hard);
  const legit = independentLegit + pooledLegit;
  const reduced = Math.max(0, legit - claims + kept);
  const weight = legitLogit - P.voteNats * reduced ** P.voteExponent;
  if (weight < 1e-9) return null;
  return { code: 'contradicted_praise', effect: 'scam', weight, message: MESSAGES.contradicted(claims, hard) };
}

function rangePooling(block: FeatureVector): Reason | null {
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

function foldMinor(reasons: Reason[], effect: 'scam' | 'legit'): Reason[] {
  const minor = reasons.filter((reason) => Math.abs(reason.weight) < SCORE_PARAMETERS.minorWeight);
  if (minor.length <= 1) return reasons;
  const major = reasons.filter((reason) => !minor.includes(reason));
  return [...major, { code: 'minor_signals', effect, weight: sum(minor), message: MESSAGES.minor(effect) }];
}

function discountNotes(evidence: FeatureVector): Reason[] {
  const removedScam = positive(evidence[F.discountedScam]);
  const removedLegit = positive(evidence[F.discountedLegit]);
  const notes: Reason[] = [];
  for (const [feature, value] of Object.entries(evidence)) {
    if (!feature.startsWith('discount:') || !(value >= 0.5)) continue;
    const code = feature.slice('discount:'.length);
    // The discount pulls against the side the discounted voices were on.
    notes.push({ code: `discount_${code}`, effect: removedScam >= removedLegit ? 'legit' : 'scam', weight: 0, message: MESSAGES.discount(code, value) });
  }
  return notes.sort((a, b) => a.code.localeCompare(b.code));
}

function abuseAxis(evidence: FeatureVector, voices: number): { axis: NumberScore['abuse']; reasons: Reason[] } {
  const P = SCORE_PARAMETERS;
  const score = Math.min(1, positive(evidence[F.abuse]) / (P.abusePseudoVoices + voices));
  const level: AbuseLevel =
    score >= P.abuseLevels.high ? 'high' : score >= P.abuseLevels.medium ? 'medium' : score >= P.abuseLevels.low ? 'low' : 'none';
  const reasons: Reason[] = [];
  if (level !== 'none') {
    for (const [feature, value] of Object.entries(evidence)) {
      if (!feature.startsWith('abuse:') || !(value >= 0.05)) continue;
      const tag = feature.slice('abuse:'.length) as Parameters<typeof MESSAGES.abuse>[0];
      // abuse:<tag> sums the weights of all voices naming the tag, so it is compared with all voices (not the capped count).
      reasons.push({ code: `abuse_${tag}`, effect: 'abuse', weight: 0, message: MESSAGES.abuse(tag, value, positive(evidence[F.voices])) });
    }
    reasons.sort((a, b) => positive(evidence[`abuse:${b.code.slice(6)}`]) - positive(evidence[`abuse:${a.code.slice(6)}`]));
  }
  return { axis: { level, score }, reasons };
}

/**
 * The cap of one side's coordinated pool: coordinatedCap × (floor + (1 − floor)·min(1, same))
 * / (1 + opposite), with same / opposite the independent votes on that side and the other.
 */
function poolCap(same: number, opposite: number): number {
  const P = SCORE_PARAMETERS;
  return (P.coordinatedCap * (P.uncorroboratedPool + (1 - P.uncorroboratedPool) * Math.min(1, same))) / (1 + opposite);
}

/**
 * Which way the last weeks' independent votes (30-day half-life) lean against the whole
 * history, if they clearly do: a recycled number's new owner, a line whose caller changed.
 */
function recentTurn(evidence: FeatureVector): 'scam' | 'legit' | null {
  const scam = positive(evidence[`recent:${F.scamVotes}`]);
  const legit = positive(evidence[`recent:${F.legitVotes}`]);
  const min = SCORE_PARAMETERS.recentTurnVotes;
  if (legit >= min && legit > scam) return 'legit';
  if (scam >= min && scam > legit) return 'scam';
  return null;
}

/** A likely_* verdict the recent reports contradict waits (suspicious / unknown), with a note saying so. */
function withheld(verdict: Verdict, turning: 'scam' | 'legit' | null, notes: Reason[]): Verdict {
  if (verdict === 'likely_scam' && turning === 'legit') {
    notes.push({ code: 'recent_change', effect: 'legit', weight: 0, message: MESSAGES.recentChange('legit') });
    return 'suspicious';
  }
  if (verdict === 'likely_legitimate' && turning === 'scam') {
    notes.push({ code: 'recent_change', effect: 'scam', weight: 0, message: MESSAGES.recentChange('scam') });
    return 'unknown';
  }
  return verdict;
}

/** Smoothly capped: x for small x, never above `cap`. */
function capped(votes: number, cap: number = SCORE_PARAMETERS.coordinatedCap): number {
  return cap * (1 - Math.exp(-votes / cap));
}

function positive(value: number | undefined): number {
  return value !== undefined && value > 0 && Number.isFinite(value) ? value : 0;
}

function sum(reasons: readonly Reason[]): number {
  return reasons.reduce((total, reason) => total + reason.weight, 0);
}
