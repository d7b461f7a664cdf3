/**
 * What people say about the debt's stage and the caller's threats, added to a built
 * population so `npm run eval` can show what the stage checks add: the same population is
 * replayed with these answers and without them (domain/conduct/stage-plausibility.ts).
 *
 * The shape: about half of honest reporters answer the stage questions. Scam callers do not
 * know the person's stage, and hurry: early lawyer letters and lawsuits, arrests, demands on
 * people who owe nothing. Real agencies threaten lawsuits and visits late in the debt, with a
 * few that overreach early (and reporters who misremember their stage).
 */
import type { CallCircumstances, OverdueStage, ThreatKind } from '../../../src/domain/reports/answers';
import { DEFAULT_HALF_LIFE_DAYS } from '../../../src/domain/scoring';
import { seededRandom, type Random } from '../../seeded-random';
import { evaluate, type Outcome } from '../evaluate';
import { metrics } from '../metrics';
import { START, labelAt, type Population, type SyntheticReport } from '../population';
import { databaseReplay } from '../replay-db';

const ANSWERING = new Set<SyntheticReport['origin']>(['victim', 'customer', 'wrong_person']);

/** The population with stage answers on some honest reports; everything else unchanged. */
export function withStageAnswers(population: Population, seed: number): Population {
  const r = seededRandom(seed ^ 0x5a7e);
  const byKey = new Map(population.numbers.map((n) => [n.key, n]));
  const reports = population.reports.map((report) => {
    if (!ANSWERING.has(report.origin) || !r.chance(0.5)) return report;
    const scam = labelAt(byKey.get(report.numberKey)!, report.reportedAt) === 1;
    return { ...report, circumstances: scam ? scamAnswers(r) : legitAnswers(r, report.origin) };
  });
  return { numbers: population.numbers, reports };
}

function answers(overdueStage: OverdueStage, threatened: ThreatKind[]): CallCircumstances {
  return { callsToday: null, callsLast7Days: null, overdueStage, contacted: null, threatened };
}

function scamAnswers(r: Random): CallCircumstances {
  const stage = r.weighted<OverdueStage>({ no_debt: 30, not_overdue: 15, under_7_days: 15, days_7_30: 15, days_30_90: 15, days_90_180: 5, over_180_days: 5 });
  const threats: ThreatKind[] = [];
  if (r.chance(0.4)) threats.push(r.pick(['lawyer_letter', 'lawsuit'] as const));
  if (r.chance(0.15)) threats.push('home_visit');
  if (r.chance(0.15)) threats.push('arrest');
  if (r.chance(0.2)) threats.push('contact_family');
  return answers(stage, threats);
}

function legitAnswers(r: Random, origin: SyntheticReport['origin']): CallCircumstances {
  if (origin === 'wrong_person') return answers('no_debt', []);
  const stage = r.weighted({ under_7_days: 15, days_7_30: 25, days_30_90: 25, days_90_180: 20, over_180_days: 15 });
  const late = stage === 'days_90_180' || stage === 'over_180_days';
  const threats: ThreatKind[] = [];
  if ((late && r.chance(0.3)) || r.chance(0.04)) threats.push(r.pick(['lawyer_letter', 'lawsuit'] as const));
  if ((stage === 'over_180_days' && r.chance(0.1)) || r.chance(0.02)) threats.push('home_visit');
  if (r.chance(0.1)) threats.push('contact_employer');
  return answers(stage, threats);
}

/**
 * Replays the population again with stage answers and prints one line comparing it with the
 * run without them (`outcome`): what the stage checks add on all lookups.
 */
export async function stageEffect(population: Population, seed: number, outcome: Outcome): Promise<string> {
  const staged = withStageAnswers(population, seed);
  const answered = staged.reports.filter((report) => report.circumstances).length;
  const replay = await databaseReplay(DEFAULT_HALF_LIFE_DAYS, START);
  try {
    const withStage = await evaluate(staged, replay, () => {});
    const before = metrics(outcome.model.get('all')!);
    const after = metrics(withStage.model.get('all')!);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    return (
      `stage signals (${answered} of ${staged.reports.length} reports answer the stage questions), all lookups without → with: ` +
        `AUC ${before.auc.toFixed(3)} → ${after.auc.toFixed(3)}, Brier ${before.brier.toFixed(3)} → ${after.brier.toFixed(3)}, ` +
        `FP legit ${pct(before.falsePositiveRate)} → ${pct(after.falsePositiveRate)}, recall scam ${pct(before.recall)} → ${pct(after.recall)}`
    );
  } finally {
    replay.close();
  }
}
