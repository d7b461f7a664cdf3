/**
 * What one voice (a reporter's latest visible report on a number) adds to the evidence.
 *
 * Each report is read as a set of signals with a log-likelihood ratio in nats (positive =
 * scam). The signals are netted within the report, and the report casts at most one vote:
 * vote = clamp(Σ signals / FULL_VOTE_NATS, −1, 1) × weight. The vote is split over the
 * signals on its winning side, so the lookup can say which facts carried it; a voice that
 * arrived looking coordinated (burst, fresh tokens, shared network prefix) goes into one
 * pooled `coordinated:*` feature instead, which the score caps.
 */
import { stageSignals } from '../conduct/stage-plausibility';
import type { ConductTag } from '../conduct/tags';
import type { FeatureVector, ReportFacts, VoiceWeight } from './types';

/** Log-likelihood ratios (nats, + = scam) of the facts a report can state. */
export const SIGNAL_NATS = {
  hotline_denied: 2.0,
  hotline_confirmed: -2.0,
  payment_personal_account: 2.3,
  payment_third_party_app: 1.6,
  payment_cash_or_giftcard: 2.0,
  payment_official_channel: -1.5,
  // "No debt with them" is also what a recycled number hears from a real collector.
  debt_denied: 0.8,
  debt_confirmed: -0.9,
  fake_legal_documents: 1.5,
  impersonates_authority: 1.8,
  asks_sensitive_info: 1.8,
  refuses_identification: 1.2,
  spoofed_local_number: 1.2,
  unknown_debt: 0.6,
  robocall: 1.0,
  professional: -1.2,
  identification_given: -0.6,
  authorization_letter_given: -1.0,
  // Claims out of step with the person's overdue stage (domain/conduct/stage-plausibility.ts).
  stage_litigation_early: 1.4,
  stage_home_visit_early: 1.0,
  stage_arrest_threat: 1.8,
  stage_demand_without_debt: 1.2,
} as const;

export type Signal = keyof typeof SIGNAL_NATS;

/**
 * Facts a victim has no reason to invent (the hotline denied the caller, the caller wanted
 * money outside the lender's channels), and the praise they contradict on the same number.
 */
export const HARD_SCAM_SIGNALS: readonly Signal[] = ['hotline_denied', 'payment_personal_account', 'payment_third_party_app', 'payment_cash_or_giftcard'];
export const CONTRADICTED_LEGIT_SIGNALS: readonly Signal[] = ['hotline_confirmed', 'payment_official_channel'];

/** A report whose signals net to this many nats casts a full vote. */
export const FULL_VOTE_NATS = 3;

/** How abusive each conduct is, in [0, 1]; one report's severity is 1 − Π(1 − s). */
export const ABUSE_SEVERITY: Partial<Record<ConductTag, number>> = {
  threats: 1.0,
  insults: 0.7,
  third_party_contact: 0.7,
  fake_legal_documents: 0.6,
  repeated_calls: 0.35,
  out_of_hours: 0.3,
};

/** Feature names of number_evidence / block_evidence. */
export const F = {
  /** Σ weight: effective number of independent voices. */
  voices: 'voices',
  /** Σ 1: voices before weighting (for "n of m" in messages). */
  rawVoices: 'raw_voices',
  /**
   * How many people stand behind the independent evidence, for the several-voices rule: each
   * independent voice counts 1, or its weight if a discount lowered it (past disagreement, a
   * token filing like a bot). A first-time reporter's lower trust weighs its vote, not whether
   * it is a person. Coordinated voices are left out: they are not independent.
   */
  people: 'people',
  scam: (signal: Signal) => `scam:${signal}`,
  legit: (signal: Signal) => `legit:${signal}`,
  /** Σ weight × severity. */
  abuse: 'abuse',
  abuseTag: (tag: ConductTag) => `abuse:${tag}`,
  discount: (code: string) => `discount:${code}`,
  /** Votes of voices that arrived looking coordinated (burst, fresh tokens, shared prefix, thin tokens): pooled and capped when scored; kept under `recent:` (30-day scale). */
  coordinatedScam: 'coordinated:scam',
  coordinatedLegit: 'coordinated:legit',
  /** Σ weight of coordinated voices: together they count as one independent voice at most (on both scales: the 180-day one to take them out of `voices`, the 30-day one for the pool). */
  coordinatedVoices: 'coordinated:voices',
  /** Vote mass the discounts took away, by the side it would have gone to. */
  discountedScam: 'discounted_scam',
  discountedLegit: 'discounted_legit',
  /** Legit votes (whole votes) that claim the hotline confirmed the caller or an official payment channel: what a scam fact can contradict. */
  legitClaims: 'claims:legit',
  legitClaimsCoordinated: 'claims:coordinated_legit',
  /** Independent scam votes stating a hard scam fact, decayed with the 30-day half-life (stored with its scale, `recentContribution`). */
  recentHard: 'hard',
  /** Block pooling: weighted scam votes, legit votes and voices. */
  scamVotes: 'scam_votes',
  legitVotes: 'legit_votes',
} as const;

/**
 * The signals a report states, with their nats.
 *
 * @example
 * reportSignals({ ...facts, hotlineCheck: 'denied' }) // [['hotline_denied', 3], …]
 */
export function reportSignals(facts: ReportFacts): [Signal, number][] {
  const found = new Set<Signal>();
  if (facts.hotlineCheck === 'denied') found.add('hotline_denied');
  if (facts.hotlineCheck === 'confirmed') found.add('hotline_confirmed');
  const payment = facts.paymentRequested;
  if (payment === 'personal_account' || facts.tags.includes('personal_account_payment')) found.add('payment_personal_account');
  if (payment === 'third_party_app') found.add('payment_third_party_app');
  if (payment === 'cash_or_giftcard') found.add('payment_cash_or_giftcard');
  if (payment === 'official_channel') found.add('payment_official_channel');
  if (facts.debtWithClaimedAgency === 'no') found.add('debt_denied');
  if (facts.debtWithClaimedAgency === 'yes') found.add('debt_confirmed');
  for (const tag of facts.tags) if (tag in SIGNAL_NATS) found.add(tag as Signal);
  for (const signal of stageSignals(facts)) found.add(signal);
  if (!found.has('refuses_identification')) {
    const { employeeIdGiven, companyNameGiven, authorizationLetterGiven } = facts.identification;
    if (employeeIdGiven || companyNameGiven) found.add('identification_given');
    if (authorizationLetterGiven) found.add('authorization_letter_given');
  }
  return [...found].map((signal) => [signal, SIGNAL_NATS[signal]]);
}

/**
 * One report's vote in [−1, 1] (before weighting): + scam, − legitimate.
 *
 * @example
 * reportVote({ ...facts, hotlineCheck: 'denied' }) // 1
 */
export function reportVote(facts: ReportFacts): number {
  const nats = reportSignals(facts).reduce((sum, [, value]) => sum + value, 0);
  return Math.max(-1, Math.min(1, nats / FULL_VOTE_NATS));
}

/** Severity in [0, 1] of the conduct one report describes. */
export function reportAbuse(facts: ReportFacts): number {
  let calm = 1;
  for (const tag of facts.tags) calm *= 1 - (ABUSE_SEVERITY[tag] ?? 0);
  return 1 - calm;
}

/**
 * Everything one voice adds to its number's evidence, unscaled by time.
 *
 * @example
 * voiceContribution({ ...facts, hotlineCheck: 'denied' }, { weight: 1, discounts: [] })
 * // { voices: 1, raw_voices: 1, 'scam:hotline_denied': 1 }
 */
export function voiceContribution(facts: ReportFacts, weight: VoiceWeight): FeatureVector {
  const w = weight.weight;
  const out: Record<string, number> = { [F.voices]: w, [F.rawVoices]: 1 };
  // A coordinated voice's votes go to the pool, kept on the 30-day scale (recentContribution); here it only counts as a voice.
  if (isCoordinated(weight)) out[F.coordinatedVoices] = w;
  else out[F.people] = weight.discounts.length > 0 ? w : 1;
  const signals = reportSignals(facts);
  const vote = reportVote(facts);
  if (vote !== 0 && !isCoordinated(weight)) {
    const winning = signals.filter(([, nats]) => Math.sign(nats) === Math.sign(vote));
    const total = winning.reduce((sum, [, nats]) => sum + Math.abs(nats), 0);
    for (const [signal, nats] of winning) {
      out[vote > 0 ? F.scam(signal) : F.legit(signal)] = (w * Math.abs(vote) * Math.abs(nats)) / total;
    }
  }
  if (vote < 0 && !isCoordinated(weight) && signals.some(([signal]) => CONTRADICTED_LEGIT_SIGNALS.includes(signal))) {
    out[F.legitClaims] = w * Math.abs(vote);
  }
  // Which side the discounts took vote mass from (trust alone is not a discount).
  if (vote !== 0 && weight.discounts.length > 0) out[vote > 0 ? F.discountedScam : F.discountedLegit] = (1 - w) * Math.abs(vote);
  // Abuse is a number's owner's conduct; a report saying the caller ID was forged is about someone else.
  const severity = facts.tags.includes('spoofed_local_number') ? 0 : reportAbuse(facts);
  if (severity > 0) {
    out[F.abuse] = w * severity;
    for (const tag of facts.tags) if (ABUSE_SEVERITY[tag]) out[F.abuseTag(tag)] = w;
  }
  for (const code of weight.discounts) out[F.discount(code)] = 1;
  return out;
}

/** Discounts that say a voice may be part of a campaign rather than an independent person. */
export const COORDINATION_DISCOUNTS: readonly string[] = ['burst', 'fresh_tokens', 'shared_ip_prefix', 'thin_token'];

export function isCoordinated(weight: VoiceWeight): boolean {
  return weight.discounts.some((code) => COORDINATION_DISCOUNTS.includes(code));
}

/**
 * What one voice adds to its 100-block for range pooling: its weighted vote on each side.
 *
 * @example
 * blockContribution({ ...facts, hotlineCheck: 'denied' }, { weight: 0.5, discounts: ['burst'] })
 * // { voices: 0.5, scam_votes: 0.5 }
 */
export function blockContribution(facts: ReportFacts, weight: VoiceWeight): FeatureVector {
  const vote = reportVote(facts) * weight.weight;
  const out: Record<string, number> = { [F.voices]: weight.weight };
  if (vote > 0) out[F.scamVotes] = vote;
  if (vote < 0) out[F.legitVotes] = -vote;
  return out;
}

/**
 * What one voice adds to its operation (the numbers naming the same unresolved claimed
 * agency): its weighted vote on each side, from independent voices only, so a campaign on one
 * number cannot poison or launder the operation.
 *
 * @example
 * operationContribution({ ...facts, hotlineCheck: 'denied' }, { weight: 0.7, discounts: [] })
 * // { voices: 0.7, scam_votes: 0.7 }
 */
export function operationContribution(facts: ReportFacts, weight: VoiceWeight): FeatureVector {
  return isCoordinated(weight) ? {} : blockContribution(facts, weight);
}

/**
 * What one voice adds to the number's `recent:` features (stored with the 30-day scale): an
 * independent voice's weighted vote on each side, and again if it states a hard scam fact; a
 * coordinated voice's vote to its side's pool. Pools live on the 30-day scale: a campaign
 * counts while it is current, and a number's history rests on its independent voices.
 */
export function recentContribution(facts: ReportFacts, weight: VoiceWeight): FeatureVector {
  const vote = reportVote(facts);
  if (isCoordinated(weight)) {
    const w = weight.weight;
    const out: Record<string, number> = { [F.coordinatedVoices]: w };
    if (vote !== 0) out[vote > 0 ? F.coordinatedScam : F.coordinatedLegit] = w * Math.abs(vote);
    if (vote < 0 && reportSignals(facts).some(([signal]) => CONTRADICTED_LEGIT_SIGNALS.includes(signal))) out[F.legitClaimsCoordinated] = w * Math.abs(vote);
    return out;
  }
  if (vote < 0) return { [F.legitVotes]: -vote * weight.weight };
  if (vote === 0) return {};
  const hard = reportSignals(facts).some(([signal]) => HARD_SCAM_SIGNALS.includes(signal));
  return hard ? { [F.scamVotes]: vote * weight.weight, [F.recentHard]: vote * weight.weight } : { [F.scamVotes]: vote * weight.weight };
}
