/**
 * The bulk import, shared by `POST /v1/admin/import` and `npm run import` (docs/operations.md).
 * Lines are read in batches; each batch is validated, checked for receipts with one set read,
 * and written through the same batch write path as live reports (services/reports.ts), in file
 * order, with the time each line was reported standing in for "now": history replays exactly
 * as if it had been posted live, at the storage engine's speed.
 */
import type { Clock, Logger } from '../deps';
import type { Database } from '../db/database';
import { auditRepository } from '../db/audit-repository';
import { importReceiptRepository } from '../db/import-receipts';
import type { ReferenceData } from '../db/reference-data';
import { normalizePhone, type NormalizedNumber } from '../domain/phone';
import { checkImportTimes, ReportRuleError, type ReportAnswers, type ReportSubmission } from '../domain/reports/submission';
import { randomToken, type Hasher } from '../security/hasher';
import { ipPrefix } from '../security/ip-prefix';
import { MAX_LINE_CHARS, type NdjsonLine } from './ndjson-lines';
import { submitReports, type IncomingReport } from './reports';
import { refreshSnapshotsOf } from './score-snapshots';

/** Lines validated and written together. A batch is one atomic write. */
export const BATCH_LINES = 5_000;
/** The answer lists at most this many errors; the counts stay exact. */
export const MAX_LISTED_ERRORS = 1000;
/** Memo sizes for repeated numbers and reporters within an import. */
const MEMO_LIMIT = 50_000;

/** An import line after its schema check, in the service's terms. */
export interface ImportLineInput {
  /** What the reporter answered, as in a live report. */
  answers: ReportAnswers;
  externalId: string;
  reporter: string;
  reportedAt: string;
  ipPrefix: string | null;
  number: string;
  region: string;
  calledAt: string;
}

export type ParsedImportLine = { ok: true; line: ImportLineInput } | { ok: false; externalId: string | null; reason: string };

export interface ImportSummary {
  lines: number;
  inserted: number;
  updated: number;
  skipped: number;
  rejected: number;
  errors: { line: number; reason: string }[];
  errors_truncated: boolean;
}

export interface ImportOptions {
  onProgress?: (summary: ImportSummary) => void;
  /** Lines to import at most; later ones are counted as rejected with `overLimitReason`. */
  maxLines?: number;
  overLimitReason?: string;
  batchLines?: number;
}

export interface ImportDeps {
  database: Database;
  reference: ReferenceData;
  hasher: Hasher;
  clock: Clock;
  halfLifeDays: number;
  /** The wire format's schema check (routes/admin/import-line.ts). */
  parseLine: (value: unknown) => ParsedImportLine;
  logger?: Logger;
}

/**
 * Imports report lines in file order. One bad line is counted and listed, never fatal.
 *
 * @example
 * const summary = await importReports(deps, ndjsonLines(request.body));
 */
export async function importReports(deps: ImportDeps, lines: AsyncIterable<NdjsonLine>, options: ImportOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { lines: 0, inserted: 0, updated: 0, skipped: 0, rejected: 0, errors: [], errors_truncated: false };
  const maxLines = options.maxLines ?? Infinity;
  const batchLines = options.batchLines ?? BATCH_LINES;
  const memo = new ImportMemo(deps.hasher);
  const touched = new Set<number>();
  let batch: NdjsonLine[] = [];
  let taken = 0;
  for await (const line of lines) {
    if (taken >= maxLines) {
      // Read to the end so the counts cover the whole body, but touch the database no more.
      summary.lines++;
      reject(summary, line.line, options.overLimitReason ?? `Not imported: at most ${maxLines} lines per request.`);
      continue;
    }
    taken++;
    batch.push(line);
    if (batch.length >= batchLines) {
      await importBatch(deps, memo, batch, summary, touched);
      options.onProgress?.(summary);
      batch = [];
    }
  }
  if (batch.length) await importBatch(deps, memo, batch, summary, touched);
  // Snapshots once per touched number at the end, not once per batch.
  await refreshSnapshotsOf({ database: deps.database, reference: deps.reference, halfLifeDays: deps.halfLifeDays }, [...touched], deps.clock());
  options.onProgress?.(summary);
  return summary;
}

/**
 * {@link importReports} between two audit entries: `import.start` before the first line is
 * written (so an interrupted import still shows), `import.finish` with the counts after.
 * Each batch's own write carries its receipts atomically.
 */
export async function auditedImport(
  deps: ImportDeps,
  who: { actor: string; origin: string },
  lines: AsyncIterable<NdjsonLine>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const audit = auditRepository(deps.database.db);
  const importId = `imp_${randomToken(8)}`;
  await deps.database.atomic([
    audit.entry({ actor: who.actor, action: 'import.start', target: `import:${importId}`, after: { origin: who.origin }, at: deps.clock() }),
  ]);
  const summary = await importReports(deps, lines, options);
  const { errors, ...counts } = summary;
  await deps.database.atomic([
    audit.entry({
      actor: who.actor,
      action: 'import.finish',
      target: `import:${importId}`,
      after: { origin: who.origin, ...counts, first_errors: errors.slice(0, 20) },
      at: deps.clock(),
    }),
  ]);
  return summary;
}

interface Accepted {
  line: number;
  externalId: string;
  report: IncomingReport;
}

async function importBatch(deps: ImportDeps, memo: ImportMemo, batch: NdjsonLine[], summary: ImportSummary, touched: Set<number>) {
  const now = deps.clock();
  const parsed = batch.map((line) => ({ line: line.line, result: parseText(deps, line) }));
  const imported = await importReceiptRepository(deps.database).imported(
    parsed.flatMap(({ result }) => (result.ok ? [result.line.externalId] : result.externalId ? [result.externalId] : [])),
  );
  const accepted: Accepted[] = [];
  for (const { line, result } of parsed) {
    summary.lines++;
    const externalId = result.ok ? result.line.externalId : result.externalId;
    // A line imported before is skipped, even one that today's rules would reject.
    if (externalId && imported.has(externalId)) {
      summary.skipped++;
      continue;
    }
    if (!result.ok) {
      reject(summary, line, result.reason);
      continue;
    }
    const built = await buildReport(memo, result.line, now);
    if (typeof built === 'string') {
      reject(summary, line, built);
      continue;
    }
    imported.add(externalId!);
    accepted.push({ line, externalId: externalId!, report: built });
  }
  if (accepted.length === 0) return;
  const ctx = { database: deps.database, reference: deps.reference, halfLifeDays: deps.halfLifeDays, now };
  try {
    const receipts = await submitReports(
      ctx,
      accepted.map((a) => a.report),
      { receipts: accepted.map((a) => a.externalId), snapshots: false },
    );
    for (const receipt of receipts) {
      touched.add(receipt.record.numberId);
      if (receipt.status === 'created') summary.inserted++;
      else summary.updated++;
    }
  } catch (error) {
    if (!isUniqueViolation(error)) {
      deps.logger?.error('import: a batch failed', error);
      for (const a of accepted) reject(summary, a.line, 'The line could not be stored (server error); try it again.');
      return;
    }
    // A concurrent import of some of these lines committed first: take the batch line by line.
    for (const a of accepted) {
      if ((await importReceiptRepository(deps.database).imported([a.externalId])).size) {
        summary.skipped++;
        continue;
      }
      const [receipt] = await submitReports(ctx, [a.report], { receipts: [a.externalId] });
      touched.add(receipt!.record.numberId);
      if (receipt!.status === 'created') summary.inserted++;
      else summary.updated++;
    }
  }
}

function parseText(deps: ImportDeps, { text }: NdjsonLine): ParsedImportLine {
  if (text === null) return { ok: false, externalId: null, reason: `The line is longer than ${MAX_LINE_CHARS} characters; no report is that long.` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, externalId: null, reason: 'The line is not valid JSON.' };
  }
  return deps.parseLine(value);
}

/** A line as a report to write, or why it is rejected. */
async function buildReport(memo: ImportMemo, line: ImportLineInput, now: number): Promise<IncomingReport | string> {
  const reportedAt = Date.parse(line.reportedAt);
  const calledAtMs = Date.parse(line.calledAt);
  const number = memo.number(line.number, line.region);
  if (typeof number === 'string') return `number: ${number}`;
  try {
    checkImportTimes(reportedAt, calledAtMs, now);
  } catch (error) {
    if (error instanceof ReportRuleError) return `${error.path}: ${error.message}`;
    throw error;
  }
  const prefix = line.ipPrefix === null ? null : ipPrefix(line.ipPrefix.replace(/\/\d{1,3}$/, ''));
  if (line.ipPrefix !== null && !prefix) return 'ip_prefix: Not an IPv4 or IPv6 address or prefix.';
  const reporterHash = memo.hashSync('reporter', line.reporter) ?? (await memo.hash('reporter', line.reporter));
  const ipHash = prefix ? (memo.hashSync('ip', prefix) ?? (await memo.hash('ip', prefix))) : null;
  const submission: ReportSubmission = { number, calledAt: { text: line.calledAt, ms: calledAtMs }, ...line.answers };
  return { submission, origin: { reporterHash, ipHash, reportedAt, source: 'import', externalId: line.externalId } };
}

/**
 * Numbers and reporters repeat across a history (a few numbers get most reports): each is
 * normalized or hashed once per import, in bounded memory.
 */
class ImportMemo {
  private readonly numbers = new Map<string, NormalizedNumber | string>();
  private readonly hashes = new Map<string, Promise<string>>();
  private readonly syncHashes = new Map<string, string>();
  constructor(private readonly hasher: Hasher) {}

  number(input: string, region: string): NormalizedNumber | string {
    const key = `${region}|${input}`;
    let found = this.numbers.get(key);
    if (found === undefined) {
      const result = normalizePhone(input, { region, lang: 'en' });
      found = result.ok ? result.number : result.message;
      remember(this.numbers, key, found);
    }
    return found;
  }

  /** The digest without waiting, when the hasher can (Node); null otherwise. */
  hashSync(purpose: 'reporter' | 'ip', value: string): string | null {
    if (!this.hasher.hashSync) return null;
    const key = `${purpose}|${value}`;
    let found = this.syncHashes.get(key);
    if (found === undefined) remember(this.syncHashes, key, (found = this.hasher.hashSync(purpose, value)));
    return found;
  }

  hash(purpose: 'reporter' | 'ip', value: string): Promise<string> {
    const key = `${purpose}|${value}`;
    let found = this.hashes.get(key);
    if (!found) remember(this.hashes, key, (found = this.hasher.hash(purpose, value)));
    return found;
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V) {
  if (map.size >= MEMO_LIMIT) map.delete(map.keys().next().value!);
  map.set(key, value);
}

function reject(summary: ImportSummary, line: number, reason: string) {
  summary.rejected++;
  if (summary.errors.length < MAX_LISTED_ERRORS) summary.errors.push({ line, reason });
  else summary.errors_truncated = true;
}

function isUniqueViolation(error: unknown): boolean {
  const message = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : '';
  return /UNIQUE constraint failed: (import_receipts|reports)\./i.test(message);
}
