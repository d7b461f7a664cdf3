/**
 * The benches' database: the seeded history imported through the real bulk import into a
 * SQLite file, built once per history and reused from the system's temp folder.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceData } from '../../src/db/reference-data';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import { openSqliteDatabase, type SqliteDatabase } from '../../src/db/sqlite-file';
import { resolveHashSecret } from '../../src/db/hash-secret';
import { parseImportLine } from '../../src/routes/admin/import-line';
import { nodeHmacHasher } from '../../src/security/node-hasher';
import { importReports, type ImportSummary } from '../../src/services/import';
import { ndjsonLines } from '../../src/services/ndjson-lines';
import { createReadStream } from 'node:fs';
import { MIGRATIONS_FOLDER } from '../../scripts/paths';
import { DEFAULT_HISTORY, writeHistory, type HistoryOptions } from './history';

export const BENCH_DIR = join(tmpdir(), 'collector-check-bench');

export function historyOptions(): HistoryOptions {
  const reports = Number(process.env.BENCH_REPORTS ?? DEFAULT_HISTORY.reports);
  const scale = reports / DEFAULT_HISTORY.reports;
  return { ...DEFAULT_HISTORY, reports, numbers: Math.max(100, Math.round(DEFAULT_HISTORY.numbers * scale)), hotReports: Math.round(DEFAULT_HISTORY.hotReports * scale) };
}

export async function historyFile(options: HistoryOptions): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `history-${options.seed}-${options.reports}.ndjson`);
  if (!existsSync(file)) {
    await writeHistory(`${file}.part`, options);
    renameSync(`${file}.part`, file);
  }
  return file;
}

export interface ImportRun {
  summary: ImportSummary;
  seconds: number;
  peakRssMb: number;
}

/** Imports `file` into a new database at `dbPath`, as `npm run import -- FILE --db` does. */
export async function importInto(dbPath: string, file: string, now: number): Promise<ImportRun> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  const database = openSqliteDatabase(dbPath, { migrationsFolder: MIGRATIONS_FOLDER, cacheMiB: 64 });
  await loadReferenceSeed(database, now);
  const secret = await resolveHashSecret(database, 'bench-secret');
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const summary = await importReports(
    { database, reference: referenceData(database), hasher: nodeHmacHasher(secret), clock: () => now, halfLifeDays: 180, parseLine: parseImportLine },
    ndjsonLines(createReadStream(file)),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sample);
  database.client.pragma('wal_checkpoint(TRUNCATE)');
  database.close();
  return { summary, seconds, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
}

/** The history's database, imported once and kept for later runs. */
export async function benchDatabase(now: number): Promise<string> {
  const options = historyOptions();
  const dbPath = join(BENCH_DIR, `bench-${options.seed}-${options.reports}.db`);
  if (!existsSync(dbPath)) {
    const file = await historyFile(options);
    const building = `${dbPath}.building`;
    await importInto(building, file, now);
    renameSync(building, dbPath);
  }
  return dbPath;
}

export function openBenchDatabase(path: string): SqliteDatabase {
  return openSqliteDatabase(path, { migrationsFolder: MIGRATIONS_FOLDER });
}

export function fileMb(path: string): number {
  return statSync(path).size / 2 ** 20;
}
