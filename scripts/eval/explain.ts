/**
 * `npx tsx scripts/eval/explain.ts fixed|drawn SEED fp|self|mass|smear|brier|recall|unsure`: replays one
 * evaluation run as `npm run eval` does and prints every lookup that misses the named target
 * (a likely_scam on a legitimate number, a self-promoted number not warned, a mass-report
 * target at likely_scam, a slow-smear target warned (and how it reads with the smear hidden),
 * a lookup far off in Brier), with the lookup's reasons and the reports behind it; `recall`
 * prints one line per scam lookup short of likely_scam (how many victims had reported it,
 * what linked it), `unsure` the legitimate lookups at p 0.2–0.4. What the failure lists in
 * docs/evaluation.md were read from.
 */
import { DEFAULT_HALF_LIFE_DAYS } from '../../src/domain/scoring';
import { drawParameters, FIXED_PARAMETERS } from './generator-params';
import { START, buildPopulation, labelAt, DAY } from './population';
import { databaseReplay } from './replay-db';
import { TRUST_UPDATE_DAYS, plannedLookups, smearReporters, warns } from './evaluate';

const [gen, seedS, which] = process.argv.slice(2);
if (!gen || !seedS || !which) throw new Error('usage: explain.ts fixed|drawn SEED fp|self|mass|smear|brier|recall|unsure');
const seed = Number(seedS);
const population = buildPopulation({ seed, parameters: gen === 'fixed' ? FIXED_PARAMETERS : drawParameters(seed) });
const replay = await databaseReplay(DEFAULT_HALF_LIFE_DAYS, START);
const byKey = new Map(population.numbers.map((n) => [n.key, n]));
const lookups = plannedLookups(population);
const smearers = smearReporters(population);
let next = 0;
let scamLookups = 0;
let trust = START + TRUST_UPDATE_DAYS * DAY;
const reportsOf = new Map<string, typeof population.reports>();
for (const r of population.reports) (reportsOf.get(r.numberKey) ?? reportsOf.set(r.numberKey, []).get(r.numberKey)!).push(r);
const look = async (time: number) => {
  for (; next < lookups.length && lookups[next]!.at < time; next++) {
    const { at, key, sets } = lookups[next]!;
    const n = byKey.get(key)!;
    if (n.group === 'official') continue;
    if (n.unobservable && at >= n.unobservable.from && at < n.unobservable.to) continue;
    const label = labelAt(n, at);
    const s = await replay.score(key, at);
    if (label === 1) scamLookups++;
    const bad = which === 'fp' ? label === 0 && s.verdict === 'likely_scam'
      : which === 'self' ? sets.includes('self_posting') && !warns(s.verdict)
      : which === 'mass' ? sets.includes('mass_reporting') && s.verdict === 'likely_scam'
      : which === 'smear' ? sets.includes('slow_smear') && warns(s.verdict)
      : which === 'brier' ? (s.scam_probability - label) ** 2 > 0.5
      : which === 'recall' ? label === 1 && s.verdict !== 'likely_scam'
      : which === 'unsure' ? label === 0 && s.scam_probability >= 0.2 && s.scam_probability < 0.4 : false;
    if (!bad) continue;
    if (which === 'recall') {
      // One line per missed scam lookup: how many people had reported it, and what linked it.
      const before = (reportsOf.get(key) ?? []).filter((r) => r.reportedAt < at);
      console.log(`miss ${key} ${n.group} verdict=${s.verdict} p=${s.scam_probability.toFixed(2)} voices=${s.voices.toFixed(2)} reporters=${new Set(before.map((r) => r.reporter)).size} victims=${new Set(before.filter((r) => r.origin === 'victim').map((r) => r.reporter)).size} ages=${before.filter((r) => r.origin === 'victim').map((r) => Math.round((at - r.reportedAt) / DAY)).join('/')} sets=${sets.join('+')} reasons=${s.reasons.filter((r) => r.weight !== 0).map((r) => r.code).join(',')}`);
      continue;
    }
    console.log(`\n== ${key} ${n.group} [${n.campaigns}] sets=${sets} at=${new Date(at).toISOString()} label=${label} verdict=${s.verdict} p=${s.scam_probability.toFixed(3)} voices=${s.voices.toFixed(2)}`);
    if (sets.includes('slow_smear')) {
      const without = await replay.scoreWithout!(key, at, smearers.get(key)!);
      console.log(`   without the smear's reports: verdict=${without.verdict} p=${without.scam_probability.toFixed(3)}`);
    }
    for (const r of s.reasons) console.log(`   ${r.code} ${r.effect} ${r.weight.toFixed(3)} ${r.message.en ?? JSON.stringify(r.message).slice(0, 100)}`);
    for (const r of (reportsOf.get(key) ?? []).filter((r) => r.reportedAt < at)) console.log(`   - ${new Date(r.reportedAt).toISOString()} ${r.origin} ${r.reporter} ${r.ipPrefix} ${r.hotlineCheck} ${r.paymentRequested} debt=${r.debtWithClaimedAgency} ${r.tags} ${r.claimedAgency}`);
  }
};
for (const report of population.reports) {
  await look(report.reportedAt);
  if (report.reportedAt >= trust) { await replay.updateTrust!(trust); trust += TRUST_UPDATE_DAYS * DAY; }
  await replay.add(report);
}
await look(Infinity);
if (which === 'recall') console.log(`scam lookups: ${scamLookups}`);
replay.close();
