/**
 * From decayed evidence to a verdict with reasons.
 *
 * Scam axis, in log-odds:
 *   logit(p) = prior(type) + range pooling + k·S^γ − k′·L^γ
 * where S and L are the weighted, decayed scam and legit votes of the number's voices. With
 * γ = 1 and k = k′ this is naive Bayes with k nats per full vote; γ < 1 makes each further vote count a
 * little less, because reports on one number are never quite independent. Each side's term
 * is split over its signals in proportion to their votes, which gives reasons that sum
 * exactly to logit(p).
 *
 * Abuse axis: weighted severity share, abuse / (ABUSE_PSEUDO_VOICES + voices).
 */
import { unlistedAgencyReason } from './agency-lists';
import { confidenceOf, probabilityInterval, promoted, recentTurn, withheld } from './certainty';
import { F, SIGNAL_NATS, type Signal } from './evidence';
import { MESSAGES, priorMessage, signalMessage } from './messages';
import { SCORE_PARAMETERS, TYPE_LOGIT } from './parameters';
import { RECENT } from './decay';
import { blockSupport, capped, contradictedPraise, operationPooling, poolCap, positive, rangePooling } from './pools';
import type { AbuseLevel, FeatureVector, NumberScore, Reason, ScoreInput, Verdict } from './types';

export { SCORE_PARAMETERS, TYPE_LOGIT } from './parameters';
export { probabilityInterval } from './certainty';

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
  const pool = (feature: string) => ev(`${RECENT}${feature}`);
  const voices = ev(F.voices) - coordinatedVoices + capped(pool(F.coordinatedVoices));
  // The several-voices rule counts independent people, not trust; a coordinated pool is not independent.
  // (Evidence stored before `people` existed reads its weighted independent voices until a rescore.)
  const people = input.evidence[F.people] === undefined ? ev(F.voices) - coordinatedVoices : ev(F.people);

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
  // Corroboration is contemporaneous: a pool (30-day scale) is backed by what independent reporters said at the same time.
  const scamCap = poolCap(pool(F.scamVotes), independentLegit);
  const legitCap = poolCap(pool(F.legitVotes), independentScam);
  const coordinatedScam = capped(pool(F.coordinatedScam), scamCap);
  const coordinatedLegit = capped(pool(F.coordinatedLegit), legitCap);
  const pooling = rangePooling(input.blockEvidence);
  if (pooling) scale.push(pooling);
  const operation = operationPooling(input.operation ?? null, independentScam, independentLegit);
  if (operation) scale.push(operation.reason);

  const scamVotes = independentScam + coordinatedScam;
  const legitVotes = independentLegit + coordinatedLegit;
  const scamLogit = P.voteNats * scamVotes ** P.voteExponent;
  const legitLogit = P.legitVoteNats * legitVotes ** P.voteExponent;
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
  const unlisted = unlistedAgencyReason(input.unlistedAgencyReports);
  if (unlisted) scale.push(unlisted);

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
    // A warning, not evidence: spoofed calls reach many people at once, so a pool of them warns too (capped, uncorroborated or not).
    const spoofing = independentScam + capped(pool(F.coordinatedScam));
    if (spoofing > 0) notes.push({ code: 'spoofing_reports', effect: 'scam', weight: 0, message: MESSAGES.spoofing(spoofing) });
  }
  if (input.openDispute) notes.push({ code: 'open_dispute', effect: 'legit', weight: 0, message: MESSAGES.openDispute() });

  const scamProbability = 1 / (1 + Math.exp(-logit));
  // Independent reporters spread over the number, its operation and its block count towards the several-voices rule.
  const fromOperation = operation?.support ?? { scam: 0, legit: 0 };
  const fromBlock = blockSupport(input.blockEvidence);
  const support = { scam: fromOperation.scam + fromBlock.scam, legit: fromOperation.legit + fromBlock.legit, independentScam, grounding: fromOperation.scam };
  const weighed = withheld(verdictOf(scamProbability, people, input.official, support), recentTurn(input.evidence), notes);
  const verdict = promoted(weighed, { pooledPraise: pool(F.coordinatedLegit), countedPraise: coordinatedLegit, independentLegit }, notes);
  // The notes that explain the verdict (held back, promoted) come before the discount notes.
  notes.push(...discountNotes(input.evidence));
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
 * `people`: the independent people behind the number's own evidence (`F.people`, decayed).
 * `support`: independent voices on the number's other operation numbers and its block that
 * lean the same way (scam or legit); they count towards the several-voices rule of that side's
 * verdict. `independentScam`: the number's own independent scam votes (pools excluded);
 * likely_scam needs at least half a vote of them or of `grounding` (the operation's share
 * of the support; the block's neighbours never ground it, default: all of `scam`).
 *
 * @example
 * verdictOf(0.9, 3, false) // 'likely_scam'
 * verdictOf(0.9, 1, false) // 'suspicious' (one person never gives likely_*)
 * verdictOf(0.9, 1, false, { scam: 4, legit: 0 }) // 'likely_scam' (several reporters across the operation)
 */
export function verdictOf(
  probability: number,
  people: number,
  official: boolean,
  support: { scam: number; legit: number; independentScam?: number; grounding?: number } = { scam: 0, legit: 0 },
): Verdict {
  const P = SCORE_PARAMETERS;
  if (official) return 'official';
  // A campaign's pool never carries likely_scam: the scam side needs half a vote from independent reporters (one clear
  // first-time victim gives 0.7), here or across the operation; the block's neighbours never ground it.
  const grounded = (support.independentScam ?? Infinity) + (support.grounding ?? support.scam) >= P.minIndependentScamVotes;
  if (grounded && people + support.scam >= P.minPeopleForVerdict && probability >= P.likelyScam) return 'likely_scam';
  if (probability >= P.suspicious) return 'suspicious';
  if (people + support.legit >= P.minPeopleForVerdict && probability <= P.likelyLegitimate) return 'likely_legitimate';
  return 'unknown';
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






function sum(reasons: readonly Reason[]): number {
  return reasons.reduce((total, reason) => total + reason.weight, 0);
}
