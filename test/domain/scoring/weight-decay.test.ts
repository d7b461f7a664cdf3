import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HALF_LIFE_DAYS, EVIDENCE_EPOCH, decayFeatures, evidenceScale, isCoordinated, voiceContribution, voiceWeight, type VoiceContext,
} from '../../../src/domain/scoring';
import { DAY, FULL, NOW, factsArb, scamFacts } from './arbitraries';

const contextArb: fc.Arbitrary<VoiceContext> = fc.record({
  now: fc.integer({ min: EVIDENCE_EPOCH, max: EVIDENCE_EPOCH + 3_000 * DAY }),
  reporter: fc.record({
    firstSeenAt: fc.integer({ min: EVIDENCE_EPOCH - 1_000 * DAY, max: EVIDENCE_EPOCH + 3_000 * DAY }),
    reportsCount: fc.nat({ max: 100_000 }),
    agreed: fc.nat({ max: 1_000 }),
    disagreed: fc.nat({ max: 1_000 }),
  }),
  recent: fc.record({
    lastHour: fc.nat({ max: 10_000 }),
    lastDay: fc.nat({ max: 10_000 }),
    freshReportersNearby: fc.nat({ max: 10_000 }),
    sameIpPrefixLastDay: fc.nat({ max: 10_000 }),
  }),
});

const quiet = { lastHour: 0, lastDay: 0, freshReportersNearby: 0, sameIpPrefixLastDay: 0 };
const newcomer = (now: number) => ({ firstSeenAt: now, reportsCount: 0, agreed: 0, disagreed: 0 });

describe('voiceWeight', () => {
  it('stays in (0, 1]', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const { weight, discounts } = voiceWeight(ctx);
        expect(weight).toBeGreaterThan(0);
        expect(weight).toBeLessThanOrEqual(1);
        expect(new Set(discounts).size).toBe(discounts.length);
      }),
      { numRuns: 500 },
    );
  });

  it('trusts a reporter with agreeing history fully and a new token a bit less, without a discount', () => {
    expect(voiceWeight({ now: NOW, reporter: { ...newcomer(NOW - 60 * DAY), reportsCount: 3, agreed: 3 }, recent: quiet })).toEqual({ weight: 1, discounts: [] });
    const fresh = voiceWeight({ now: NOW, reporter: newcomer(NOW), recent: quiet });
    expect(fresh.weight).toBeCloseTo(0.7);
    expect(fresh.discounts).toEqual([]);
  });

  it('gives age alone nothing: an old token without agreeing history is thin, and thin voices are coordinated', () => {
    const thin = voiceWeight({ now: NOW, reporter: { ...newcomer(NOW - 200 * DAY), reportsCount: 1 }, recent: quiet });
    expect(thin.weight).toBeCloseTo(0.7);
    expect(thin.discounts).toEqual(['thin_token']);
    expect(isCoordinated(thin)).toBe(true);
    // A first-time reporter is not thin (that is what real victims look like), nor is a deep one.
    expect(voiceWeight({ now: NOW, reporter: newcomer(NOW - 200 * DAY), recent: quiet }).discounts).toEqual([]);
    expect(voiceWeight({ now: NOW, reporter: { ...newcomer(NOW - 200 * DAY), reportsCount: 4, agreed: 2 }, recent: quiet }).discounts).toEqual([]);
    // Depth grows with agreeing voices, monotonically.
    const weights = [0, 1, 2, 3, 4].map((agreed) => voiceWeight({ now: NOW, reporter: { ...newcomer(NOW - 90 * DAY), reportsCount: 5, agreed }, recent: quiet }).weight);
    for (let i = 1; i < weights.length; i++) expect(weights[i]).toBeGreaterThanOrEqual(weights[i - 1]!);
    expect(weights[4]).toBe(1);
  });

  it('discounts a burst, fresh tokens and a shared IP prefix, each with its code', () => {
    const single = voiceWeight({ now: NOW, reporter: newcomer(NOW), recent: quiet }).weight;
    const burst = voiceWeight({ now: NOW, reporter: newcomer(NOW), recent: { ...quiet, lastHour: 20, lastDay: 40, freshReportersNearby: 40 } });
    expect(burst.weight).toBeLessThan(single / 10);
    expect(burst.discounts).toEqual(expect.arrayContaining(['burst', 'fresh_tokens']));
    const sameIp = voiceWeight({ now: NOW, reporter: newcomer(NOW), recent: { ...quiet, lastDay: 1, sameIpPrefixLastDay: 1 } });
    expect(sameIp.discounts).toEqual(['shared_ip_prefix']);
    expect(sameIp.weight).toBeLessThan(single);
    const bot = voiceWeight({ now: NOW, reporter: { ...newcomer(NOW - DAY), reportsCount: 500 }, recent: quiet });
    expect(bot.discounts).toContain('prolific_reporter');
    const contrarian = voiceWeight({ now: NOW, reporter: { ...newcomer(NOW - 90 * DAY), agreed: 1, disagreed: 9 }, recent: quiet });
    expect(contrarian.discounts).toContain('low_agreement');
  });

  it('gives a Sybil campaign of any size a bounded total weight', () => {
    for (const size of [10, 100, 1_000, 10_000]) {
      let total = 0;
      for (let i = 0; i < size; i++) {
        const at = NOW + (i * DAY) / size; // all within one day
        total += voiceWeight({
          now: at,
          reporter: newcomer(at),
          recent: { lastHour: Math.floor(i / 24), lastDay: i, freshReportersNearby: i, sameIpPrefixLastDay: 0 },
        }).weight;
      }
      expect(total).toBeLessThan(6);
    }
  });

  it('tolerates nonsense counts', () => {
    const ctx = { now: NOW, reporter: { firstSeenAt: NOW + DAY, reportsCount: -1, agreed: NaN, disagreed: -5 }, recent: { ...quiet, lastDay: -3 } };
    expect(voiceWeight(ctx).weight).toBeCloseTo(0.7);
  });
});

describe('time decay', () => {
  it('makes a two-year-old report weigh under an eighth of a fresh one at the default half-life', () => {
    const contribution = voiceContribution(scamFacts, FULL);
    const old = NOW - 730 * DAY;
    const stored: Record<string, number> = {};
    for (const [feature, value] of Object.entries(contribution)) stored[feature] = value * evidenceScale(old, DEFAULT_HALF_LIFE_DAYS);
    const decayed = decayFeatures(stored, NOW, DEFAULT_HALF_LIFE_DAYS);
    for (const [feature, value] of Object.entries(contribution)) expect(decayed[feature]!).toBeLessThan(value / 8);
    expect(decayed.voices).toBeCloseTo(2 ** (-730 / 180), 9);
  });

  it('decays by exactly 2^(−age/half-life), whatever the storage time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * 365 }),
        fc.integer({ min: 0, max: 3_650 }),
        fc.double({ min: 7, max: 3_650, noNaN: true }),
        factsArb,
        (ageDays, atDays, halfLife, facts) => {
          const at = EVIDENCE_EPOCH + atDays * DAY;
          const now = at + ageDays * DAY;
          const value = voiceContribution(facts, FULL).voices!;
          const decayed = decayFeatures({ voices: value * evidenceScale(at, halfLife) }, now, halfLife).voices!;
          expect(decayed).toBeCloseTo(value * 2 ** (-ageDays / halfLife), 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects a non-positive half-life', () => {
    expect(() => evidenceScale(NOW, 0)).toThrow(RangeError);
    expect(() => evidenceScale(EVIDENCE_EPOCH + 2_000 * DAY, 1)).toThrow(RangeError); // 2^2000 would be Infinity
  });
});
