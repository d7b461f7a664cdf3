import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportVote, scoreNumber, verdictOf } from '../../../src/domain/scoring';
import { FULL, NOW, blockArb, evidenceOf, factsArb, legitFacts, logit, operationArb, scamFacts, scoreVoices, voiceArb, weightArb, type Voice } from './arbitraries';

const voicesArb = fc.array(voiceArb, { maxLength: 12 });
const sum = (weights: number[]) => weights.reduce((a, b) => a + b, 0);

describe('operations, contradiction, inertia and the interval', () => {
  it('keeps reasons summing to logit(p) and the interval around p, with an operation', () => {
    fc.assert(
      fc.property(voicesArb, blockArb, fc.option(operationArb, { nil: null }), (voices, block, operation) => {
        const score = scoreVoices(voices, { block, operation });
        expect(Math.abs(sum(score.reasons.map((r) => r.weight)) - logit(score.scam_probability))).toBeLessThan(1e-6);
        expect(score.interval.lower).toBeLessThanOrEqual(score.scam_probability + 1e-12);
        expect(score.interval.upper).toBeGreaterThanOrEqual(score.scam_probability - 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone with an operation and contradiction-aware weighting: a scam-leaning voice never lowers p', () => {
    fc.assert(
      fc.property(voicesArb, fc.option(operationArb, { nil: null }), voiceArb, (voices, operation, added) => {
        const before = scoreVoices(voices, { operation }).scam_probability;
        const after = scoreVoices([...voices, added], { operation }).scam_probability;
        const vote = reportVote(added.facts);
        if (vote > 0) expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        if (vote < 0) expect(after).toBeLessThanOrEqual(before + 1e-12);
      }),
      { numRuns: 400 },
    );
  });

  it('is monotone in the operation: more scam on its other numbers never lowers p', () => {
    fc.assert(
      fc.property(voicesArb, operationArb, fc.double({ min: 0, max: 20, noNaN: true }), (voices, operation, extra) => {
        const before = scoreVoices(voices, { operation }).scam_probability;
        const more = { ...operation, evidence: { ...operation.evidence, scam_votes: operation.evidence.scam_votes! + extra } };
        expect(scoreVoices(voices, { operation: more }).scam_probability).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('names the operation in its reason, in both languages, and lets several reporters across it give likely_scam', () => {
    const operation = { name: '网贷清退中心', numbers: 14, since: Date.UTC(2026, 2, 3), evidence: { voices: 12, scam_votes: 11, legit_votes: 0 }, named: 0.7, recentNamed: 0.7 };
    const alone = scoreVoices([{ facts: scamFacts, weight: { weight: 0.7, discounts: [] } }]);
    const inOperation = scoreVoices([{ facts: scamFacts, weight: { weight: 0.7, discounts: [] } }], { operation });
    expect(alone.verdict).toBe('suspicious');
    expect(inOperation.verdict).toBe('likely_scam');
    const reason = inOperation.reasons.find((r) => r.code === 'operation')!;
    expect(reason.effect).toBe('scam');
    expect(reason.message.en).toContain('part of an operation of 14 numbers reported since March 2026 claiming "网贷清退中心"');
    expect(reason.message['zh-CN']).toContain('网贷清退中心');
    expect(reason.message['zh-CN']).toContain('2026 年 3 月');
  });

  it('never gives likely_* on one report alone (no operation or block behind it)', () => {
    fc.assert(
      fc.property(voiceArb, (voice) => {
        expect(['unknown', 'suspicious']).toContain(scoreVoices([voice]).verdict);
      }),
      { numRuns: 300 },
    );
  });

  it('lets a pool be corroborated only by what independent reporters said at the same time', () => {
    const victims = [{ facts: scamFacts, weight: { weight: 0.7, discounts: [] } }, { facts: scamFacts, weight: { weight: 0.7, discounts: [] } }];
    const swarm = Array.from({ length: 20 }, () => ({ facts: scamFacts, weight: { weight: 0.3, discounts: ['burst', 'fresh_tokens'] } }));
    const current = evidenceOf([...victims, ...swarm]);
    // The same votes, but the victims spoke months before the swarm: their 30-day features have faded to nothing.
    const stale = { ...current, 'recent:scam_votes': 0, 'recent:hard': 0 };
    const pooled = (evidence: Record<string, number>) =>
      scoreNumber({ now: NOW, numberType: 'mobile', evidence, blockEvidence: {}, official: false, openDispute: false }).reasons.find((r) => r.code === 'coordinated_reports')?.weight ?? 0;
    expect(pooled(current)).toBeGreaterThan(0.3);
    expect(pooled(stale)).toBe(0);
  });

  it('lets the block\'s reporters count towards several voices, but never ground likely_scam', () => {
    const victim = { facts: scamFacts, weight: { weight: 0.7, discounts: [] } };
    const block = { voices: 6, scam_votes: 5, legit_votes: 0.5 };
    // One first-time victim: one person, 0.7 of a vote. In a block full of scam reports the
    // block's reporters are the second voice, and the victim's own report grounds the verdict.
    expect(scoreVoices([victim]).verdict).toBe('suspicious');
    expect(scoreVoices([victim], { block }).verdict).toBe('likely_scam');
    // The block never grounds it: under half an independent scam vote of the number's own stays suspicious, however many neighbours.
    expect(verdictOf(0.95, 3, false, { scam: 1, legit: 0, independentScam: 0.4, grounding: 0 })).toBe('suspicious');
    expect(verdictOf(0.95, 3, false, { scam: 1, legit: 0, independentScam: 0.5, grounding: 0 })).toBe('likely_scam');
    // A block that leans legitimate stands behind no scam verdict.
    expect(scoreVoices([victim], { block: { voices: 6, scam_votes: 0.5, legit_votes: 5 } }).verdict).toBe('suspicious');
  });

  it('counts praise contradicted by hard scam facts for less, and says so', () => {
    const praise: Voice[] = Array.from({ length: 3 }, () => ({ facts: legitFacts, weight: FULL }));
    const victim: Voice = { facts: scamFacts, weight: { weight: 0.7, discounts: [] } };
    const score = scoreVoices([...praise, victim]);
    const reason = score.reasons.find((r) => r.code === 'contradicted_praise')!;
    expect(reason.effect).toBe('scam');
    expect(reason.weight).toBeGreaterThan(0);
    expect(reason.message.en).toContain('counts for less');
    // Without the hard fact, nothing is contradicted.
    const soft = { ...victim, facts: { ...scamFacts, hotlineCheck: 'not_tried' as const, paymentRequested: 'none' as const, tags: ['fake_legal_documents' as const] } };
    expect(scoreVoices([...praise, soft]).reasons.map((r) => r.code)).not.toContain('contradicted_praise');
  });

  it('never gives likely_scam to a number with independent legitimate history, however large a coordinated campaign', () => {
    const coordinated = fc.record({
      weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
      discounts: fc.subarray(['burst', 'fresh_tokens', 'shared_ip_prefix', 'thin_token'], { minLength: 1 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.double({ min: 0.7, max: 1, noNaN: true }), discounts: fc.constant<string[]>([]) }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.record({ facts: factsArb, weight: coordinated }), { minLength: 1, maxLength: 300 }),
        blockArb,
        (legit, campaign, block) => {
          const voices = [...legit.map((weight) => ({ facts: legitFacts, weight })), ...campaign];
          expect(scoreVoices(voices, { block, numberType: 'virtual_mobile' }).verdict).not.toBe('likely_scam');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts one reporter once: a voice repeated by coordinated copies adds at most one independent voice', () => {
    fc.assert(
      fc.property(weightArb, fc.integer({ min: 2, max: 200 }), (weight, copies) => {
        const pooled = { weight: weight.weight, discounts: ['thin_token'] };
        const score = scoreVoices(Array.from({ length: copies }, () => ({ facts: scamFacts, weight: pooled })));
        expect(score.voices).toBeLessThanOrEqual(1 + 1e-9);
        expect(score.verdict).not.toBe('likely_scam');
      }),
      { numRuns: 100 },
    );
  });

  it('reads thin evidence as uncertain: one strong report has a wide interval and low confidence', () => {
    const one = scoreVoices([{ facts: scamFacts, weight: FULL }]);
    expect(one.confidence).toBe('low');
    expect(one.interval.upper - one.interval.lower).toBeGreaterThan(0.45);
    const many = scoreVoices(Array.from({ length: 12 }, () => ({ facts: scamFacts, weight: FULL })));
    expect(many.confidence).toBe('high');
    expect(many.interval.upper - many.interval.lower).toBeLessThan(one.interval.upper - one.interval.lower);
  });

  it('holds back likely_scam while the last weeks say legitimate (a number that changed hands), with a note', () => {
    const history = Array.from({ length: 4 }, () => ({ facts: scamFacts, weight: FULL }));
    const before = scoreVoices(history);
    expect(before.verdict).toBe('likely_scam');
    // Old scam history, one recent customer: the 30-day features hold only the recent voice.
    const evidence = { ...evidenceOf(history), 'recent:scam_votes': 0, 'recent:hard': 0, 'recent:legit_votes': 0.4 };
    const turned = scoreNumber({ now: NOW, numberType: 'mobile', evidence, blockEvidence: {}, official: false, openDispute: false });
    expect(turned.verdict).toBe('suspicious');
    expect(turned.scam_probability).toBeCloseTo(before.scam_probability, 12);
    const note = turned.reasons.find((r) => r.code === 'recent_change')!;
    expect(note).toMatchObject({ effect: 'legit', weight: 0 });
    expect(note.message['zh-CN'].length).toBeGreaterThan(0);
    // A customer's report three months old (0.5 of a vote, decayed to 0.06) still holds it back when nothing recent says scam.
    const older = scoreNumber({ now: NOW, numberType: 'mobile', evidence: { ...evidence, 'recent:legit_votes': 0.06 }, blockEvidence: {}, official: false, openDispute: false });
    expect(older.verdict).toBe('suspicious');
    // A whisper of recent praise (under 0.05 of a vote) changes nothing.
    const whisper = scoreNumber({ now: NOW, numberType: 'mobile', evidence: { ...evidence, 'recent:legit_votes': 0.03 }, blockEvidence: {}, official: false, openDispute: false });
    expect(whisper.verdict).toBe('likely_scam');
  });

  it('never lets a coordinated pool carry likely_scam over an independent voice the other way', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.integer({ min: 1, max: 300 }), blockArb, (independent, size, block) => {
        const voices: Voice[] = [
          { facts: scamFacts, weight: { weight: independent, discounts: [] } },
          { facts: legitFacts, weight: { weight: 1, discounts: [] } },
          ...Array.from({ length: size }, () => ({ facts: scamFacts, weight: { weight: 0.5, discounts: ['fresh_tokens'] } })),
        ];
        expect(scoreVoices(voices, { block, numberType: 'virtual_mobile' }).verdict).not.toBe('likely_scam');
      }),
      { numRuns: 150 },
    );
  });
});
