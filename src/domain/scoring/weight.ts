/**
 * Write-time weight of a voice: reporter trust times burst/Sybil discounts. Computed once
 * when a report arrives and stored on it, so a later lookup or rescore reads the same value.
 */
import { isCoordinated } from './evidence';
import type { DiscountCode, VoiceContext, VoiceWeight } from './types';

const DAY_MS = 86_400_000;

/** Weights stay in (0, 1]; the floor only guards against underflow, so a burst of any size stays bounded. */
export const MIN_WEIGHT = 1e-6;

export const WEIGHT_PARAMETERS = {
  /** Trust of a token without agreeing history; grows to 1 with `depthAgreed` agreeing voices, no faster than `trustRampDays`. */
  freshTrust: 0.7,
  trustRampDays: 30,
  depthAgreed: 3,
  /** A token older than this with fewer agreeing voices than `thinAgreed` is thin: its voices on a number pool with other thin ones. */
  thinAfterDays: 7,
  thinAgreed: 2,
  /** Reports a day a person plausibly files over a token's life before it looks like a bot. */
  reportsPerDay: 20,
  /** Reports on one number in the last hour / day before a burst discount starts. */
  hourAllowance: 3,
  dayAllowance: 6,
  /**
   * Other fresh reporters on one number in the last 6 hours before a fresh token is discounted
   * (0: the second already is). Honest victims are first-time reporters too, but they trickle
   * in over days; a swarm arrives together.
   */
  freshAllowance: 0,
  /**
   * A fresh token that finds this many other fresh tokens on the number in the last 6 hours,
   * and arrives from a network already seen there that day or in a burst, shows a swarm: the
   * fresh tokens of the last day, weighed before anything could be seen, join its pool
   * (`asSwarmMember`). First-time victims from their own networks, a few a day, stay voices of their own.
   */
  swarmOnset: 2,
} as const;

/** The order voiceWeight gives discount codes in, kept when a code is added later. */
const DISCOUNT_ORDER: readonly DiscountCode[] = ['thin_token', 'low_agreement', 'prolific_reporter', 'burst', 'fresh_tokens', 'shared_ip_prefix'];

/**
 * Whether a new voice's arrival shows a swarm of fresh tokens: it is a fresh token itself,
 * found at least `swarmOnset` other fresh tokens on the number, and came from a network the
 * number was already reported from that day or in a burst (few networks, or too many at once).
 */
export function showsSwarm(weight: VoiceWeight, freshOthers: number): boolean {
  const d = weight.discounts;
  return d.includes('fresh_tokens') && freshOthers >= WEIGHT_PARAMETERS.swarmOnset && (d.includes('shared_ip_prefix') || d.includes('burst'));
}

/**
 * The weight of an earlier voice a swarm has shown to be part of it: its trust is kept, but it
 * is coordinated from then on (fresh_tokens), so it pools with the swarm instead of standing
 * as the independent voice that lets the pool count. A voice already coordinated is left as it is.
 *
 * @example
 * asSwarmMember({ weight: 0.7, discounts: [] }) // { weight: 0.7, discounts: ['fresh_tokens'] }
 */
export function asSwarmMember(weight: VoiceWeight): VoiceWeight {
  if (isCoordinated(weight)) return weight;
  const discounts = [...weight.discounts, 'fresh_tokens'].sort((a, b) => rank(a) - rank(b));
  return { weight: weight.weight, discounts };
}

function rank(code: string): number {
  const index = DISCOUNT_ORDER.indexOf(code as DiscountCode);
  return index < 0 ? DISCOUNT_ORDER.length : index;
}

/**
 * Weight in (0, 1] and the discounts behind it.
 *
 * - trust (depth, not age): 0.7, rising to 1 with 3 voices that agreed with final verdicts
 *   (and no faster than over 30 days); past disagreement lowers it
 *   ((agreed + 1)/(agreed + disagreed + 1)). Age alone buys nothing;
 * - thin_token: a token older than a week that has reported before but has fewer than 2
 *   agreeing voices is thin. Its weight is not lowered, but the voice is coordinated: all thin
 *   voices on a number pool into one (aged tokens waking up on one number over weeks, the
 *   slow smear and the operator's praise, count as one voice together). A first-time reporter
 *   is not thin: that is what real victims look like;
 * - prolific_reporter: more than 20 reports a day over the token's life;
 * - burst: more than 3 reports on the number in the last hour or 6 in the last day; the
 *   n-th report then counts allowance/n, so a burst of any size adds a bounded amount;
 * - fresh_tokens: a fresh token (first seen < 24 h ago) joining n other fresh tokens that
 *   reported the number in the last 6 hours counts 1/(1 + n);
 * - shared_ip_prefix: others reported the number from the same /24 (/48) that day.
 *
 * @example
 * voiceWeight({ now, reporter: { firstSeenAt: now, reportsCount: 0, agreed: 0, disagreed: 0 },
 *   recent: { lastHour: 0, lastDay: 0, freshReportersNearby: 0, sameIpPrefixLastDay: 0 } })
 * // { weight: 0.7, discounts: [] }
 */
export function voiceWeight(ctx: VoiceContext): VoiceWeight {
  const p = WEIGHT_PARAMETERS;
  const { reporter, recent } = ctx;
  const ageDays = Math.max(0, (ctx.now - reporter.firstSeenAt) / DAY_MS);
  const discounts: DiscountCode[] = [];
  const factor = (code: DiscountCode, value: number) => {
    if (value < 1) discounts.push(code);
    return Math.min(1, value);
  };

  const agreed = count(reporter.agreed);
  const depth = Math.min(1, agreed / p.depthAgreed) * Math.min(1, ageDays / p.trustRampDays);
  let weight = p.freshTrust + (1 - p.freshTrust) * depth;
  if (count(reporter.reportsCount) > 0 && ageDays >= p.thinAfterDays && agreed < p.thinAgreed) discounts.push('thin_token');
  weight *= factor('low_agreement', (count(reporter.agreed) + 1) / (count(reporter.agreed) + count(reporter.disagreed) + 1));
  weight *= factor('prolific_reporter', (p.reportsPerDay * (ageDays + 1)) / Math.max(1, count(reporter.reportsCount)));
  weight *= factor(
    'burst',
    Math.min(p.hourAllowance / Math.max(1, count(recent.lastHour)), p.dayAllowance / Math.max(1, count(recent.lastDay))),
  );
  const fresh = ageDays < 1;
  const otherFresh = Math.max(0, count(recent.freshReportersNearby) - p.freshAllowance);
  weight *= factor('fresh_tokens', fresh ? 1 / (1 + otherFresh) : 1);
  weight *= factor('shared_ip_prefix', 1 / (1 + count(recent.sameIpPrefixLastDay)));

  return { weight: Math.max(MIN_WEIGHT, Math.min(1, weight)), discounts };
}

function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
