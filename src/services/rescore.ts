/**
 * `npm run rescore [-- --trust] [--dry-run]`: every aggregate rebuilt from the reports table
 * by the shared bookkeeping (domain/reports/replay.ts), replaying reports in reported_at
 * order with write-time weights recomputed as the live path computed them. Without `--trust`
 * it reproduces what the incremental write path built (a consistency repair); with it, it
 * first recounts reporters' agreement with current verdicts and re-weighs every report.
 *
 * Reports that share a reported_at millisecond are replayed by id, which may differ from
 * their arrival order (and so from their burst counts).
 */
import type { Database } from '../db/database';
import type { ReferenceData } from '../db/reference-data';
import { clearAggregates, readRescoreInputs, trustStatements, weightStatements } from '../db/rescore-statements';
import { rederiveLegacyTags } from '../db/tag-rederivation';
import { deriveLegacyViolations } from '../db/violation-derivation';
import { aggregateStatements } from '../db/write-statements';
import type { NumberType } from '../domain/phone';
import { AggregateReplay, type ReplayNumber } from '../domain/reports/replay';
import type { ReporterTrust, VoiceWeight } from '../domain/scoring';

export interface RescoreOptions {
  halfLifeDays: number;
  /** Time the score snapshots and agreement are computed for. */
  now: number;
  /** Recount reporter agreement from current verdicts before re-weighing. */
  updateTrust?: boolean;
  dryRun?: boolean;
}

export interface RescoreResult {
  reports: number;
  numbers: number;
  blocks: number;
  reweighed: number;
  reportersUpdated: number;
  /** Reports stored before reported and derived tags were kept apart whose tags were re-derived. */
  retagged: number;
  /** Reports stored before violations were kept whose violations were derived. */
  violationsDerived: number;
}

/**
 * @example
 * await rescore({ database, reference }, { halfLifeDays: 180, now: Date.now(), updateTrust: true });
 */
export async function rescore(deps: { database: Database; reference: ReferenceData }, options: RescoreOptions): Promise<RescoreResult> {
  const { database } = deps;
  // Legacy reports get their tags re-derived from the call instant first, so the replay counts them right.
  const { changed: retagged } = await rederiveLegacyTags(database, { dryRun: options.dryRun });
  // Reports stored before violations were kept get them derived, so the replay counts them.
  const violationsDerived = await deriveLegacyViolations(database, { dryRun: options.dryRun });
  const [inputs, reference] = await Promise.all([readRescoreInputs(database), deps.reference.current(options.now)]);
  const numbers = new Map<number, ReplayNumber & { openDisputes: number }>(
    inputs.numbers.map((n) => [n.id, { id: n.id, key: n.key, type: n.type as NumberType, blockKey: n.blockKey, openDisputes: n.openDisputes }]),
  );
  const reporters = new Map(inputs.reporters.map((r) => [r.id, r]));
  const flags = (numberId: number) => {
    const number = numbers.get(numberId)!;
    return { official: reference.official(number.key) !== null, openDispute: number.openDisputes > 0 };
  };
  const replay = (trust: (id: number) => ReporterTrust) => {
    const run = new AggregateReplay(options.halfLifeDays, trust);
    for (const report of inputs.reports) run.add(report, numbers.get(report.numberId)!, reporters.get(report.reporterId)!.firstSeenAt);
    return run;
  };

  let run = replay((id) => reporters.get(id) ?? { agreed: 0, disagreed: 0 });
  let trust: Map<number, ReporterTrust> | null = null;
  if (options.updateTrust) {
    trust = run.agreement(options.now, flags);
    const counts = trust;
    run = replay((id) => counts.get(id) ?? { agreed: 0, disagreed: 0 });
  }

  const changes = [...run.books.entries()].map(([id, book]) => ({ id, delta: book.delta, score: run.score(id, options.now, flags(id)), at: options.now }));
  const reweighed: [string, VoiceWeight][] = [];
  for (const report of inputs.reports) {
    const weight = run.weights.get(report.id)!;
    if (weight.weight !== report.weight || JSON.stringify(weight.discounts) !== report.discounts) reweighed.push([report.id, weight]);
  }
  const trustChanged: [number, ReporterTrust][] = [];
  if (trust) {
    for (const reporter of inputs.reporters) {
      const tally = trust.get(reporter.id) ?? { agreed: 0, disagreed: 0 };
      if (tally.agreed !== reporter.agreed || tally.disagreed !== reporter.disagreed) trustChanged.push([reporter.id, tally]);
    }
  }
  if (!options.dryRun) {
    await database.atomic([
      ...clearAggregates(),
      ...aggregateStatements(changes, run.blocks, options.now, run.operations),
      weightStatements(reweighed),
      trustStatements(trustChanged),
    ]);
  }
  return { reports: inputs.reports.length, numbers: changes.length, blocks: run.blocks.size, reweighed: reweighed.length, reportersUpdated: trustChanged.length, retagged, violationsDerived };
}
