/**
 * Replays a population through a write path, looking numbers up along the way as people
 * would, and collects model and majority-vote predictions per evaluation set.
 */
import { normalizePhone } from '../../src/domain/phone';
import { reportVote } from '../../src/domain/scoring';
import type { Prediction } from './metrics';
import { DAY, END, START, labelAt, type Population, type SyntheticNumber } from './population';
import { factsOf, type Replay } from './replay';

export type WritePath = Replay;

/** How often the replay runs `rescore --trust` (as a nightly job would, but cheaper to simulate). */
export const TRUST_UPDATE_DAYS = 30;

/**
 * `smear_alone`: the slow-smear lookups whose number reads unwarned with the smear's reports
 * hidden: where a warning would be the smear's doing, not what the line's own reports say.
 */
export type EvalSet = 'all' | 'mass_reporting' | 'slow_smear' | 'smear_alone' | 'self_posting' | 'recycled' | 'abusive_legit';

export interface Lookup { at: number; key: string; sets: EvalSet[] }

export interface Outcome {
  model: Map<EvalSet, Prediction[]>;
  baseline: Map<EvalSet, Prediction[]>;
  officialVerdicts: string[];
}

/**
 * Every 6 months: all numbers reported in the 90 days before. Plus lookups right after each
 * poisoning campaign (mass reporting, slow smear) and a week into each self-promoted number;
 * those count towards `all` too, so its false positives include every attack.
 */
export function plannedLookups(population: Population): Lookup[] {
  const byKey = new Map(population.numbers.map((n) => [n.key, n]));
  const lookups: Lookup[] = [];
  for (let at = START + 182 * DAY; at <= END + 1; at += 182 * DAY) {
    const active = new Set(population.reports.filter((r) => r.reportedAt <= at && r.reportedAt > at - 90 * DAY).map((r) => r.numberKey));
    for (const key of active) lookups.push({ at, key, sets: ['all', ...setsOf(byKey.get(key)!)] });
  }
  const campaignEnds = new Map<string, number>();
  const smearEnds = new Map<string, number>();
  const firstReports = new Map<string, number>();
  for (const r of population.reports) {
    if (r.origin === 'campaign') campaignEnds.set(r.numberKey, Math.max(campaignEnds.get(r.numberKey) ?? 0, r.reportedAt));
    if (r.origin === 'slow_smear') smearEnds.set(r.numberKey, Math.max(smearEnds.get(r.numberKey) ?? 0, r.reportedAt));
    if (r.origin !== 'warm_up' && !firstReports.has(r.numberKey)) firstReports.set(r.numberKey, r.reportedAt);
  }
  for (const [key, end] of campaignEnds) lookups.push({ at: end + 3_600_000, key, sets: ['all', 'mass_reporting'] });
  for (const [key, end] of smearEnds) lookups.push({ at: end + 3_600_000, key, sets: ['all', 'slow_smear'] });
  for (const number of population.numbers) {
    const first = firstReports.get(number.key); // undefined when all its reports would have come after END
    if (number.campaigns.includes('self_posting') && first !== undefined) lookups.push({ at: first + 7 * DAY, key: number.key, sets: ['all', 'self_posting'] });
  }
  return lookups.sort((a, b) => a.at - b.at);
}

/** Whether a verdict warns the person looking the number up. */
export const warns = (verdict: string) => verdict === 'likely_scam' || verdict === 'suspicious';

/** Number → the tokens that slow-smeared it (what the counterfactual lookup hides). */
export function smearReporters(population: Population): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const r of population.reports) if (r.origin === 'slow_smear') (out.get(r.numberKey) ?? out.set(r.numberKey, new Set()).get(r.numberKey)!).add(r.reporter);
  return new Map([...out].map(([key, tokens]) => [key, [...tokens]]));
}

function setsOf(number: SyntheticNumber): EvalSet[] {
  const sets: EvalSet[] = [];
  if (number.group === 'recycled') sets.push('recycled');
  if (number.group === 'legit_abusive') sets.push('abusive_legit');
  return sets;
}

export async function evaluate(population: Population, writePath: WritePath, onProgress?: (done: number) => void): Promise<Outcome> {
  const byKey = new Map(population.numbers.map((n) => [n.key, n]));
  const lookups = plannedLookups(population);
  const votes = new Map<string, { scam: number; legit: number }>();
  const smearers = smearReporters(population);
  const outcome: Outcome = { model: new Map(), baseline: new Map(), officialVerdicts: [] };
  const push = (target: Map<EvalSet, Prediction[]>, sets: EvalSet[], prediction: Prediction) => {
    for (const set of sets) (target.get(set) ?? target.set(set, []).get(set)!).push(prediction);
  };
  let next = 0;
  const lookUpUntil = async (time: number) => {
    for (; next < lookups.length && lookups[next]!.at < time; next++) {
      const { at, key, sets } = lookups[next]!;
      const number = byKey.get(key)!;
      const score = await writePath.score(key, at);
      if (number.group === 'official') {
        outcome.officialVerdicts.push(score.verdict);
        continue;
      }
      if (number.unobservable && at >= number.unobservable.from && at < number.unobservable.to) continue;
      const label = labelAt(number, at);
      const prediction = { label, probability: score.scam_probability, flagged: score.verdict === 'likely_scam', warned: warns(score.verdict) };
      // Scored before the counterfactual's hide and unhide, so that nothing can leak into the lookup.
      const alone = sets.includes('slow_smear') && writePath.scoreWithout ? !warns((await writePath.scoreWithout(key, at, smearers.get(key)!)).verdict) : false;
      const inSets: EvalSet[] = alone ? [...sets, 'smear_alone'] : sets;
      push(outcome.model, inSets, prediction);
      const tally = votes.get(key) ?? { scam: 0, legit: 0 };
      const majority = (tally.scam + 0.5) / (tally.scam + tally.legit + 1);
      const baseline = { label, probability: majority, flagged: majority > 0.5, warned: majority > 0.5 };
      push(outcome.baseline, inSets, baseline);
    }
  };
  let done = 0;
  let nextTrustUpdate = START + TRUST_UPDATE_DAYS * DAY;
  for (const report of population.reports) {
    await lookUpUntil(report.reportedAt);
    if (writePath.updateTrust && report.reportedAt >= nextTrustUpdate) {
      await writePath.updateTrust(nextTrustUpdate);
      nextTrustUpdate += TRUST_UPDATE_DAYS * DAY;
    }
    await writePath.add(report);
    const number = normalizePhone(report.numberKey);
    const vote = reportVote(factsOf(report, number.ok ? number.number.type : 'unknown'));
    const tally = votes.get(report.numberKey) ?? { scam: 0, legit: 0 };
    if (vote > 0) tally.scam++;
    if (vote < 0) tally.legit++;
    votes.set(report.numberKey, tally);
    if (++done % 1000 === 0) onProgress?.(done);
  }
  await lookUpUntil(Infinity);
  return outcome;
}
