import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreNumber } from '../../../src/domain/scoring';
import { UNLISTED_AGENCY_NATS } from '../../../src/domain/scoring/agency-lists';
import { blockArb, evidenceOf, logit, NOW, numberTypes, voiceArb } from './arbitraries';

/** Scores voices with a number of reports naming a company not on its lender's published list. */
const inputArb = fc.record({
  voices: fc.array(voiceArb, { maxLength: 10 }),
  numberType: fc.constantFrom(...numberTypes),
  block: blockArb,
  official: fc.boolean(),
  unlisted: fc.integer({ min: 0, max: 50 }),
});

type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

const score = (input: Input, unlisted = input.unlisted) =>
  scoreNumber({
    now: NOW,
    numberType: input.numberType,
    evidence: evidenceOf(input.voices),
    blockEvidence: input.block,
    official: input.official,
    openDispute: false,
    unlistedAgencyReports: unlisted,
  });

describe('an unlisted agency in the score', () => {
  it('keeps the reasons summing to logit(p), with its own reason on the scam side', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = score(input);
        const total = result.reasons.reduce((sum, reason) => sum + reason.weight, 0);
        expect(Math.abs(total - logit(result.scam_probability))).toBeLessThan(1e-6);
        const reason = result.reasons.find((r) => r.code === 'agency_not_on_lender_list');
        if (input.unlisted === 0) expect(reason).toBeUndefined();
        else {
          expect(reason?.effect).toBe('scam');
          expect(reason!.weight).toBeGreaterThan(0);
          expect(reason!.weight).toBeLessThanOrEqual(UNLISTED_AGENCY_NATS);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone: one more such report never lowers p, and an official number stays official', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = score(input);
        const after = score(input, input.unlisted + 1);
        expect(after.scam_probability).toBeGreaterThanOrEqual(before.scam_probability - 1e-12);
        if (input.official) expect(after.verdict).toBe('official');
      }),
      { numRuns: 300 },
    );
  });

  it('moves a number with no other evidence, but never alone to likely_scam', () => {
    const none = scoreNumber({ now: NOW, numberType: 'mobile', evidence: {}, blockEvidence: {}, official: false, openDispute: false, unlistedAgencyReports: 0 });
    const many = scoreNumber({ now: NOW, numberType: 'mobile', evidence: {}, blockEvidence: {}, official: false, openDispute: false, unlistedAgencyReports: 20 });
    expect(many.scam_probability).toBeGreaterThan(none.scam_probability);
    expect(many.verdict).not.toBe('likely_scam');
  });
});
