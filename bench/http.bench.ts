/**
 * Lookups over HTTP (`npm run bench -- http`): the real server (`npm start`'s build) on the
 * seeded 1M-report database, driven by autocannon from this process with each request from
 * its own client address (TRUST_PROXY=1), beside the floor: a bare Hono + better-sqlite3
 * server answering a one-row primary-key SELECT as JSON, measured in the same run. Every
 * figure is printed as a ratio to that floor. BENCH_SECONDS sets each load's length.
 */
import { join } from 'node:path';
import { BENCH_DIR, benchDatabase, openBenchDatabase } from './support/database';
import { HOT_NUMBER, SINGLE_NUMBER } from './support/history';
import { describeLoad, load, type LoadResult } from './support/load';
import { startAppServer, startFloorServer } from './support/servers';

const NOW = Date.UTC(2026, 11, 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export async function run() {
  const dbPath = await benchDatabase(NOW);
  const database = openBenchDatabase(dbPath);
  const numbers = (database.client.prepare('select e164 from numbers where e164 is not null order by random() limit 20000').all() as { e164: string }[]).map((r) => r.e164);
  const [{ reports }] = database.client.prepare('select count(*) as reports from reports').all() as [{ reports: number }];
  database.close();
  const pick = () => encodeURIComponent(numbers[Math.floor(Math.random() * numbers.length)]!);
  console.log(`database: ${reports} reports on ${numbers.length}+ numbers (${dbPath})`);

  const floor = await startFloorServer(join(BENCH_DIR, 'floor.db'));
  await load(floor.base, { seconds: 2, request: () => ({ path: '/n/1' }) });
  const floorLoad = await load(floor.base, { seconds: SECONDS, request: () => ({ path: `/n/${1 + Math.floor(Math.random() * 100_000)}` }) });
  await floor.stop();

  // Start-up on an existing database: spawn to first answered request, twice (the first may warm the OS cache).
  const env = { DB_PATH: dbPath, TRUST_PROXY: '1', ADMIN_TOKEN: '' };
  await (await startAppServer(env)).stop();
  const app = await startAppServer(env);
  const rssIdle = app.rssMb();
  await load(app.base, { seconds: 2, request: () => ({ path: `/v1/numbers/${pick()}` }) });
  const results: [string, LoadResult][] = [];
  const measure = async (name: string, path: () => string) => {
    const result = await load(app.base, { seconds: SECONDS, request: () => ({ path: path() }) });
    results.push([name, result]);
    return result;
  };
  const random = await measure('GET /v1/numbers/{n} (random numbers)', () => `/v1/numbers/${pick()}`);
  const hot = await measure(`GET /v1/numbers/{n} (${HOT_NUMBER}, 100k reports)`, () => `/v1/numbers/${HOT_NUMBER}`);
  const single = await measure(`GET /v1/numbers/{n} (${SINGLE_NUMBER}, 1 report)`, () => `/v1/numbers/${SINGLE_NUMBER}`);
  const page = await measure('GET /n/{n} page (random numbers)', () => `/n/${pick()}`);
  const rssAfter = app.rssMb();
  await app.stop();

  console.log(describeLoad('floor: bare Hono + better-sqlite3 PK SELECT', floorLoad));
  for (const [name, result] of results) console.log(describeLoad(name, result, floorLoad));
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log('');
  console.log(`  lookup throughput            ${ratio(random.requestsPerSecond, floorLoad.requestsPerSecond)}× floor (target ≥ 0.8), p99 ${random.p99} ms (target ≤ 15)`);
  console.log(`  100k-report vs 1-report      ${ratio(hot.requestsPerSecond, single.requestsPerSecond)}× throughput, p50 ${hot.p50} vs ${single.p50} ms (target within 10%)`);
  console.log(`  /n/{number} page             ${ratio(page.requestsPerSecond, floorLoad.requestsPerSecond)}× floor (target ≥ 0.3)`);
  console.log(`  server RSS                   ${rssIdle.toFixed(0)} MB idle, ${rssAfter.toFixed(0)} MB after the load (target < 200)`);
  console.log(`  start-up to first answer     ${app.startupMs.toFixed(0)} ms on this database (target < 1000), floor ${floor.startupMs.toFixed(0)} ms`);
  const errors = results.reduce((n, [, r]) => n + r.errors + r.non2xx, 0);
  if (errors) console.log(`  ${errors} errors or non-2xx answers during the load`);
}
