/**
 * `npm run rescore [-- --trust] [--dry-run]`: recompute every report's write-time weight, all
 * number_evidence and block_evidence, and the score snapshots, from the reports table,
 * replaying reports in reported_at order through the scoring module's ledger. Without
 * `--trust` it reproduces what the incremental write path built (a consistency repair);
 * with `--trust` it first recounts reporters' agreement with current verdicts
 * (reporters.agreed / disagreed) and re-weighs every report with it. Run it nightly.
 *
 * First, reports stored before reported and derived tags were kept apart get their tags
 * re-derived from the call instant (src/db/tag-rederivation.ts), so the replay counts them right.
 *
 * Node + SQLite (DB_PATH). Reports that share a reported_at millisecond are replayed by id,
 * which may differ from their arrival order (and so from their burst counts).
 */
import { pathToFileURL } from 'node:url';
import { asc, eq } from 'drizzle-orm';
import type { Database, WriteStatement } from '../src/db/database';
import { reportFacts } from '../src/db/report-rows';
import { rederiveLegacyTags } from '../src/db/tag-rederivation';
import { blockEvidence, disputes, numberEvidence, numbers, numberStats, officialNumbers, reporters, reports } from '../src/db/schema';
import { scoreSnapshotColumns } from '../src/db/score-snapshot-columns';
import type { NumberType } from '../src/domain/phone';
import { DEFAULT_HALF_LIFE_DAYS, EvidenceLedger, reportVote, scoreStored, voiceAgreement, type LedgerReport, type ReporterTrust } from '../src/domain/scoring';

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
}

/**
 * @example
 * await rescore(database, { halfLifeDays: 180, now: Date.now(), updateTrust: true });
 */
export async function rescore(database: Database, options: RescoreOptions): Promise<RescoreResult> {
  const { db } = database;
  const { changed: retagged } = await rederiveLegacyTags(database, { dryRun: options.dryRun });
  const [numberRows, reporterRows, reportRows, officialRows, disputeRows] = await Promise.all([
    db.select().from(numbers),
    db.select().from(reporters),
    db.select().from(reports).orderBy(asc(reports.reportedAt), asc(reports.id)),
    db.select({ key: officialNumbers.numberKey }).from(officialNumbers),
    db.select({ numberId: disputes.numberId }).from(disputes).where(eq(disputes.status, 'open')),
  ]);
  const numberById = new Map(numberRows.map((n) => [n.id, n]));
  const reporterById = new Map(reporterRows.map((r) => [r.id, r]));
  const officialKeys = new Set(officialRows.map((o) => o.key));
  const disputed = new Set(disputeRows.map((d) => d.numberId));
  const ledgerRows: LedgerReport[] = reportRows.map((row) => {
    const number = numberById.get(row.numberId)!;
    return {
      id: row.id,
      numberId: row.numberId,
      blockKey: number.blockKey,
      reporterId: row.reporterId,
      reporterFirstSeenAt: reporterById.get(row.reporterId)!.firstSeenAt,
      ipHash: row.ipHash,
      reportedAt: row.reportedAt,
      status: row.status,
      retractedAt: row.status === 'retracted' ? row.updatedAt : null,
      facts: reportFacts(row, number.type as NumberType),
    };
  });
  const replay = (trust: (id: string | number) => ReporterTrust) => {
    const ledger = new EvidenceLedger(options.halfLifeDays, trust);
    for (const row of ledgerRows) ledger.add(row);
    return ledger;
  };
  const scoreOf = (ledger: EvidenceLedger, numberId: number) => {
    const number = numberById.get(numberId)!;
    return scoreStored(
      { evidence: ledger.numberEvidence(numberId), blockEvidence: ledger.blockEvidence(number.blockKey), official: officialKeys.has(number.key), openDispute: disputed.has(numberId) },
      number.type as NumberType,
      options.now,
      options.halfLifeDays,
    );
  };

  const stored = (id: string | number) => {
    const reporter = reporterById.get(Number(id));
    return { agreed: reporter?.agreed ?? 0, disagreed: reporter?.disagreed ?? 0 };
  };
  let ledger = replay(stored);
  let trust: Map<number, ReporterTrust> | null = null;
  if (options.updateTrust) {
    trust = new Map();
    for (const numberId of ledger.numberIds()) {
      const { verdict } = scoreOf(ledger, Number(numberId));
      for (const voice of ledger.voices(numberId)) {
        const agreement = voiceAgreement(reportVote(voice.facts), verdict);
        if (!agreement) continue;
        const tally = trust.get(Number(voice.reporterId)) ?? { agreed: 0, disagreed: 0 };
        tally[agreement]++;
        trust.set(Number(voice.reporterId), tally);
      }
    }
    const counts = trust;
    ledger = replay((id) => counts.get(Number(id)) ?? { agreed: 0, disagreed: 0 });
  }

  const statements: WriteStatement[] = [db.delete(numberEvidence), db.delete(blockEvidence)];
  const numberIds = ledger.numberIds().map(Number);
  for (const numberId of numberIds) {
    const rows = Object.entries(ledger.numberEvidence(numberId)).map(([feature, value]) => ({ numberId, feature, value }));
    for (const chunk of chunks(rows, 30)) statements.push(db.insert(numberEvidence).values(chunk));
    const score = scoreOf(ledger, numberId);
    statements.push(
      db.update(numberStats).set(scoreSnapshotColumns(score, options.now)).where(eq(numberStats.numberId, numberId)),
    );
  }
  const blockKeys = ledger.blockKeys();
  for (const blockKey of blockKeys) {
    const rows = Object.entries(ledger.blockEvidence(blockKey)).map(([feature, value]) => ({ blockKey, feature, value }));
    for (const chunk of chunks(rows, 30)) statements.push(db.insert(blockEvidence).values(chunk));
  }
  let reweighed = 0;
  for (const row of reportRows) {
    const weight = ledger.weights.get(row.id)!;
    const discounts = JSON.stringify(weight.discounts);
    if (weight.weight === row.weight && discounts === row.discounts) continue;
    reweighed++;
    statements.push(db.update(reports).set({ weight: weight.weight, discounts }).where(eq(reports.id, row.id)));
  }
  let reportersUpdated = 0;
  if (trust) {
    for (const reporter of reporterRows) {
      const tally = trust.get(reporter.id) ?? { agreed: 0, disagreed: 0 };
      if (tally.agreed === reporter.agreed && tally.disagreed === reporter.disagreed) continue;
      reportersUpdated++;
      statements.push(db.update(reporters).set(tally).where(eq(reporters.id, reporter.id)));
    }
  }
  if (!options.dryRun) await database.atomic(statements);
  return { reports: reportRows.length, numbers: numberIds.length, blocks: blockKeys.length, reweighed, reportersUpdated, retagged };
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function main() {
  const { openSqliteDatabase } = await import('../src/db/sqlite-file');
  const { MIGRATIONS_FOLDER } = await import('./paths');
  const args = process.argv.slice(2);
  const database = openSqliteDatabase(process.env.DB_PATH ?? './data/collector-check.db', { migrationsFolder: MIGRATIONS_FOLDER });
  const halfLifeDays = Number(process.env.SCORE_HALF_LIFE_DAYS) || DEFAULT_HALF_LIFE_DAYS;
  const started = performance.now();
  const result = await rescore(database, { halfLifeDays, now: Date.now(), updateTrust: args.includes('--trust'), dryRun: args.includes('--dry-run') });
  const [{ total }] = database.client.prepare('select count(*) as total from number_evidence').all() as [{ total: number }];
  console.log(
    `rescored ${result.reports} reports on ${result.numbers} numbers and ${result.blocks} blocks in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${result.reweighed} weights changed, ${result.reportersUpdated} reporters' agreement updated, ${result.retagged} legacy reports re-tagged, ${total} evidence rows${args.includes('--dry-run') ? ' (dry run: nothing written)' : ''}`,
  );
  database.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
