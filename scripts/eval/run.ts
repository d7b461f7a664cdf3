/**
 * `npm run eval`: builds seeded populations with both generators (fixed parameters, and
 * parameters drawn per seed), replays each through the write path, and prints the model
 * against a majority-vote baseline as mean ± spread over the seeds, with every target checked
 * on every run. Runs go two at a time in child processes.
 *
 * Options: `--seeds N` (default 5), `--first K` (seeds K … K + N − 1, default 1: a held-out
 * range the model was never looked at on), `--generator fixed|drawn` (default both),
 * `--markdown` (tables for docs/evaluation.md), `--seed N` (one run, printed in full).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_HALF_LIFE_DAYS } from '../../src/domain/scoring';
import { evaluate, type EvalSet } from './evaluate';
import { drawParameters, FIXED_PARAMETERS, type GeneratorParameters } from './generator-params';
import { metrics, type Metrics } from './metrics';
import { START, buildPopulation } from './population';
import { databaseReplay } from './replay-db';
import { stageEffect } from './shapes/stage';
import { TARGETS, type RunMetrics } from './targets';

const SETS: [EvalSet, string][] = [
  ['all', 'all lookups (every 6 months, plus every attack lookup below)'],
  ['mass_reporting', 'legit numbers just after a mass-reporting campaign'],
  ['slow_smear', 'legit numbers after a slow smear by aged tokens'],
  ['smear_alone', '… of them, those their own reports leave unwarned (smear hidden)'],
  ['self_posting', 'scam numbers self-promoted from aged tokens, day 7'],
  ['recycled', 'recycled numbers (scam, then a legit agency)'],
  ['abusive_legit', 'legitimate but abusive agencies'],
];
const COLUMNS: [keyof Metrics, string, 'any' | 'legit' | 'scam' | 'both'][] = [
  ['auc', 'AUC', 'both'], ['brier', 'Brier', 'any'], ['falsePositiveRate', 'FP legit', 'legit'], ['recall', 'recall scam', 'scam'],
  ['warnedFalsePositiveRate', 'warned: FP', 'legit'], ['warnedRecall', 'warned: recall', 'scam'],
];

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

async function runOne(generator: 'fixed' | 'drawn', seed: number): Promise<RunMetrics & { size: string }> {
  const parameters: GeneratorParameters = generator === 'fixed' ? FIXED_PARAMETERS : drawParameters(seed);
  const population = buildPopulation({ seed, parameters });
  const replay = await databaseReplay(DEFAULT_HALF_LIFE_DAYS, START);
  try {
    const outcome = await evaluate(population, replay);
    const out: RunMetrics & { size: string } = { size: `${population.numbers.length} numbers, ${population.reports.length} reports` };
    for (const [set] of SETS) {
      const model = outcome.model.get(set);
      const baseline = outcome.baseline.get(set);
      if (model && baseline) out[set] = { model: metrics(model), baseline: metrics(baseline) };
    }
    return out;
  } finally {
    replay.close();
  }
}

/** The stage-plausibility signals' effect on one population: the same reports without and with stage answers. */
async function stageRun(seed: number): Promise<{ line: string }> {
  const population = buildPopulation({ seed, parameters: FIXED_PARAMETERS });
  const replay = await databaseReplay(DEFAULT_HALF_LIFE_DAYS, START);
  try {
    return { line: await stageEffect(population, seed, await evaluate(population, replay)) };
  } finally {
    replay.close();
  }
}

if (option('--child')) {
  const [generator, seed] = option('--child')!.split(':');
  const result = generator === 'stage' ? await stageRun(Number(seed)) : await runOne(generator as 'fixed' | 'drawn', Number(seed));
  process.stdout.write(JSON.stringify(result));
} else {
  const started = performance.now();
  const markdown = args.includes('--markdown');
  const single = option('--seed');
  const first = Number(option('--first') ?? 1);
  const seeds = single ? [Number(single)] : Array.from({ length: Number(option('--seeds') ?? 5) }, (_, i) => first + i);
  const generators = (option('--generator') ? [option('--generator')] : ['fixed', 'drawn']) as ('fixed' | 'drawn')[];
  const jobs = generators.flatMap((g) => seeds.map((s) => ({ generator: g, seed: s })));
  const results = new Map<string, RunMetrics & { size: string }>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      results.set(`${job.generator}:${job.seed}`, await child(`${job.generator}:${job.seed}`));
      process.stderr.write(`\r${results.size} / ${jobs.length} runs`);
    }
  };
  // The stage-signal comparison runs beside the seeded runs (it replays one population twice).
  const stage = option('--generator') ? null : (child(`stage:${seeds[0]}`) as unknown as Promise<{ line: string }>);
  await Promise.all([worker(), worker()]);
  process.stderr.write('\n');
  let failures = 0;
  for (const generator of generators) {
    const runs = seeds.map((seed) => results.get(`${generator}:${seed}`)!);
    console.log(`\n${generator === 'fixed' ? 'Generator 1 (fixed parameters)' : 'Generator 2 (parameters drawn per seed)'}, seeds ${seeds.join(', ')}: ${runs.map((r) => r.size).join('; ')}`);
    print(runs, markdown);
    for (const target of TARGETS) {
      const held = runs.map((run) => target.holds(run));
      if (held.includes(false)) failures++;
      console.log(`  ${held.every(Boolean) ? 'holds' : 'FAILS'}  ${target.name}  (${held.map((h, i) => `${seeds[i]}:${h ? 'ok' : 'no'}`).join(' ')})`);
    }
  }
  if (stage) console.log(`\n${(await stage).line} (generator 1, seed ${seeds[0]})`);
  console.log(`\n${failures === 0 ? 'every target holds on every run' : `${failures} target(s) fail on some run`}; done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function child(spec: string): Promise<RunMetrics & { size: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', spec], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`eval run ${spec} exited with ${code}`))));
  });
}

/** One row per set and system: each figure as mean ± half the spread (min–max) over the runs. */
function print(runs: RunMetrics[], markdown: boolean) {
  const rows: string[][] = [['set', 'n (scam)', 'system', ...COLUMNS.map(([, title]) => title)]];
  for (const [set, title] of SETS) {
    const present = runs.filter((run) => run[set]);
    if (!present.length) continue;
    const n = summary(present.map((run) => run[set]!.model.n), 0);
    const scams = summary(present.map((run) => run[set]!.model.scams), 0);
    for (const system of ['model', 'baseline'] as const) {
      const cells = COLUMNS.map(([key, , needs]) => {
        const values = present
          .map((run) => run[set]![system])
          .filter((m) => (needs === 'legit' ? m.n > m.scams : needs === 'scam' ? m.scams > 0 : needs === 'both' ? m.scams > 0 && m.n > m.scams : true))
          .map((m) => m[key]);
        if (!values.length) return '–';
        return key === 'auc' || key === 'brier' ? summary(values, 3) : summary(values.map((v) => v * 100), 1, '%');
      });
      rows.push(system === 'model' ? [title, `${n} (${scams})`, 'model', ...cells] : ['', '', 'majority vote', ...cells]);
    }
  }
  if (markdown) {
    console.log(`| ${rows[0]!.join(' | ')} |\n|${rows[0]!.map(() => '---').join('|')}|`);
    for (const row of rows.slice(1)) console.log(`| ${row.join(' | ')} |`);
  } else {
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  }
}

function summary(values: number[], digits: number, unit = ''): string {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const spread = (Math.max(...values) - Math.min(...values)) / 2;
  return values.length === 1 || spread === 0 ? `${mean.toFixed(digits)}${unit}` : `${mean.toFixed(digits)} ± ${spread.toFixed(digits)}${unit}`;
}
