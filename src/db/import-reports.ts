/**
 * The bulk import of SPEC §7, shared by `POST /v1/admin/import` and `npm run import`. Each line
 * goes through the same validation and the same write path (`submitReport`) as a live report,
 * with the time it was reported standing in for "now", so history replays faithfully.
 */
import { z } from '@hono/zod-openapi';
import type { Clock, Logger } from '../deps';
import { parseNumberOrThrow } from '../http/number-input';
import { ProblemError } from '../http/problem';
import { fieldErrors } from '../http/validation';
import { reportFields } from '../routes/reports/schemas';
import { FUTURE_SKEW_MS, submissionFromBody } from '../routes/reports/submission';
import { randomToken, type Hasher } from '../security/hasher';
import { ipPrefix } from '../security/ip-prefix';
import { auditRepository } from './audit-repository';
import type { Database } from './database';
import { MAX_LINE_CHARS, type NdjsonLine } from './import-lines';
import { importReceiptRepository } from './import-receipts';
import { submitReport } from './report-writer';

const DAY_MS = 86_400_000;
/** Imported history may reach back five years (SPEC §7), leap days included. */
export const IMPORT_MAX_AGE_DAYS = 5 * 365 + 2;
/** As live: a report is about a call from the year before it. */
const REPORT_MAX_CALL_AGE_DAYS = 365;
/** Lines validated and checked for duplicates together, to save a query per line. */
const BATCH_LINES = 100;
/** The answer lists at most this many errors; the counts stay exact. */
export const MAX_LISTED_ERRORS = 1000;

export const ImportLineSchema = z
  .strictObject({
    ...reportFields,
    external_id: z.string().trim().min(1).max(200).openapi({ description: 'Idempotency key: a line whose external_id was imported before is skipped.' }),
    reporter: z.string().min(1).max(200).openapi({ description: 'Opaque source-side reporter id; stored only as a keyed hash.' }),
    reported_at: z.iso.datetime({ offset: true, message: 'Use RFC 3339 with an offset.' }),
    ip_prefix: z.string().max(64).optional().openapi({ description: 'The reporter’s IP address or prefix (e.g. 203.0.113.0/24); stored only as a keyed hash of its /24 or /48.' }),
  })
  .openapi('ImportLine');
export type ImportLine = z.infer<typeof ImportLineSchema>;

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
}

export interface ImportDeps {
  database: Database;
  hasher: Hasher;
  clock: Clock;
  halfLifeDays: number;
  logger?: Logger;
}

/**
 * Imports report lines in file order. One bad line is counted and listed, never fatal.
 *
 * @example
 * const summary = await importReports(deps, ndjsonLines(request.body));
 */
export async function importReports(
  deps: ImportDeps,
  lines: AsyncIterable<NdjsonLine>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { lines: 0, inserted: 0, updated: 0, skipped: 0, rejected: 0, errors: [], errors_truncated: false };
  const maxLines = options.maxLines ?? Infinity;
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
    if (batch.length >= BATCH_LINES) {
      await importBatch(deps, batch, summary);
      options.onProgress?.(summary);
      batch = [];
    }
  }
  if (batch.length) await importBatch(deps, batch, summary);
  options.onProgress?.(summary);
  return summary;
}

/**
 * {@link importReports} between two audit entries: `import.start` before the first line is
 * written (so an interrupted import still shows), `import.finish` with the counts after.
 * Each line's own write carries its receipt atomically.
 *
 * @example
 * const summary = await auditedImport(deps, { actor: 'admin:3f9a…', origin: 'api' }, ndjsonLines(body));
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

/** A line after JSON and schema checks: its body, or why it is rejected (unless already imported). */
interface ParsedLine {
  line: number;
  externalId: string | null;
  body: ImportLine | null;
  error: string | null;
}

async function importBatch(deps: ImportDeps, batch: NdjsonLine[], summary: ImportSummary) {
  const parsed = batch.map(parseLine);
  const imported = await importReceiptRepository(deps.database.db).imported(parsed.flatMap((p) => (p.externalId ? [p.externalId] : [])));
  for (const entry of parsed) {
    summary.lines++;
    // A line imported before is skipped, even one that today's rules would reject.
    if (entry.externalId && imported.has(entry.externalId)) {
      summary.skipped++;
      continue;
    }
    if (!entry.body) {
      reject(summary, entry.line, entry.error ?? 'The line is not a report.');
      continue;
    }
    try {
      const status = await importLine(deps, entry.body);
      imported.add(entry.body.external_id);
      if (status === 'created') summary.inserted++;
      else summary.updated++;
    } catch (error) {
      if (error instanceof ProblemError) {
        reject(summary, entry.line, problemReason(error));
      } else if (isUniqueViolation(error)) {
        // A concurrent import of the same line committed first: it is imported, just not by us.
        summary.skipped++;
      } else {
        deps.logger?.error(`import: line ${entry.line} failed`, error);
        reject(summary, entry.line, 'The line could not be stored (server error); try it again.');
      }
    }
  }
}

function parseLine({ line, text }: NdjsonLine): ParsedLine {
  if (text === null) {
    return { line, externalId: null, body: null, error: `The line is longer than ${MAX_LINE_CHARS} characters; no report is that long.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, externalId: null, body: null, error: 'The line is not valid JSON.' };
  }
  const result = ImportLineSchema.safeParse(value);
  if (result.success) return { line, externalId: result.data.external_id, body: result.data, error: null };
  const externalId = (value as { external_id?: unknown } | null)?.external_id;
  return {
    line,
    externalId: typeof externalId === 'string' && externalId.trim() ? externalId.trim() : null,
    body: null,
    error: describeIssues(result.error.issues),
  };
}

async function importLine(deps: ImportDeps, body: ImportLine): Promise<'created' | 'updated'> {
  const now = deps.clock();
  const reportedAt = Date.parse(body.reported_at);
  if (reportedAt > now + FUTURE_SKEW_MS) throw invalid('reported_at', 'The report time is in the future.');
  if (reportedAt < now - IMPORT_MAX_AGE_DAYS * DAY_MS) throw invalid('reported_at', 'The report is older than 5 years.');
  const number = parseNumberOrThrow(body.number, body.region, 'en', 'number');
  // The live rules, with the server's clock for how far back history may go.
  const submission = submissionFromBody(body, number, now, { maxAgeDays: IMPORT_MAX_AGE_DAYS });
  if (submission.calledAt.ms > reportedAt + FUTURE_SKEW_MS) throw invalid('called_at', 'The call is after the time it was reported.');
  if (submission.calledAt.ms < reportedAt - REPORT_MAX_CALL_AGE_DAYS * DAY_MS) {
    throw invalid('called_at', `The call is more than ${REPORT_MAX_CALL_AGE_DAYS} days before it was reported.`);
  }
  const prefix = body.ip_prefix === undefined ? null : ipPrefix(body.ip_prefix.replace(/\/\d{1,3}$/, ''));
  if (body.ip_prefix !== undefined && !prefix) throw invalid('ip_prefix', 'Not an IPv4 or IPv6 address or prefix.');
  const [reporterHash, ipHash] = await Promise.all([
    deps.hasher.hash('reporter', body.reporter),
    prefix ? deps.hasher.hash('ip', prefix) : Promise.resolve(null),
  ]);
  const { status } = await submitReport(
    { database: deps.database, halfLifeDays: deps.halfLifeDays },
    submission,
    { reporterHash, ipHash, reportedAt, source: 'import', externalId: body.external_id },
    [importReceiptRepository(deps.database.db).record(body.external_id, now)],
  );
  return status;
}

function invalid(path: string, message: string): ProblemError {
  return new ProblemError(400, 'validation-error', `${path}: ${message}`, { errors: [{ path, message }] });
}

function problemReason(error: ProblemError): string {
  const problem = error.toProblem();
  if (problem.type === 'invalid-number') return `number: ${problem.detail}`;
  return problem.detail;
}

function describeIssues(issues: readonly { code: string; path: PropertyKey[]; message: string; keys?: string[] }[]): string {
  return fieldErrors(issues)
    .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
    .join('; ');
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
