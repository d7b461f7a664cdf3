/**
 * Reporter trust from agreement: a voice agrees with its number's verdict when it leaned the
 * same way as a confident verdict (likely_scam / likely_legitimate). `npm run rescore --trust`
 * recounts reporters.agreed / disagreed from current verdicts; voiceWeight reads them.
 */
import type { Verdict } from './types';

/** Votes weaker than this lean too little to agree or disagree with anything. */
export const AGREEMENT_MIN_VOTE = 0.3;

/**
 * @example
 * voiceAgreement(0.8, 'likely_scam')        // 'agreed'
 * voiceAgreement(-1, 'likely_scam')         // 'disagreed'
 * voiceAgreement(0.8, 'unknown')            // null
 */
export function voiceAgreement(vote: number, verdict: Verdict): 'agreed' | 'disagreed' | null {
  if (Math.abs(vote) < AGREEMENT_MIN_VOTE) return null;
  if (verdict === 'likely_scam') return vote > 0 ? 'agreed' : 'disagreed';
  if (verdict === 'likely_legitimate' || verdict === 'official') return vote < 0 ? 'agreed' : 'disagreed';
  return null;
}
