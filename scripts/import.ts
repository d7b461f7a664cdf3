/**
 * Bulk import of reports from an NDJSON file (docs/operations.md), the command-line twin of
 * POST /v1/admin/import:
 *
 *   npm run import -- FILE [--db PATH]               straight into a SQLite file (default DB_PATH)
 *   npm run import -- FILE --url URL [--token T]     through a running server (token or ADMIN_TOKEN),
 *                   [--batch-lines N]                N lines per request (default 5000, or 1000 on Workers + D1)
 *
 * FILE may be "-" for stdin. Progress goes to stderr (a bar on a terminal, plain lines
 * otherwise); the summary is printed as JSON on stdout. Exit status: 0 when the file was
 * read to the end (rejected lines included), 1 when the import could not run.
 */
import { createReadStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config';
import { resolveHashSecret } from '../src/db/hash-secret';
import { referenceData } from '../src/db/reference-data';
import { parseImportLine } from '../src/routes/admin/import-line';
import { auditedImport, MAX_LISTED_ERRORS, type ImportSummary } from '../src/services/import';
import { ndjsonLines, type NdjsonLine } from '../src/services/ndjson-lines';
import { loadReferenceSeed } from '../src/db/reference-seed';
import { openSqliteDatabase } from '../src/db/sqlite-file';
import { consoleLogger } from '../src/logger';
import { nodeHmacHasher } from '../src/security/node-hasher';
import { MIGRATIONS_FOLDER } from './paths';

const USAGE = 'usage: npm run import -- FILE [--db PATH | --url URL [--token TOKEN] [--batch-lines N]]';
/** Lines per request with --url: on Node the server streams any size; on Workers + D1 it takes 1000 per request. */
const NODE_BATCH_LINES = 5000;
const D1_BATCH_LINES = 1000;

interface Options {
  file: string;
  db: string | undefined;
  url: string | undefined;
  token: string | undefined;
  /** Lines per request with --url; null: ask the server which runtime it is on. */
  batchLines: number | null;
}

function readOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      url: { type: 'string' },
      token: { type: 'string' },
      'batch-lines': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.error(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) throw new Error(`expected one FILE\n${USAGE}`);
  if (values.db && values.url) throw new Error(`use either --db or --url, not both\n${USAGE}`);
  const batchLines = values['batch-lines'] === undefined ? null : Number(values['batch-lines']);
  if (batchLines !== null && (!Number.isInteger(batchLines) || batchLines < 1)) {
    throw new Error(`--batch-lines must be a positive whole number\n${USAGE}`);
  }
  return { file: positionals[0]!, db: values.db, url: values.url, token: values.token ?? process.env.ADMIN_TOKEN, batchLines };
}

/** Progress on stderr: a redrawn bar on a terminal, a line every few seconds in logs. */
export function progressReporter(totalBytes: number | null, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let bytes = 0;
  let lines = 0;
  let lastDrawn = started;
  const interactive = Boolean(stream.isTTY);
  const draw = (final = false) => {
    const now = Date.now();
    if (!final && now - lastDrawn < (interactive ? 100 : 2000)) return;
    lastDrawn = now;
    const seconds = Math.max(0.001, (now - started) / 1000);
    const rate = `${Math.round(lines / seconds).toLocaleString('en')} lines/s`;
    const share = totalBytes ? Math.min(1, bytes / totalBytes) : null;
    if (interactive) {
      const width = 30;
      const filled = share === null ? 0 : Math.round(share * width);
      const bar = share === null ? '' : `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% `;
      stream.write(`\r${bar}${lines.toLocaleString('en')} lines, ${rate}\x1b[K${final ? '\n' : ''}`);
    } else {
      stream.write(`import: ${lines} lines${share === null ? '' : ` (${(share * 100).toFixed(1)}%)`}, ${rate}\n`);
    }
  };
  return {
    bytes(n: number) {
      bytes += n;
      draw();
    },
    lines(n: number) {
      lines = n;
      draw();
    },
    done: () => draw(true),
  };
}

function fileSize(file: string): number | null {
  if (file === '-') return null;
  try {
    return statSync(file).size;
  } catch {
    throw new Error(`cannot read ${file}`);
  }
}

function openFile(file: string): NodeJS.ReadableStream & AsyncIterable<Uint8Array> {
  return (file === '-' ? process.stdin : createReadStream(file)) as never;
}

/** The file's lines; progress counts the bytes of lines handed on, not of chunks read ahead. */
async function* fileLines(file: string, progress: ReturnType<typeof progressReporter>): AsyncGenerator<NdjsonLine> {
  for await (const entry of ndjsonLines(openFile(file))) {
    progress.bytes(entry.text === null ? 0 : Buffer.byteLength(entry.text) + 1);
    yield entry;
  }
}

async function importIntoDatabase(options: Options, progress: ReturnType<typeof progressReporter>): Promise<ImportSummary> {
  const config = readConfig(process.env);
  const database = openSqliteDatabase(options.db ?? process.env.DB_PATH ?? './data/collector-check.db', { migrationsFolder: MIGRATIONS_FOLDER, cacheMiB: 64 });
  try {
    // The same start-up the server does: migrated, seeded (for agency aliases), same hash secret.
    await loadReferenceSeed(database, Date.now());
    const secret = await resolveHashSecret(database, config.hashSecret);
    return await auditedImport(
      {
        database,
        reference: referenceData(database),
        hasher: nodeHmacHasher(secret),
        clock: Date.now,
        halfLifeDays: config.scoreHalfLifeDays,
        logger: consoleLogger,
        parseLine: parseImportLine,
      },
      { actor: 'cli', origin: `cli:${options.file}` },
      fileLines(options.file, progress),
      { onProgress: (summary) => progress.lines(summary.lines) },
    );
  } finally {
    database.close();
  }
}

/**
 * Sends the file in requests of `batchLines` lines (1000 when /health says the server runs on
 * D1: a Worker may run only so many queries per request), since one endless request is
 * fragile anyway. Lines are idempotent by external_id, so a failed batch can be sent again.
 */
async function importThroughServer(options: Options, progress: ReturnType<typeof progressReporter>): Promise<ImportSummary> {
  if (!options.token) throw new Error('--url needs --token (or ADMIN_TOKEN in the environment)');
  const batchLines = options.batchLines ?? ((await serverRuntime(options.url!)) === 'd1' ? D1_BATCH_LINES : NODE_BATCH_LINES);
  const total: ImportSummary = { lines: 0, inserted: 0, updated: 0, skipped: 0, rejected: 0, errors: [], errors_truncated: false };
  let batch: { line: number; text: string }[] = [];
  const send = async () => {
    if (batch.length === 0) return;
    const response = await fetch(new URL('/v1/admin/import', options.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/x-ndjson' },
      body: `${batch.map((entry) => entry.text).join('\n')}\n`,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`the server answered ${response.status} at file line ${batch[0]!.line}: ${text}`);
    const part = JSON.parse(text) as ImportSummary;
    // The server numbers the lines of its request; map them back to lines of the file.
    addSummary(total, { ...part, errors: part.errors.map((e) => ({ line: batch[e.line - 1]?.line ?? e.line, reason: e.reason })) });
    progress.lines(total.lines);
    batch = [];
  };
  for await (const entry of fileLines(options.file, progress)) {
    if (entry.text === null) {
      addSummary(total, { lines: 1, inserted: 0, updated: 0, skipped: 0, rejected: 1, errors: [{ line: entry.line, reason: 'The line is too long to be a report.' }], errors_truncated: false });
      continue;
    }
    batch.push({ line: entry.line, text: entry.text });
    if (batch.length >= batchLines) await send();
  }
  await send();
  total.errors.sort((a, b) => a.line - b.line);
  return total;
}

async function serverRuntime(url: string): Promise<string | null> {
  try {
    const health = (await (await fetch(new URL('/health', url))).json()) as { runtime?: string };
    return health.runtime ?? null;
  } catch {
    return null;
  }
}

function addSummary(total: ImportSummary, part: ImportSummary) {
  total.lines += part.lines;
  total.inserted += part.inserted;
  total.updated += part.updated;
  total.skipped += part.skipped;
  total.rejected += part.rejected;
  for (const error of part.errors) {
    if (total.errors.length < MAX_LISTED_ERRORS) total.errors.push(error);
    else total.errors_truncated = true;
  }
  total.errors_truncated ||= part.errors_truncated;
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  try {
    const progress = progressReporter(fileSize(options.file));
    const summary = options.url ? await importThroughServer(options, progress) : await importIntoDatabase(options, progress);
    progress.done();
    const { errors, ...counts } = summary;
    for (const error of errors.slice(0, 20)) console.error(`line ${error.line}: ${error.reason}`);
    if (errors.length > 20 || summary.errors_truncated) console.error(`… and ${summary.rejected - 20} more rejected lines (see the JSON summary)`);
    console.error(
      `imported ${counts.lines} lines: ${counts.inserted} inserted, ${counts.updated} updated, ${counts.skipped} skipped (already imported), ${counts.rejected} rejected`,
    );
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  } catch (error) {
    console.error(`import failed: ${(error as Error).message}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('scripts/import.ts')) {
  main().then((code) => process.exit(code));
}
