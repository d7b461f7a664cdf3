/**
 * µs per lookup score: scoreNumber on decayed evidence vectors taken from the eval
 * population, against a trivial majority-vote score over the same vectors, in the same run.
 * Also the write-time side (voiceWeight + voiceContribution + blockContribution per report).
 * Run: `npx tsx bench/scoring.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { buildPopulation, END } from '../scripts/eval/population';
import { factsOf } from '../scripts/eval/replay';
import { AggregateReplay } from '../src/domain/reports/replay';
import type { ReportRecord } from '../src/domain/reports/record';
import {
  blockContribution, decayFeatures, evidenceScale, scoreNumber, voiceContribution, voiceWeight, type ScoreInput,
} from '../src/domain/scoring';
import { numberBlockKey, normalizePhone } from '../src/domain/phone';
import { microsecondsPerCall, ROUNDS } from './timing';



/** What a lookup hands scoreNumber, for every number of the eval population at its end. */
function scoreInputs(): ScoreInput[] {
  const population = buildPopulation();
  const replay = new AggregateReplay(180, () => ({ agreed: 0, disagreed: 0 }));
  const keys = new Map<string, string>();
  const ids = new Map<string, number>();
  let id = 0;
  const firstSeen = new Map<string, number>();
  const reporterIds = new Map<string, number>();
  for (const report of population.reports) {
    const number = normalizePhone(report.numberKey);
    if (!number.ok) continue;
    const key = number.number.key;
    keys.set(key, number.number.type);
    if (!ids.has(key)) ids.set(key, ids.size + 1);
    if (!firstSeen.has(report.reporter)) firstSeen.set(report.reporter, report.reportedAt);
    if (!reporterIds.has(report.reporter)) reporterIds.set(report.reporter, reporterIds.size + 1);
    const facts = factsOf(report, number.number.type);
    const record: ReportRecord = {
      id: `r${String(id++).padStart(8, '0')}`, numberId: ids.get(key)!, reporterId: reporterIds.get(report.reporter)!, ipHash: report.ipPrefix,
      calledAt: report.calledAtMs, reportedAt: report.reportedAt, updatedAt: report.reportedAt, claimedAgencyId: null, claimedAgencyText: null,
      claimedAgencyNormalized: null, tags: JSON.stringify(facts.tags), reportedTags: JSON.stringify(facts.tags), calledAtOffset: null,
      debtWithClaimedAgency: facts.debtWithClaimedAgency, hotlineCheck: facts.hotlineCheck, employeeIdGiven: facts.identification.employeeIdGiven,
      companyNameGiven: facts.identification.companyNameGiven, authorizationLetterGiven: facts.identification.authorizationLetterGiven,
      paymentRequested: facts.paymentRequested, comment: null, callerCompany: null, status: 'visible', hiddenReason: null, weight: 1, discounts: '[]', source: 'import', externalId: null,
      callsToday: null, callsLast7Days: null, overdueStage: facts.overdueStage ?? null, contacted: null, threatened: JSON.stringify(facts.threatened ?? []), violations: '[]',
    };
    replay.add(record, { id: ids.get(key)!, key, type: number.number.type, blockKey: numberBlockKey(key) }, firstSeen.get(report.reporter)!);
  }
  const evidenceOf = (key: string) => Object.fromEntries(replay.books.get(ids.get(key)!)?.delta.evidence ?? []);
  const blockOf = (key: string) => Object.fromEntries(replay.blocks.get(numberBlockKey(key) ?? '') ?? []);
  return [...keys].map(([key, type]) => ({
    now: END,
    numberType: type as ScoreInput['numberType'],
    evidence: decayFeatures(evidenceOf(key), END, 180),
    blockEvidence: decayFeatures(blockOf(key), END, 180),
    official: false,
    openDispute: false,
  }));
}

/** The baseline: share of scam votes, as a majority vote would give. */
function majority(input: ScoreInput): number {
  let scam = 0;
  let legit = 0;
  for (const [feature, value] of Object.entries(input.evidence)) {
    if (feature.startsWith('scam:')) scam += value;
    else if (feature.startsWith('legit:')) legit += value;
  }
  return (scam + 0.5) / (scam + legit + 1);
}

export async function run(): Promise<void> {
  const inputs = scoreInputs();
  const ours = microsecondsPerCall(inputs, scoreNumber);
  const baseline = microsecondsPerCall(inputs, majority);
  const decay = microsecondsPerCall(inputs, (input) => decayFeatures(input.evidence, END, 180));
  const population = buildPopulation();
  const writes = population.reports.slice(0, 5_000).map((report) => ({ report, facts: factsOf(report, 'mobile') }));
  const write = microsecondsPerCall(writes, ({ report, facts }) => {
    const weight = voiceWeight({
      now: report.reportedAt,
      reporter: { firstSeenAt: report.reportedAt, reportsCount: 0, agreed: 0, disagreed: 0 },
      recent: { lastHour: 0, lastDay: 1, freshReportersNearby: 1, sameIpPrefixLastDay: 0 },
    });
    return [voiceContribution(facts, weight), blockContribution(facts, weight), evidenceScale(report.reportedAt, 180)];
  });
  const features = inputs.reduce((sum, input) => sum + Object.keys(input.evidence).length, 0) / inputs.length;
  console.log(`scoring: ${inputs.length} numbers of the eval population (${features.toFixed(1)} features each on average), median of ${ROUNDS} rounds`);
  console.log(`  scoreNumber (verdict, probability, abuse, reasons)   ${ours.toFixed(2)} µs/number`);
  console.log(`  baseline: majority vote over the same features       ${baseline.toFixed(2)} µs/number`);
  console.log(`  decayFeatures (the lookup's other scoring step)      ${decay.toFixed(2)} µs/number`);
  console.log(`  write side: voiceWeight + contributions + scale      ${write.toFixed(2)} µs/report`);
  console.log(`  ratio scoreNumber / baseline                         ${(ours / baseline).toFixed(1)}×`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
