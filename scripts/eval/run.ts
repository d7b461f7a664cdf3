/**
 * `npm run eval`: build the seeded population, replay it through the write path, print the
 * model against a majority-vote baseline. Options: `--seed N`, `--markdown` (table for
 * docs/scoring.md).
 */
import { DEFAULT_HALF_LIFE_DAYS } from '../../src/domain/scoring';
import { evaluate, type EvalSet, type Outcome } from './evaluate';
import { metrics, type Metrics } from './metrics';
import { START, buildPopulation } from './population';
import { databaseReplay } from './replay-db';
import { printStageEffect } from './shapes/stage';

const TARGETS = { auc: 0.97, brier: 0.06, falsePositiveRate: 0.005 };
const SETS: [EvalSet, string][] = [
  ['all', 'all lookups (every 6 months, numbers active in the last 90 days)'],
  ['mass_reporting', 'legit numbers just after a mass-reporting campaign'],
  ['self_posting', 'scam numbers with self-posted "professional" reports, day 7'],
  ['recycled', 'recycled numbers (scam, then a legit agency)'],
  ['abusive_legit', 'legitimate but abusive agencies'],
];

const args = process.argv.slice(2);
const seed = Number(args[args.indexOf('--seed') + 1]) || 20261127;
const markdown = args.includes('--markdown');

const started = performance.now();
const population = buildPopulation({ seed });
console.log(`population: ${population.numbers.length} numbers, ${population.reports.length} reports (seed ${seed})`);
const replay = await databaseReplay(DEFAULT_HALF_LIFE_DAYS, START);
console.log('replay: submitReport on SQLite (the live write path), lookups through the one-read summary + scoreAggregates');
const outcome = await evaluate(population, replay, (done) => process.stderr.write(`\r${done} / ${population.reports.length} reports`));
process.stderr.write('\n');
print(outcome);
console.log(`official numbers looked up: ${count(outcome.officialVerdicts)}`);
await printStageEffect(population, seed, outcome);
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);

function print(result: Outcome) {
  const rows: string[][] = [['set', 'n (scam)', 'system', 'AUC', 'Brier', 'FP legit', 'recall scam', 'warned: FP', 'warned: recall']];
  for (const [set, title] of SETS) {
    const model = result.model.get(set);
    const baseline = result.baseline.get(set);
    if (!model || !baseline) continue;
    const m = metrics(model);
    const b = metrics(baseline);
    rows.push([title, `${m.n} (${m.scams})`, 'model', ...cells(m)]);
    rows.push(['', '', 'majority vote', ...cells(b)]);
  }
  const all = metrics(result.model.get('all')!);
  const base = metrics(result.baseline.get('all')!);
  const met = all.auc >= TARGETS.auc && all.brier <= TARGETS.brier && all.falsePositiveRate <= TARGETS.falsePositiveRate;
  const better = all.auc > base.auc && all.brier < base.brier && all.falsePositiveRate <= base.falsePositiveRate;
  if (markdown) {
    console.log(`| ${rows[0]!.join(' | ')} |\n|${rows[0]!.map(() => '---').join('|')}|`);
    for (const row of rows.slice(1)) console.log(`| ${row.join(' | ')} |`);
  } else {
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  }
  console.log(`targets (AUC ≥ ${TARGETS.auc}, Brier ≤ ${TARGETS.brier}, FP ≤ ${TARGETS.falsePositiveRate * 100}%): ${met ? 'met' : 'NOT met'}; better than baseline: ${better ? 'yes' : 'NO'}`);
}

function cells(m: Metrics): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const scams = (x: number) => (m.scams ? pct(x) : '–');
  const legit = (x: number) => (m.n > m.scams ? pct(x) : '–');
  return [
    Number.isNaN(m.auc) ? '–' : m.auc.toFixed(3), m.brier.toFixed(3), legit(m.falsePositiveRate), scams(m.recall),
    legit(m.warnedFalsePositiveRate), scams(m.warnedRecall),
  ];
}

function count(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v} ×${n}`).join(', ');
}
