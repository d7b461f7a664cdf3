/**
 * `npx tsx scripts/eval/calibration.ts fixed|drawn SEED`: how well the model's probabilities
 * are calibrated on one evaluation run (all lookups): the reliability table (mean probability
 * against the share of scams, by tenths) and the logistic recalibration
 * logit′ = a·logit(p) + b that would minimise the Brier score. a > 1 means the model is
 * underconfident; what docs/scoring.md ("Why k′ = 3") was read from.
 */
import { DEFAULT_HALF_LIFE_DAYS } from '../../src/domain/scoring';
import { evaluate } from './evaluate';
import { drawParameters, FIXED_PARAMETERS } from './generator-params';
import { START, buildPopulation } from './population';
import { databaseReplay } from './replay-db';

const [generator, seedText] = process.argv.slice(2);
if (!generator || !seedText) throw new Error('usage: calibration.ts fixed|drawn SEED');
const seed = Number(seedText);
const population = buildPopulation({ seed, parameters: generator === 'fixed' ? FIXED_PARAMETERS : drawParameters(seed) });
const replay = await databaseReplay(DEFAULT_HALF_LIFE_DAYS, START);
const predictions = (await evaluate(population, replay)).model.get('all')!;
replay.close();

const logit = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));
const brier = (a: number, b: number) =>
  predictions.reduce((sum, x) => sum + (1 / (1 + Math.exp(-(a * logit(x.probability) + b))) - x.label) ** 2, 0) / predictions.length;
let best = { a: 1, b: 0, brier: brier(1, 0) };
for (let a = 0.5; a <= 3; a += 0.05) {
  for (let b = -2; b <= 2; b += 0.05) {
    const value = brier(a, b);
    if (value < best.brier) best = { a, b, brier: value };
  }
}
console.log(`${generator} seed ${seed}: ${predictions.length} lookups, Brier ${brier(1, 0).toFixed(4)}; best recalibration a = ${best.a.toFixed(2)}, b = ${best.b.toFixed(2)} → Brier ${best.brier.toFixed(4)}`);
const bins = Array.from({ length: 10 }, () => ({ n: 0, scams: 0, p: 0 }));
for (const x of predictions) {
  const bin = bins[Math.min(9, Math.floor(x.probability * 10))]!;
  bin.n++;
  bin.scams += x.label;
  bin.p += x.probability;
}
for (const [i, bin] of bins.entries()) {
  if (bin.n) console.log(`  p ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}: ${String(bin.n).padStart(4)} lookups, mean p ${(bin.p / bin.n).toFixed(2)}, scams ${(bin.scams / bin.n).toFixed(2)}`);
}
