import { describe, expect, it } from 'vitest';
import { scoreNumber, SCORE_PARAMETERS, type FeatureVector } from '../../../src/domain/scoring';
import { DAY, NOW, evidenceOf, scamFacts, scoreVoices, type Voice } from './arbitraries';

const victim = (weight = 0.7, discounts: string[] = []): Voice => ({ facts: scamFacts, weight: { weight, discounts } as Voice['weight'] });

/** The evidence as it reads `days` after the voices spoke: the 180-day features and the 30-day ones fade apart. */
function aged(voices: readonly Voice[], days: number): FeatureVector {
  const out: Record<string, number> = {};
  for (const [feature, value] of Object.entries(evidenceOf(voices))) {
    const halfLife = feature.startsWith('recent:') ? 30 : 180;
    out[feature] = feature.startsWith('discount:') ? value : value * 2 ** (-days / halfLife);
  }
  return out;
}
const score = (evidence: FeatureVector) => scoreNumber({ now: NOW, numberType: 'mobile', evidence, blockEvidence: {}, official: false, openDispute: false });

describe('the several-voices rule counts people', () => {
  it('gives likely_scam on two first-time victims: a new reporter weighs less, but is a whole person', () => {
    expect(scoreVoices([victim(), victim()]).verdict).toBe('likely_scam');
    // The same scam votes from one trusted reporter stay one report.
    expect(scoreVoices([victim(1)]).verdict).toBe('suspicious');
  });

  it('counts a discounted voice (past disagreement, a token filing like a bot) only as its weight', () => {
    // Four careless reporters at 0.35: 1.4 votes (p > 0.9, a full vote grounds it), 1.4 people.
    const careless = scoreVoices(Array.from({ length: 4 }, () => victim(0.35, ['low_agreement'])));
    expect(careless.verdict).toBe('suspicious');
    expect(careless.scam_probability).toBeGreaterThan(SCORE_PARAMETERS.likelyScam);
  });

  it('lets people fade with their reports: two victims hold likely_scam for weeks, three for months', () => {
    const two = [victim(), victim()];
    const three = [victim(), victim(), victim()];
    expect(score(aged(two, 30)).verdict).toBe('likely_scam');
    expect(score(aged(two, 120)).verdict).toBe('suspicious');
    expect(score(aged(three, 120)).verdict).toBe('likely_scam');
  });

  it('reads evidence stored before people were counted as it read then (weighted voices), until a rescore', () => {
    const { people, ...stored } = evidenceOf([victim(), victim()]);
    expect(people).toBe(2);
    expect(score(stored).verdict).toBe('suspicious');
    expect(score({ ...stored, people: 2 }).verdict).toBe('likely_scam');
  });

  it('never counts a coordinated pool as more than one person', () => {
    const swarm = Array.from({ length: 40 }, () => victim(0.3, ['burst', 'fresh_tokens']));
    expect(scoreVoices(swarm).verdict).not.toBe('likely_scam');
    // One victim beside a swarm: one person and one pool, but not a full independent vote.
    expect(scoreVoices([victim(), ...swarm]).verdict).toBe('suspicious');
  });
});

describe('an operation speaks for a number while the link is current', () => {
  const operation = (recentNamed: number) => ({
    name: '个人征信处理中心', numbers: 15, since: NOW - 400 * DAY, evidence: { voices: 15, scam_votes: 14, legit_votes: 0 }, named: 1, recentNamed,
  });
  const weightOf = (recentNamed: number) =>
    scoreVoices([victim()], { operation: operation(recentNamed) }).reasons.find((r) => r.code === 'operation')?.weight ?? 0;

  it('at full weight while the number\'s own naming voices are recent, fading with them after', () => {
    expect(scoreVoices([victim()], { operation: operation(0.7) }).verdict).toBe('likely_scam');
    expect(weightOf(0.7)).toBeCloseTo(SCORE_PARAMETERS.operationMax, 6);
    expect(weightOf(SCORE_PARAMETERS.operationLinkVotes)).toBeCloseTo(SCORE_PARAMETERS.operationMax, 6);
    // A recycled number nobody has named the operation on for months: its old link barely speaks.
    expect(weightOf(0.01)).toBeLessThan(0.1);
    expect(weightOf(0.01)).toBeGreaterThan(0);
    expect(scoreVoices([victim()], { operation: operation(0.01) }).verdict).toBe('suspicious');
  });
});
