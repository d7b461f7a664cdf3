import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreVoices, legitFacts, scamFacts, voiceArb, type Voice } from './arbitraries';

/** An operator's praise: aged tokens with almost no history (thin), each at full trust. */
const thin = (count: number): Voice[] => Array.from({ length: count }, () => ({ facts: legitFacts, weight: { weight: 0.7, discounts: ['thin_token'] } }));
const independent = (facts: Voice['facts'], weight = 0.7): Voice => ({ facts, weight: { weight, discounts: [] } });

describe('praise that only a coordinated pool speaks', () => {
  it('makes a number at least suspicious, with a note, and leaves the probability where the prior put it', () => {
    const empty = scoreVoices([]);
    const score = scoreVoices(thin(3));
    expect(score.verdict).toBe('suspicious');
    expect(score.scam_probability).toBeCloseTo(empty.scam_probability, 12);
    const note = score.reasons.find((r) => r.code === 'promoted_praise')!;
    expect(note.weight).toBe(0);
    expect(note.effect).toBe('scam');
    expect(note.message.en).toContain('no independent report backs it');
    // It explains the verdict, so it comes before the discount notes.
    const codes = score.reasons.map((r) => r.code);
    expect(codes.indexOf('promoted_praise')).toBeLessThan(codes.indexOf('discount_thin_token'));
    expect(note.message['zh-CN']).toContain('刷好评');
  });

  it('does not fire for two honest first-time customers arriving together, nor when independent praise backs the pool', () => {
    // The second fresh token within 6 hours is pooled at half weight: 0.7 + 0.35 votes of praise.
    const pair: Voice[] = [{ facts: legitFacts, weight: { weight: 0.7, discounts: ['fresh_tokens'] } }, { facts: legitFacts, weight: { weight: 0.35, discounts: ['fresh_tokens'] } }];
    expect(scoreVoices(pair).verdict).toBe('unknown');
    const backed = scoreVoices([...thin(3), independent(legitFacts), independent(legitFacts)]);
    expect(backed.verdict).not.toBe('suspicious');
    expect(backed.reasons.map((r) => r.code)).not.toContain('promoted_praise');
  });

  it('never lowers a verdict that already warns, and never touches an official number', () => {
    const victims = scoreVoices([...thin(3), independent(scamFacts, 1), independent(scamFacts, 1), independent(scamFacts, 1)]);
    expect(victims.verdict).toBe('likely_scam');
    expect(scoreVoices(thin(3), { official: true }).verdict).toBe('official');
  });

  it('only ever moves unknown or likely_legitimate to suspicious, with the note', () => {
    fc.assert(
      fc.property(fc.array(voiceArb, { maxLength: 10 }), fc.integer({ min: 0, max: 6 }), (voices, praise) => {
        const score = scoreVoices([...voices, ...thin(praise)]);
        const noted = score.reasons.some((r) => r.code === 'promoted_praise');
        if (noted) expect(score.verdict).toBe('suspicious');
        // It fires only where the probability alone gave no warning.
        if (noted) expect(score.scam_probability).toBeLessThan(0.6);
      }),
      { numRuns: 300 },
    );
  });
});
