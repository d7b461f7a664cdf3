/**
 * Bulk-import rate (lines/s) on a SQLite file, against raw inserts of the same report rows in
 * the same run. Run: `npx tsx bench/import.bench.ts [lines]`.
 *
 * - import (core): `importReports`, the path `npm run import -- FILE --db` takes: validation,
 *   alias resolution, voice weighting, every aggregate and the score snapshot, one
 *   transaction per line.
 * - import (HTTP): the same through POST /v1/admin/import on the in-process app.
 * - baseline: the finished `reports` rows inserted with a prepared statement, one
 *   transaction per line (same commits as the import), and all in one transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from '../src/app';
import { readConfig } from '../src/config';
import { ndjsonLines } from '../src/db/import-lines';
import { importReports, type ImportSummary } from '../src/db/import-reports';
import { loadReferenceSeed } from '../src/db/reference-seed';
import { openSqliteDatabase, type SqliteDatabase } from '../src/db/sqlite-file';
import { consoleLogger } from '../src/logger';
import { hmacHasher } from '../src/security/hasher';
import { memoryRateLimiter } from '../src/security/rate-limiter';
import { MIGRATIONS_FOLDER } from '../scripts/paths';
import { seededRandom } from '../scripts/seeded-random';

const DEFAULT_LINES = 5_000;
const NOW = Date.parse('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
const TAGS = ['threats', 'insults', 'repeated_calls', 'out_of_hours', 'personal_account_payment', 'fake_legal_documents', 'professional'];
const AGENCIES = ['支付宝催收', '蚂蚁', '京东白条', '分期乐', '某某资产管理', null];

/** A year of history over ~count/8 numbers, in the order it was reported. */
export function historyLines(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const numbers = Array.from({ length: Math.max(1, Math.floor(count / 8)) }, (_, i) => `1${pick(['38', '39', '70', '86'])}${String(10_000_000 + i * 37).slice(-8)}`);
  const start = NOW - 365 * DAY;
  return Array.from({ length: count }, (_, i) => {
    const reportedAt = start + Math.floor((i / count) * 364 * DAY);
    return JSON.stringify({
      external_id: `bench-${i}`,
      reporter: `source-user-${Math.floor(random() * count)}`,
      reported_at: new Date(reportedAt).toISOString(),
      ip_prefix: `10.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.0/24`,
      number: pick(numbers),
      called_at: new Date(reportedAt - Math.floor(random() * 3 * DAY)).toISOString(),
      claimed_agency: pick(AGENCIES),
      tags: TAGS.filter(() => random() < 0.25),
      debt_with_claimed_agency: pick(['yes', 'no', 'unknown']),
      hotline_check: pick(['confirmed', 'denied', 'not_tried']),
      payment_requested: pick(['none', 'official_channel', 'personal_account']),
      comment: random() < 0.3 ? '多次来电，自称支付宝催收，要求转账到个人账户 13912345678' : null,
    });
  });
}

function freshDatabase(dir: string, name: string): SqliteDatabase {
  return openSqliteDatabase(join(dir, `${name}.db`), { migrationsFolder: MIGRATIONS_FOLDER });
}

async function* linesOf(text: string) {
  yield* ndjsonLines([new TextEncoder().encode(text)]);
}

async function timeImportCore(dir: string, text: string): Promise<{ seconds: number; summary: ImportSummary; database: SqliteDatabase }> {
  const database = freshDatabase(dir, 'core');
  await loadReferenceSeed(database, NOW);
  const deps = { database, hasher: hmacHasher(async () => 'bench-secret'), clock: () => NOW, halfLifeDays: 180, logger: consoleLogger };
  const started = performance.now();
  const summary = await importReports(deps, linesOf(text));
  return { seconds: (performance.now() - started) / 1000, summary, database };
}

async function timeImportHttp(dir: string, text: string): Promise<{ seconds: number; summary: ImportSummary }> {
  const database = freshDatabase(dir, 'http');
  await loadReferenceSeed(database, NOW);
  const app = createApp({
    database,
    config: readConfig({ ADMIN_TOKEN: 'bench-admin-token' }),
    clock: () => NOW,
    hasher: hmacHasher(async () => 'bench-secret'),
    rateLimiter: memoryRateLimiter(),
    logger: consoleLogger,
    clientAddress: () => '127.0.0.1',
  });
  const started = performance.now();
  const res = await app.request('/v1/admin/import', {
    method: 'POST',
    headers: { authorization: 'Bearer bench-admin-token', 'content-type': 'application/x-ndjson' },
    body: text,
  });
  const summary = (await res.json()) as ImportSummary;
  const seconds = (performance.now() - started) / 1000;
  database.close();
  return { seconds, summary };
}

/** Copies the rows the import produced into a fresh file with plain inserts: the floor for writing them at all. */
function timeRawInserts(dir: string, source: SqliteDatabase, oneTransaction: boolean): number {
  const target = freshDatabase(dir, oneTransaction ? 'raw-batch' : 'raw-each');
  const copy = (table: string) => {
    const rows = source.client.prepare(`select * from ${table}`).all() as Record<string, unknown>[];
    if (rows.length === 0) return [];
    const columns = Object.keys(rows[0]!);
    const insert = target.client.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
    return rows.map((row) => () => insert.run(row));
  };
  // Numbers and reporters first (foreign keys), untimed.
  for (const run of [...copy('numbers'), ...copy('reporters')]) run();
  const reportInserts = copy('reports');
  const started = performance.now();
  if (oneTransaction) target.client.transaction(() => reportInserts.forEach((run) => run()))();
  else for (const run of reportInserts) target.client.transaction(run)();
  const seconds = (performance.now() - started) / 1000;
  target.close();
  return seconds;
}

export async function run(): Promise<void> {
  const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? DEFAULT_LINES);
  const text = `${historyLines(count).join('\n')}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'collector-check-bench-'));
  try {
    const core = await timeImportCore(dir, text);
    const http = await timeImportHttp(dir, text);
    const written = core.summary.inserted;
    const rawEach = timeRawInserts(dir, core.database, false);
    const rawBatch = timeRawInserts(dir, core.database, true);
    core.database.close();

    const rate = (lines: number, seconds: number) => `${Math.round(lines / seconds).toLocaleString('en').padStart(9)} lines/s`;
    const { inserted, updated, rejected } = core.summary;
    console.log(`import: ${count} lines over ${Math.floor(count / 8)} numbers (${inserted} inserted, ${updated} updated, ${rejected} rejected), SQLite file, WAL`);
    console.log(`  import (core: importReports)                 ${rate(count, core.seconds)}`);
    console.log(`  import (HTTP: POST /v1/admin/import)         ${rate(count, http.seconds)}`);
    console.log(`  baseline: raw report inserts, 1 tx per row  ${rate(written, rawEach)}`);
    console.log(`  reference: raw report inserts, 1 tx total   ${rate(written, rawBatch)}`);
    console.log(`  ratio import (core) / baseline               ${(count / core.seconds / (written / rawEach)).toFixed(3)}×`);
    if (http.summary.inserted !== inserted) throw new Error('the HTTP import disagreed with the core import');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
