/**
 * How the pages read a lookup: which parts to show, and in what order. Pure, so the number
 * page, the embed and (mirrored in plain JS) the widget make the same choices.
 */
import type { NumberLookup } from '../services/lookup';

type Reason = NumberLookup['reasons'][number];
type Advice = NumberLookup['advice'][number];

/** Notes the page already says in its own words (the dispute notice), so they are not repeated. */
const SAID_ELSEWHERE = new Set(['open_dispute', 'dispute_open']);

/**
 * Whether there is anything to base a probability on: reports, a registration as an official
 * number, or a weighted reason (neighbouring numbers count). Without it the probability is
 * only the starting point, and showing it as "43%" would read like a judgement.
 *
 * @example
 * hasEvidence({ reports: { total: 0 }, official: null, reasons: [{ code: 'prior', weight: -0.2 }] } as NumberLookup) // false
 */
export function hasEvidence(lookup: Pick<NumberLookup, 'reports' | 'official' | 'reasons'>): boolean {
  return lookup.reports.total > 0 || lookup.official !== null || lookup.reasons.some((r) => r.code !== 'prior' && r.weight !== 0);
}

/**
 * The warning that must come first on an official number people say was faked: caller ID
 * can be forged, so the call that showed "95188" may not be Alipay at all.
 */
export function spoofingAlert(lookup: Pick<NumberLookup, 'verdict' | 'reasons' | 'advice'>): { message: string; phone: string | null } | null {
  if (lookup.verdict !== 'official') return null;
  const reason = lookup.reasons.find((r) => r.code === 'spoofing_reports');
  if (!reason) return null;
  const callBack = lookup.advice.find((a) => a.code === 'call_back_official');
  return { message: reason.message, phone: callBack?.phone ?? null };
}

/** Reasons that moved the probability, strongest first. */
export function weightedReasons(lookup: Pick<NumberLookup, 'reasons'>, limit: number): Reason[] {
  return lookup.reasons
    .filter((r) => r.code !== 'prior' && r.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, limit);
}

/**
 * Reasons with no weight of their own: spoofing reports on an official number, discounted
 * bursts, abusive conduct, a registration. They change what a person should do, so they are
 * always shown (minus the spoofing note when the warning above already says it).
 */
export function zeroWeightNotes(lookup: Pick<NumberLookup, 'verdict' | 'reasons' | 'advice'>): Reason[] {
  const warned = spoofingAlert(lookup) !== null;
  return lookup.reasons.filter(
    (r) => r.code !== 'prior' && r.weight === 0 && !SAID_ELSEWHERE.has(r.code) && !(warned && r.code === 'spoofing_reports'),
  );
}

/** Advice to list, without what the spoofing warning or the dispute notice already say. */
export function adviceToList(lookup: Pick<NumberLookup, 'verdict' | 'reasons' | 'advice'>, limit = Infinity): Advice[] {
  const warned = spoofingAlert(lookup) !== null;
  return lookup.advice.filter((a) => !SAID_ELSEWHERE.has(a.code) && !(warned && a.code === 'call_back_official')).slice(0, limit);
}
