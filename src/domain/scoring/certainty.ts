/**
 * How sure a score is: the interval around its probability, the confidence read from it, and
 * the likely_* verdicts that the last weeks' reports hold back.
 */
import { F } from './evidence';
import { MESSAGES } from './messages';
import { SCORE_PARAMETERS } from './parameters';
import { positive } from './pools';
import type { Confidence, FeatureVector, Reason, Verdict } from './types';

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
export function confidenceOf(interval: { lower: number; upper: number }): Confidence {
  const width = interval.upper - interval.lower;
  if (width <= SCORE_PARAMETERS.highWidth) return 'high';
  if (width <= SCORE_PARAMETERS.mediumWidth) return 'medium';
  return 'low';
}

/**
 * Which way the last weeks' independent votes (30-day half-life) lean against the whole
 * history, if they clearly do: a recycled number's new owner, a line whose caller changed.
 */
export function recentTurn(evidence: FeatureVector): 'scam' | 'legit' | null {
  const scam = positive(evidence[`recent:${F.scamVotes}`]);
  const legit = positive(evidence[`recent:${F.legitVotes}`]);
  const min = SCORE_PARAMETERS.recentTurnVotes;
  if (legit >= min && legit > scam) return 'legit';
  if (scam >= min && scam > legit) return 'scam';
  return null;
}

/** A likely_* verdict the recent reports contradict waits (suspicious / unknown), with a note saying so. */
export function withheld(verdict: Verdict, turning: 'scam' | 'legit' | null, notes: Reason[]): Verdict {
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

/**
 * Praise only a coordinated pool speaks (thin or fresh tokens vouching together, nothing
 * independent beside them) does not lower the probability below the prior, and it is not
 * reassuring either: it is how operators promote their own numbers. Such a number reads at
 * least suspicious, with a note saying why; the probability is left as it is (monotone).
 *
 * @example
 * promoted('unknown', { pooledPraise: 2.1, countedPraise: 0, independentLegit: 0 }, notes) // 'suspicious'
 */
export function promoted(
  verdict: Verdict,
  praise: { pooledPraise: number; countedPraise: number; independentLegit: number },
  notes: Reason[],
): Verdict {
  const P = SCORE_PARAMETERS;
  const unbacked = praise.pooledPraise - praise.countedPraise;
  if (verdict !== 'unknown' && verdict !== 'likely_legitimate') return verdict;
  if (unbacked < P.promotedPraiseVotes || praise.independentLegit >= P.backedPraiseVotes) return verdict;
  notes.push({ code: 'promoted_praise', effect: 'scam', weight: 0, message: MESSAGES.promotedPraise(praise.pooledPraise) });
  return 'suspicious';
}
