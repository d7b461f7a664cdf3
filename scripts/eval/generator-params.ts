/**
 * The knobs of the synthetic population, and two ways to set them: `FIXED_PARAMETERS`, the
 * population the model was first checked against, and `drawParameters(seed)`, a second
 * generator whose every rate and answer distribution is drawn per seed from wide ranges
 * chosen independently of the model. A model tuned to one parameter set shows it on the
 * other.
 */
import { seededRandom, type Random } from '../seeded-random';

export interface GeneratorParameters {
  name: 'fixed' | 'drawn';
  scamOperations: number;
  agencies: number;
  /** How scam operations pick numbers: one virtual 100-block, random mobiles, fixed lines. */
  scamKinds: { virtual: number; mobile: number; fixed: number };
  /** A scam number lives this many days, gets 1 + Poisson(victimsMean) victim reports. */
  lifeDays: [number, number];
  victimsMean: number;
  /** Operations that claim a made-up department (unresolved text) rather than a real lender. */
  fakeClaimShare: number;
  /** A victim names the operation's claim (else a random lender or nothing). */
  claimNamed: number;
  /** Operations whose operators post praise on their own numbers from aged tokens. */
  selfPromoShare: number;
  selfPromoTokens: [number, number];
  carelessShare: number;
  regularShare: number;
  massCampaigns: number;
  slowSmears: number;
  smearTokens: [number, number];
  /** Days between two slow-smear reports. */
  smearGapDays: [number, number];
  /** σ of the log-normal factor every answer weight and tag rate is multiplied by (0: as written). */
  tilt: number;
  tiltSeed: number;
}

export const FIXED_PARAMETERS: GeneratorParameters = {
  name: 'fixed',
  scamOperations: 70,
  agencies: 110,
  scamKinds: { virtual: 55, mobile: 30, fixed: 15 },
  lifeDays: [5, 30],
  victimsMean: 2.5,
  fakeClaimShare: 0.55,
  claimNamed: 0.75,
  selfPromoShare: 0.3,
  selfPromoTokens: [3, 3],
  carelessShare: 0.12,
  regularShare: 0.12,
  massCampaigns: 8,
  slowSmears: 6,
  smearTokens: [12, 12],
  smearGapDays: [2, 5],
  tilt: 0,
  tiltSeed: 0,
};

/** The second generator: every parameter drawn per seed. */
export function drawParameters(seed: number): GeneratorParameters {
  const r = seededRandom(seed ^ 0x5bd1e995);
  const between = (lo: number, hi: number) => lo + (hi - lo) * r();
  const virtual = between(20, 70);
  const mobile = between(15, 60);
  const lifeMin = r.int(2, 8);
  const tokens = r.int(3, 5);
  const smear = r.int(8, 16);
  return {
    name: 'drawn',
    scamOperations: r.int(50, 90),
    agencies: r.int(80, 140),
    scamKinds: { virtual, mobile, fixed: 100 - virtual - mobile > 5 ? 100 - virtual - mobile : 5 },
    lifeDays: [lifeMin, lifeMin + r.int(10, 40)],
    victimsMean: between(1.2, 3),
    fakeClaimShare: between(0.35, 0.8),
    claimNamed: between(0.5, 0.9),
    selfPromoShare: between(0.15, 0.45),
    selfPromoTokens: [tokens, tokens + r.int(0, 2)],
    carelessShare: between(0.05, 0.2),
    regularShare: between(0.05, 0.2),
    massCampaigns: r.int(5, 12),
    slowSmears: r.int(4, 9),
    smearTokens: [smear, smear + r.int(0, 6)],
    smearGapDays: [1, r.int(3, 7)],
    tilt: between(0.25, 0.6),
    tiltSeed: r.int(1, 2 ** 30),
  };
}

/**
 * Multiplies each named distribution's weights (or rates) by a fixed per-seed log-normal
 * factor, so the drawn generator's victims, customers and careless reporters answer with
 * other proportions than the fixed one's.
 */
export function tilter(params: GeneratorParameters): <T extends Record<string, number>>(name: string, weights: T, rates?: boolean) => T {
  const r = seededRandom(params.tiltSeed);
  const factors = new Map<string, number>();
  const factor = (key: string) => {
    let f = factors.get(key);
    if (f === undefined) factors.set(key, (f = Math.exp(params.tilt * gaussian(r))));
    return f;
  };
  return (name, weights, rates = false) => {
    if (params.tilt === 0) return weights;
    const out: Record<string, number> = {};
    for (const [key, w] of Object.entries(weights)) out[key] = rates ? Math.min(0.95, w * factor(`${name}.${key}`)) : w * factor(`${name}.${key}`);
    return out as typeof weights;
  };
}

function gaussian(r: Random): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}
