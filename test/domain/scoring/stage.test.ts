/** Stage plausibility: claims that do not fit the reported overdue stage are scam evidence with a reason. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGE_SIGNALS, stageSignals } from '../../../src/domain/conduct/stage-plausibility';
import { OVERDUE_STAGES, THREAT_KINDS, type OverdueStage, type ThreatKind } from '../../../src/domain/reports/answers';
import { reportSignals, reportVote, scoreNumber, type ReportFacts } from '../../../src/domain/scoring';
import { FULL, NOW, baseFacts, evidenceOf, factsArb, logit, scoreVoices, weightArb } from './arbitraries';

const facts = (overdueStage: OverdueStage | null, threatened: ThreatKind[], over: Partial<ReportFacts> = {}): ReportFacts => ({
  ...baseFacts,
  overdueStage,
  threatened,
  ...over,
});
const signalsOf = (f: ReportFacts) => reportSignals(f).map(([s]) => s).filter((s) => (STAGE_SIGNALS as readonly string[]).includes(s));

describe('stage plausibility', () => {
  it('flags litigation under 30 days, a home visit under 90, arrest at any stage, and demands with no debt', () => {
    expect(signalsOf(facts('under_7_days', ['lawyer_letter']))).toEqual(['stage_litigation_early']);
    expect(signalsOf(facts('days_7_30', ['lawsuit']))).toEqual(['stage_litigation_early']);
    expect(signalsOf(facts('days_30_90', ['lawsuit']))).toEqual([]);
    expect(signalsOf(facts('days_30_90', ['home_visit']))).toEqual(['stage_home_visit_early']);
    expect(signalsOf(facts('days_90_180', ['home_visit']))).toEqual([]);
    expect(signalsOf(facts('over_180_days', ['arrest']))).toEqual(['stage_arrest_threat']);
    expect(signalsOf(facts(null, ['arrest']))).toEqual(['stage_arrest_threat']);
    expect(signalsOf(facts('no_debt', [], { paymentRequested: 'official_channel' }))).toEqual(['stage_demand_without_debt']);
    expect(signalsOf(facts('no_debt', ['contact_family']))).toEqual(['stage_demand_without_debt']);
    expect(signalsOf(facts('no_debt', []))).toEqual([]);
  });

  it('needs a stage for everything but the arrest threat', () => {
    for (const threat of THREAT_KINDS) {
      expect(stageSignals({ overdueStage: null, threatened: [threat], paymentRequested: 'personal_account' })).toEqual(threat === 'arrest' ? ['stage_arrest_threat'] : []);
    }
  });

  it('only ever adds scam evidence: a stage mismatch never lowers a report\'s vote', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...OVERDUE_STAGES), fc.subarray([...THREAT_KINDS]), (f, stage, threats) => {
        const without = reportVote({ ...f, overdueStage: null, threatened: [] });
        const withClaims = reportVote({ ...f, overdueStage: stage, threatened: threats });
        if (stageSignals({ overdueStage: stage, threatened: threats, paymentRequested: f.paymentRequested }).length) expect(withClaims).toBeGreaterThanOrEqual(without);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the score monotone and the reasons summing to logit(p) with stage signals', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ facts: factsArb, weight: weightArb }), { maxLength: 8 }), fc.constantFrom(...OVERDUE_STAGES), (voices, stage) => {
        const added = { facts: facts(stage, ['arrest', 'lawsuit', 'home_visit']), weight: FULL };
        const before = scoreVoices(voices, { numberType: 'mobile' }).scam_probability;
        const score = scoreVoices([...voices, added], { numberType: 'mobile' });
        expect(score.scam_probability).toBeGreaterThanOrEqual(before - 1e-12);
        const total = score.reasons.reduce((sum, r) => sum + r.weight, 0);
        expect(Math.abs(total - logit(score.scam_probability))).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('says why, in both languages', () => {
    const evidence = evidenceOf([
      { facts: facts('under_7_days', ['lawsuit']), weight: FULL },
      { facts: facts('days_7_30', ['lawyer_letter']), weight: FULL },
    ]);
    const score = scoreNumber({ now: NOW, numberType: 'mobile', evidence, blockEvidence: {}, official: false, openDispute: false });
    const reason = score.reasons.find((r) => r.code.includes('stage_litigation_early'));
    expect(reason?.effect).toBe('scam');
    expect(reason!.weight).toBeGreaterThan(0);
    expect(reason!.message['zh-CN']).toContain('律师函');
    expect(reason!.message.en).toContain('lawsuit');
  });
});
