import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportVote, scoreNumber } from '../../../src/domain/scoring';
import {
  FULL, NOW, baseFacts, blockArb, evidenceOf, factsArb, legitFacts, logit, numberTypes, scamFacts, scoreVoices, voiceArb, weightArb,
} from './arbitraries';

const voicesArb = fc.array(voiceArb, { maxLength: 12 });
const optionsArb = fc.record({
  numberType: fc.constantFrom(...numberTypes),
  block: blockArb,
  official: fc.boolean(),
  openDispute: fc.boolean(),
});

describe('scoreNumber properties', () => {
  it('is bounded, deterministic and its scam-axis reasons sum to logit(p)', () => {
    fc.assert(
      fc.property(voicesArb, optionsArb, (voices, options) => {
        const score = scoreVoices(voices, options);
        expect(score.scam_probability).toBeGreaterThan(0);
        expect(score.scam_probability).toBeLessThan(1);
        expect(score.abuse.score).toBeGreaterThanOrEqual(0);
        expect(score.abuse.score).toBeLessThanOrEqual(1);
        expect(score.reasons[0]!.code).toBe('prior');
        const total = score.reasons.reduce((sum, reason) => sum + reason.weight, 0);
        expect(Math.abs(total - logit(score.scam_probability))).toBeLessThan(1e-6);
        for (const reason of score.reasons) {
          expect(Number.isFinite(reason.weight)).toBe(true);
          if (reason.effect === 'abuse') expect(reason.weight).toBe(0);
          expect(reason.message['zh-CN'].length).toBeGreaterThan(0);
          expect(reason.message.en.length).toBeGreaterThan(0);
        }
        expect(scoreVoices(voices, options)).toEqual(score);
      }),
      { numRuns: 400 },
    );
  });

  it('is monotone: a scam-leaning voice never lowers p, a legit-leaning one never raises it', () => {
    fc.assert(
      fc.property(voicesArb, optionsArb, voiceArb, (voices, options, added) => {
        const before = scoreVoices(voices, options).scam_probability;
        const after = scoreVoices([...voices, added], options).scam_probability;
        const vote = reportVote(added.facts);
        if (vote > 0) expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        if (vote < 0) expect(after).toBeLessThanOrEqual(before + 1e-12);
        if (vote === 0) expect(after).toBeCloseTo(before, 12);
      }),
      { numRuns: 400 },
    );
  });

  it('never gives likely_scam or likely_legitimate on a single voice, whatever it says, unless its block\'s reporters stand behind it', () => {
    fc.assert(
      fc.property(voiceArb, optionsArb, (voice, options) => {
        const { verdict } = scoreVoices([voice], { ...options, official: false, block: {} });
        expect(['unknown', 'suspicious']).toContain(verdict);
        // With a block: the several reporters may be spread over the number and its block, never the number's one voice alone.
        const withBlock = scoreVoices([voice], { ...options, official: false });
        const block = options.block;
        if (withBlock.verdict === 'likely_scam') expect(block.scam_votes! > block.legit_votes! && block.voices! > 0).toBe(true);
        if (withBlock.verdict === 'likely_legitimate') expect(block.legit_votes! > block.scam_votes! && block.voices! > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(scoreVoices([]).verdict).toBe('unknown');
    expect(scoreVoices([{ facts: scamFacts, weight: FULL }]).verdict).toBe('suspicious');
    expect(scoreVoices([{ facts: legitFacts, weight: FULL }]).verdict).toBe('unknown');
  });

  it('reaches likely_scam and likely_legitimate with several independent voices', () => {
    const three = (facts: typeof scamFacts) => Array.from({ length: 3 }, () => ({ facts, weight: FULL }));
    expect(scoreVoices(three(scamFacts)).verdict).toBe('likely_scam');
    expect(scoreVoices(three(legitFacts)).verdict).toBe('likely_legitimate');
    // Two heavily discounted voices are not "several".
    expect(scoreVoices(three(scamFacts).map((v) => ({ ...v, weight: { weight: 0.3, discounts: ['burst'] } }))).verdict).not.toBe('likely_scam');
  });

  it('counts coordinated voices (burst, fresh tokens, one network) as one independent voice at most', () => {
    const swarm = Array.from({ length: 200 }, () => ({ facts: scamFacts, weight: { weight: 0.05, discounts: ['fresh_tokens'] } }));
    const score = scoreVoices([{ facts: scamFacts, weight: FULL }, ...swarm]);
    expect(score.verdict).not.toBe('likely_scam'); // 1 independent person; the swarm is not independent
    expect(score.confidence).toBe('low');
    expect(score.reasons.map((r) => r.code)).toContain('coordinated_reports');
  });

  it('keeps abuse on its own axis: conduct alone does not move p', () => {
    const conduct = fc.subarray(['threats', 'insults', 'third_party_contact', 'out_of_hours', 'repeated_calls'] as const, { minLength: 1 });
    fc.assert(
      fc.property(voicesArb, factsArb, weightArb, conduct, (voices, facts, weight, tags) => {
        const calm = { ...facts, tags: facts.tags.filter((tag) => !(tags as readonly string[]).includes(tag)) };
        const rude = { ...calm, tags: [...calm.tags, ...tags] };
        const a = scoreVoices([...voices, { facts: calm, weight }]);
        const b = scoreVoices([...voices, { facts: rude, weight }]);
        expect(b.scam_probability).toBeCloseTo(a.scam_probability, 12);
        expect(b.abuse.score).toBeGreaterThanOrEqual(a.abuse.score);
      }),
      { numRuns: 200 },
    );
  });

  it('scores a threatening but hotline-confirmed agency legitimate and abusive', () => {
    const abusive = { ...legitFacts, tags: ['threats', 'insults', 'out_of_hours'] as const };
    const score = scoreVoices(Array.from({ length: 5 }, () => ({ facts: { ...abusive, tags: [...abusive.tags] }, weight: FULL })));
    expect(score.verdict).toBe('likely_legitimate');
    expect(score.abuse.level).toBe('high');
    expect(score.reasons.some((r) => r.effect === 'abuse' && r.code === 'abuse_threats')).toBe(true);
  });

  it('pins an official number to official, however many spoofing reports it gets', () => {
    fc.assert(
      fc.property(voicesArb, blockArb, (voices, block) => {
        const score = scoreVoices(voices, { official: true, block, numberType: 'service' });
        expect(score.verdict).toBe('official');
        expect(score.scam_probability).toBeLessThanOrEqual(0.01 + 1e-12);
      }),
      { numRuns: 200 },
    );
    const spoofed = { ...scamFacts, tags: ['spoofed_local_number'] as const };
    const score = scoreVoices(Array.from({ length: 30 }, () => ({ facts: { ...spoofed, tags: [...spoofed.tags] }, weight: FULL })), {
      official: true,
      numberType: 'service',
    });
    expect(score.verdict).toBe('official');
    expect(score.reasons.map((r) => r.code)).toContain('spoofing_reports');
  });

  it('pools a 100-block: scam on the neighbours raises a fresh number, with a reason, monotonically', () => {
    const fresh = scoreVoices([]);
    const pooled = scoreVoices([], { block: { voices: 8, scam_votes: 8 } });
    expect(pooled.scam_probability).toBeGreaterThan(fresh.scam_probability);
    expect(pooled.reasons.find((r) => r.code === 'range_pooling')?.effect).toBe('scam');
    fc.assert(
      fc.property(voicesArb, blockArb, fc.double({ min: 0, max: 20, noNaN: true }), (voices, block, extra) => {
        const before = scoreVoices(voices, { block }).scam_probability;
        const after = scoreVoices(voices, { block: { ...block, scam_votes: block.scam_votes! + extra } }).scam_probability;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('shows discounted voices as reasons', () => {
    const burst = { weight: 0.2, discounts: ['burst', 'fresh_tokens'] };
    const score = scoreVoices(Array.from({ length: 4 }, () => ({ facts: scamFacts, weight: burst })));
    const codes = score.reasons.map((r) => r.code);
    expect(codes).toContain('discount_burst');
    expect(codes).toContain('discount_fresh_tokens');
    expect(score.reasons.find((r) => r.code === 'discount_burst')!.effect).toBe('legit');
  });

  it('ignores negative dust and unknown features', () => {
    const score = scoreNumber({
      now: NOW,
      numberType: 'mobile',
      evidence: { voices: -1e-12, 'scam:hotline_denied': -1e-12, nonsense: 5 },
      blockEvidence: { scam_votes: -1e-12 },
      official: false,
      openDispute: false,
    });
    expect(score.scam_probability).toBe(0.5);
    expect(evidenceOf([{ facts: baseFacts, weight: FULL }])).toEqual({ voices: 1, raw_voices: 1, people: 1 });
  });
});
