/**
 * The write path at scale (`npm run bench -- write`): the seeded 1M-report history through
 * the real bulk import, the rescore of it, the database size it makes, and live ingest over
 * HTTP into the real server, each beside a floor measured in the same run:
 * - import and rescore against raw better-sqlite3 inserts of the same number of report rows;
 * - live ingest against the bare Hono + better-sqlite3 server (bench/support/floor-server.mjs).
 * BENCH_REPORTS=100000 runs a smaller history.
 */
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { referenceData } from '../src/db/reference-data';
import { rescore } from '../src/services/rescore';
import { BENCH_DIR, fileMb, historyFile, historyOptions, importInto, openBenchDatabase } from './support/database';
import { benchNumber } from './support/history';
import { describeLoad, load } from './support/load';
import { startAppServer, startFloorServer } from './support/servers';

const NOW = Date.UTC(2026, 11, 1);

export async function run() {
  const options = historyOptions();
  const file = await historyFile(options);
  console.log(`history: ${options.reports} reports on ${options.numbers} numbers (one with ${options.hotReports}), ${fileMb(file).toFixed(0)} MB of NDJSON`);

  const floorRate = rawInsertRate(join(BENCH_DIR, 'floor-inserts.db'), options.reports);
  const dbPath = join(BENCH_DIR, 'write-bench.db');
  const imported = await importInto(dbPath, file, NOW);
  const importRate = imported.summary.lines / imported.seconds;
  const { inserted, updated, skipped, rejected } = imported.summary;
  console.log(`  floor: raw inserts of report rows          ${floorRate.toFixed(0).padStart(8)} rows/s`);
  console.log(
    `  bulk import (npm run import -- FILE --db)  ${importRate.toFixed(0).padStart(8)} lines/s  ${(importRate / floorRate).toFixed(2)}× floor  ` +
      `(${inserted} inserted, ${updated} updated, ${skipped} skipped, ${rejected} rejected; peak RSS ${imported.peakRssMb.toFixed(0)} MB)`,
  );
  printSize(dbPath, inserted);

  const database = openBenchDatabase(dbPath);
  const started = performance.now();
  const result = await rescore({ database, reference: referenceData(database) }, { halfLifeDays: 180, now: NOW });
  const rescoreSeconds = (performance.now() - started) / 1000;
  database.close();
  const rescoreRate = result.reports / rescoreSeconds;
  console.log(`  rescore (npm run rescore)                  ${rescoreRate.toFixed(0).padStart(8)} reports/s  ${(rescoreRate / floorRate).toFixed(2)}× floor  (${result.reweighed} weights changed)`);

  const floor = await startFloorServer(join(BENCH_DIR, 'floor.db'));
  const floorLoad = await load(floor.base, { request: () => ({ path: `/n/${1 + Math.floor(Math.random() * 100_000)}` }) });
  await floor.stop();
  const app = await startAppServer({ DB_PATH: dbPath, TRUST_PROXY: '1', ADMIN_TOKEN: '' });
  let token = 0;
  const ingest = await load(app.base, {
    request: () => ({
      path: '/v1/reports',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-reporter-token': `bench-live-reporter-${++token}` },
      body: JSON.stringify({
        number: benchNumber(1 + Math.floor(Math.random() ** 3 * (options.numbers - 2))),
        called_at: new Date(Date.now() - 600_000).toISOString(),
        claimed_agency: '支付宝催收',
        tags: ['threats'],
        hotline_check: 'denied',
        payment_requested: 'personal_account',
        comment: '让我转账到个人账户 6222021234567890123',
      }),
    }),
  });
  const rss = app.rssMb();
  await app.stop();
  console.log(describeLoad('floor: bare Hono + better-sqlite3 GET', floorLoad));
  console.log(`${describeLoad('live ingest: POST /v1/reports (32 conn.)', ingest, floorLoad)}  RSS ${rss.toFixed(0)} MB`);
}

/** Rows a second that better-sqlite3 inserts into a reports-shaped table with the same indexes, in one transaction. */
function rawInsertRate(path: string, rows: number): number {
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('drop table if exists r');
  db.exec(`create table r (id text primary key, number_id integer, reporter_id integer, ip_hash text, called_at integer, reported_at integer,
    updated_at integer, tags text, status text, weight real, discounts text, comment text, external_id text)`);
  db.exec('create index r_n on r (number_id, status, reported_at); create index r_rn on r (reporter_id, number_id, reported_at); create unique index r_e on r (external_id) where external_id is not null');
  const insert = db.prepare('insert into r values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const started = performance.now();
  db.transaction(() => {
    for (let i = 0; i < rows; i++) {
      insert.run(`r_${(i * 2654435761 >>> 0).toString(16)}${i}`, i % 100_000, i % 600_000, 'ab'.repeat(32), i, i, i, '["threats"]', 'visible', 1, '[]', null, `bench-${i}`);
    }
  })();
  const rate = rows / ((performance.now() - started) / 1000);
  db.close();
  return rate;
}

function printSize(path: string, reports: number) {
  const db = new BetterSqlite3(path, { readonly: true });
  const bytes = fileMb(path) * 2 ** 20;
  console.log(`  database: ${(bytes / 2 ** 20).toFixed(0)} MB for ${reports} reports, ${((bytes / reports) * 1e6 / 2 ** 20).toFixed(0)} MB per million (${(bytes / reports).toFixed(0)} bytes a report)`);
  try {
    const rows = db.prepare('select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc limit 6').all() as { name: string; bytes: number }[];
    console.log(`    largest: ${rows.map((r) => `${r.name} ${(r.bytes / 2 ** 20).toFixed(0)} MB`).join(', ')}`);
  } catch {
    // dbstat is a compile-time option of SQLite; without it only the total is known.
  }
  db.close();
}
