import type { FeatureVector } from './types';

/** Reference time of stored evidence sums (2024-01-01T00:00Z). Never change it without a rescore. */
export const EVIDENCE_EPOCH = Date.UTC(2024, 0, 1);

export const DEFAULT_HALF_LIFE_DAYS = 180;

/**
 * Half-life of the few `recent:` features that ask "at the same time?" rather than "how much?":
 * whether praise and hard scam facts are contemporaneous, whether a number still names its
 * operation, what a coordinated pool says while its campaign is current. Fixed (not
 * configurable), so stored sums stay comparable.
 */
export const RECENT_HALF_LIFE_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * Factor a contribution is multiplied by when stored: 2^((at − EVIDENCE_EPOCH)/halfLife).
 * Adding a report at `at` stores contribution × evidenceScale(at); `decayFeatures` brings
 * the sum back to any `now` by one multiplication, so no stored row ever needs rewriting.
 *
 * Stays finite while (at − epoch)/halfLife < 1024 half-lives: 490 years at 180 days, but only
 * 2.8 years at 1 day, so keep SCORE_HALF_LIFE_DAYS ≥ 7 (54 years). Throws rather than store
 * Infinity.
 *
 * @example
 * evidenceScale(EVIDENCE_EPOCH + 180 * 86_400_000, 180) // 2
 */
export function evidenceScale(at: number, halfLifeDays: number): number {
  const scale = 2 ** ((at - EVIDENCE_EPOCH) / halfLifeMs(halfLifeDays));
  if (!Number.isFinite(scale) || scale === 0) throw new RangeError(`evidence scale out of range at ${at} with a half-life of ${halfLifeDays} days`);
  return scale;
}

/**
 * Stored sums decayed to `now`: each value × 2^(−(now − EVIDENCE_EPOCH)/halfLife).
 *
 * @example
 * const at = Date.UTC(2025, 0, 1);
 * decayFeatures({ voices: evidenceScale(at, 180) }, at + 360 * 86_400_000, 180) // { voices: 0.25 }
 */
export function decayFeatures(stored: FeatureVector, now: number, halfLifeDays: number): FeatureVector {
  const factor = 1 / evidenceScale(now, halfLifeDays);
  const out: Record<string, number> = {};
  for (const [feature, value] of Object.entries(stored)) out[feature] = value * factor;
  return out;
}

function halfLifeMs(halfLifeDays: number): number {
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) throw new RangeError(`half-life must be a positive number of days, got ${halfLifeDays}`);
  return halfLifeDays * DAY_MS;
}

/** Prefix of a number's features stored and decayed with the 30-day half-life. */
export const RECENT = 'recent:';
