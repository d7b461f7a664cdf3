import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentScore, roundProbability, roundTo } from '../../../src/domain/scoring';
import { blockArb, logit, numberTypes, scamFacts, scoreVoices, voiceArb, FULL } from './arbitraries';

const voicesArb = fc.array(voiceArb, { maxLength: 25 });
const optionsArb = fc.record({
  numberType: fc.constantFrom(...numberTypes),
  block: fc.option(blockArb, { nil: undefined }),
  official: fc.boolean(),
  openDispute: fc.boolean(),
});

/** Digits after the decimal point as JSON writes the number. */
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('presentScore', () => {
  it('rounds, and the shown weights still sum to logit of the shown probability within 1e-6', () => {
    fc.assert(
      fc.property(voicesArb, optionsArb, (voices, options) => {
        const exact = scoreVoices(voices, options);
        const shown = presentScore(exact);
        const total = shown.reasons.reduce((sum, reason) => sum + reason.weight, 0);
        expect(Math.abs(total - logit(shown.scam_probability))).toBeLessThan(1e-6);

        expect(shown.scam_probability).toBeGreaterThan(0);
        expect(shown.scam_probability).toBeLessThan(1);
        expect(Math.abs(logit(shown.scam_probability) - logit(exact.scam_probability))).toBeLessThan(0.006);
        expect(decimals(shown.abuse.score)).toBeLessThanOrEqual(3);
        expect(shown.reasons.map((r) => r.code)).toEqual(exact.reasons.map((r) => r.code));
        shown.reasons.forEach((reason, i) => {
          const before = exact.reasons[i]!;
          expect(decimals(reason.weight)).toBeLessThanOrEqual(6);
          // Nothing moves by more than rounding plus its share of the probability's rounding.
          expect(Math.abs(reason.weight - before.weight)).toBeLessThan(0.01);
          if (before.weight === 0) expect(reason.weight).toBe(0);
          // The prior stays as the model states it, unless it is the only weight there is to carry the rounding.
          const evidence = exact.reasons.some((r) => r.code !== 'prior' && r.weight !== 0);
          if (before.code === 'prior' && evidence) expect(reason.weight).toBeCloseTo(before.weight, 6);
        });
        // The verdict and everything that is not a number are as scored.
        // The interval is rounded outwards to 3 decimals and still holds the shown probability.
        expect(decimals(shown.interval.lower)).toBeLessThanOrEqual(3);
        expect(decimals(shown.interval.upper)).toBeLessThanOrEqual(3);
        expect(shown.interval.lower).toBeLessThanOrEqual(Math.min(shown.scam_probability, exact.interval.lower));
        expect(shown.interval.upper).toBeGreaterThanOrEqual(Math.max(shown.scam_probability, exact.interval.upper));
        expect({ ...shown, scam_probability: 0, voices: 0, interval: null, abuse: shown.abuse.level, reasons: shown.reasons.map((r) => r.message) }).toEqual({
          ...exact,
          scam_probability: 0,
          voices: 0,
          interval: null,
          abuse: exact.abuse.level,
          reasons: exact.reasons.map((r) => r.message),
        });
      }),
      { numRuns: 400 },
    );
  });

  it('shows an official number as 0.01 with weights that reach it', () => {
    const shown = presentScore(scoreVoices(Array.from({ length: 6 }, () => ({ facts: scamFacts, weight: FULL })), { official: true }));
    expect(shown.scam_probability).toBe(0.01);
    expect(Math.abs(shown.reasons.reduce((s, r) => s + r.weight, 0) - logit(0.01))).toBeLessThan(1e-6);
  });
});

describe('roundProbability', () => {
  it.each([
    [0.5, 0.5],
    [0.4567891, 0.457],
    [0.1234, 0.123],
    [0.0123456, 0.0123],
    [0.000061234, 0.0000612],
    [0.9337123, 0.9337],
    [0.9995432, 0.999543],
    [0.999994, 0.999994],
  ])('%d → %d', (p, shown) => {
    expect(roundProbability(p)).toBe(shown);
  });

  it('never shows certainty', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        const shown = roundProbability(p);
        expect(shown).toBeGreaterThan(0);
        expect(shown).toBeLessThan(1);
        expect(Math.abs(shown - p) / Math.min(p, 1 - p)).toBeLessThan(0.06);
      }),
    );
  });

  it('roundTo keeps the decimals asked for', () => {
    expect(roundTo(2 / 3, 3)).toBe(0.667);
    expect(roundTo(0.1 + 0.2, 3)).toBe(0.3);
  });
});
