/**
 * Numbers as the API shows them: rounded to what they can mean, while the reasons still add up
 * exactly (docs/scoring.md: Σ reason weights = logit(scam_probability) within 1e-6, on the rounded
 * values a client receives).
 *
 * - probabilities: 3 decimals; near 0 or 1, 3 significant digits of the distance to it
 *   (0.0123, 0.99954), so the probability never shows as a certain 0 or 1 and its log-odds
 *   stay within about 0.002 of the model's;
 * - shares and scores in [0, 1]: 3 decimals;
 * - reason weights: 6 decimals, apportioned so that they sum to logit of the *shown*
 *   probability. Fewer decimals cannot keep the 1e-6 property (one weight rounded to 4
 *   decimals is already up to 5e-5 off), and the difference between logit of the rounded and
 *   the exact probability is spread over the evidence reasons in proportion to their size
 *   (the prior stays as the model states it unless it is the only weight), so no reason moves
 *   by more than about 0.002.
 */
import type { NumberScore, Reason } from './types';

const WEIGHT_DECIMALS = 6;

/**
 * @example
 * roundTo(0.123456, 3) // 0.123
 */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/**
 * @example
 * roundProbability(0.4567891) // 0.457
 * roundProbability(0.0123456) // 0.0123
 * roundProbability(0.9995432) // 0.999543
 */
export function roundProbability(p: number): number {
  const tail = Math.min(p, 1 - p);
  if (!(tail > 0)) return p;
  if (tail >= 0.1) return roundTo(p, 3);
  // Three significant digits of the tail.
  const decimals = 3 - Math.floor(Math.log10(tail)) - 1;
  return roundTo(p, decimals);
}

/**
 * The score as sent: rounded probability, abuse score and voices, and reason weights that sum
 * to logit(rounded probability) within 1e-6.
 *
 * @example
 * const shown = presentScore(score);
 * shown.reasons.reduce((s, r) => s + r.weight, 0) // ≈ Math.log(shown.scam_probability / (1 - shown.scam_probability))
 */
export function presentScore(score: NumberScore): NumberScore {
  const probability = roundProbability(score.scam_probability);
  const target = Math.log(probability / (1 - probability));
  const weights = apportion(score.reasons, target);
  return {
    ...score,
    scam_probability: probability,
    voices: roundTo(score.voices, 3),
    // Outwards, so the shown interval still holds the shown probability.
    interval: { lower: Math.min(probability, Math.floor(score.interval.lower * 1000) / 1000), upper: Math.max(probability, Math.ceil(score.interval.upper * 1000) / 1000) },
    abuse: { level: score.abuse.level, score: roundTo(score.abuse.score, 3) },
    reasons: score.reasons.map((reason, i) => ({ ...reason, weight: weights[i]! })),
  };
}

/** Weights in units of 10^-6 that sum to round(target · 10^6); zero-weight notes stay 0. */
function apportion(reasons: readonly Reason[], target: number): number[] {
  const scale = 10 ** WEIGHT_DECIMALS;
  const weights = reasons.map((r) => r.weight);
  const movable = weights.map((w, i) => w !== 0 && reasons[i]!.code !== 'prior');
  const spread = weights.reduce((sum, w, i) => sum + (movable[i] ? Math.abs(w) : 0), 0);
  const delta = target - weights.reduce((sum, w) => sum + w, 0);
  // The gap between the exact and the shown probability's log-odds, spread over the evidence.
  const adjusted = weights.map((w, i) => (spread > 0 && movable[i] ? w + (delta * Math.abs(w)) / spread : w));
  if (spread === 0 && weights.length > 0) adjusted[0] = adjusted[0]! + delta;
  const units = adjusted.map((w) => w * scale);
  const rounded = units.map((u) => Math.round(u));
  let residual = Math.round(target * scale) - rounded.reduce((sum, u) => sum + u, 0);
  // Largest remainders first; the prior only when nothing else carries weight.
  const candidates = units
    .map((u, i) => ({ i, error: u - rounded[i]! }))
    .filter(({ i }) => movable[i] || (spread === 0 && i === 0));
  while (residual !== 0 && candidates.length > 0) {
    const step = Math.sign(residual);
    candidates.sort((a, b) => step * (b.error - a.error));
    const pick = candidates[0]!;
    rounded[pick.i] = rounded[pick.i]! + step;
    pick.error -= step;
    residual -= step;
  }
  return rounded.map((u) => u / scale);
}
