/**
 * The Workers side (`npm run bench -- worker`), measured with Node stand-ins of the same code:
 * - CPU time of one lookup through the whole app (`app.fetch`, every middleware, the rate
 *   limiter, scoring, JSON), on the bench database: what a Worker's CPU limit counts;
 * - the Worker bundle as `wrangler deploy --dry-run` builds it: its size, and the time to
 *   evaluate its global scope (what an isolate pays once when it starts).
 * The baseline of both is the same measurement of a bare Hono app in the same run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { createApp } from '../src/app';
import { readConfig } from '../src/config';
import { nodeHmacHasher } from '../src/security/node-hasher';
import { memoryRateLimiter } from '../src/security/rate-limiter';
import { benchDatabase, openBenchDatabase } from './support/database';
import { HOT_NUMBER, SINGLE_NUMBER } from './support/history';

const NOW = Date.UTC(2026, 11, 1);

export async function run() {
  const database = openBenchDatabase(await benchDatabase(NOW));
  const numbers = (database.client.prepare('select e164 from numbers where e164 is not null order by random() limit 2000').all() as { e164: string }[]).map((r) => r.e164);
  let address = 0;
  const app = createApp({
    database,
    config: readConfig({ TRUST_PROXY: '1' }),
    clock: Date.now,
    hasher: nodeHmacHasher('bench'),
    rateLimiter: memoryRateLimiter(),
    logger: { error: () => {}, warn: () => {}, info: () => {} },
    clientAddress: () => `10.${++address & 255}.${(address >> 8) & 255}.1`,
  });
  const bare = new Hono().get('/n/:id', (c) => c.json({ id: c.req.param('id') }));

  const cpuPerCall = async (call: (i: number) => Promise<unknown>, count: number) => {
    for (let i = 0; i < 200; i++) await call(i);
    const start = process.cpuUsage();
    for (let i = 0; i < count; i++) await call(i);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / count / 1000;
  };
  const baseline = await cpuPerCall(async (i) => (await bare.request(`/n/${i}`)).text(), 5000);
  const random = await cpuPerCall(async (i) => (await app.request(`/v1/numbers/${encodeURIComponent(numbers[i % numbers.length]!)}`)).text(), 3000);
  const hot = await cpuPerCall(async () => (await app.request(`/v1/numbers/${HOT_NUMBER}`)).text(), 3000);
  const single = await cpuPerCall(async () => (await app.request(`/v1/numbers/${SINGLE_NUMBER}`)).text(), 3000);
  database.close();
  console.log(`  CPU per request, in process (app.fetch):  bare Hono ${baseline.toFixed(3)} ms`);
  console.log(`    lookup, random numbers                  ${random.toFixed(3)} ms  (${(random / baseline).toFixed(1)}× bare; Workers free plan limit 10 ms)`);
  console.log(`    lookup, 100k-report number              ${hot.toFixed(3)} ms`);
  console.log(`    lookup, 1-report number                 ${single.toFixed(3)} ms`);

  const out = mkdtempSync(join(tmpdir(), 'collector-check-worker-'));
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], { env: { ...process.env, WRANGLER_SEND_METRICS: 'false' }, stdio: 'ignore' });
  const bundle = join(out, 'worker.js');
  const bytes = statSync(bundle).size;
  const gzipped = gzipSync(readFileSync(bundle)).length;
  const evaluate = (file: string) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`], { encoding: 'utf8' });
      runs.push(Number(result.stdout.trim()));
    }
    return runs.sort((a, b) => a - b)[2]!;
  };
  const honoOnly = join(out, 'hono-only.mjs');
  const { buildSync } = await import('esbuild');
  buildSync({
    stdin: { contents: "import { Hono } from 'hono'; export default new Hono().get('/', (c) => c.text('ok'));", resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile: honoOnly,
    logLevel: 'warning',
  });
  console.log(`  Worker bundle: ${(bytes / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzipped (free plan limit 3 MiB gzipped)`);
  console.log(`    global scope evaluated in ${evaluate(bundle).toFixed(1)} ms (a bare Hono bundle: ${evaluate(honoOnly).toFixed(1)} ms; Workers allow 1 s of start-up)`);
}
