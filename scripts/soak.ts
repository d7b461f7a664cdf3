/**
 * `npm run soak [-- --seconds 60 --connections 64 --crashes 20 --seed 1]`, or `-- --ci` for a
 * run bounded to about two minutes. Load on the real Node server, then crash rounds; see
 * docs/operations.md. Exits 1 on any error, non-2xx answer, lost report or aggregate that
 * differs from a rescore.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from './seeded-random';
import { crashRounds } from './soak/crash-rounds';
import { startServer } from './soak/server-process';
import { clientAddress, mixedTraffic, numberPool, reportJson } from './soak/traffic';

const ADMIN_TOKEN = 'soak-admin-token-0123456789abcdef0123456789';
const HALF_LIFE_DAYS = 180;

function options() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      connections: { type: 'string' },
      crashes: { type: 'string' },
      seed: { type: 'string' },
      ci: { type: 'boolean' },
      'keep-db': { type: 'boolean' },
    },
  });
  // --ci: 40 s of load plus 20 crash rounds (about a minute) fit in about two minutes in all.
  const preset = values.ci ? { seconds: 40, crashes: 20 } : { seconds: 60, crashes: 20 };
  return {
    seconds: Number(values.seconds ?? preset.seconds),
    connections: Number(values.connections ?? 64),
    crashes: Number(values.crashes ?? preset.crashes),
    seed: Number(values.seed ?? 1),
    keepDb: Boolean(values['keep-db']),
  };
}

async function loadPhase(dir: string, opts: ReturnType<typeof options>): Promise<string[]> {
  const random = seededRandom(opts.seed);
  const server = await startServer({ DB_PATH: join(dir, 'load.db'), TRUST_PROXY: '1', ADMIN_TOKEN });
  const problems: string[] = [];
  try {
    const numbers = numberPool(5_000);
    // Evidence to find: a fifth of the pool is reported once before the clock starts.
    const seeded = numbers.slice(0, 1_000);
    await Promise.all(
      Array.from({ length: 16 }, async (_, worker) => {
        for (let i = worker; i < seeded.length; i += 16) {
          const res = await fetch(`${server.base}/v1/reports`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress(random), 'x-reporter-token': `seed-${random.int(0, 1e12)}` },
            body: reportJson(random, seeded[i]!, Date.now()),
          });
          await res.body?.cancel();
        }
      }),
    );
    const warmUp = Math.min(10, Math.max(2, Math.round(opts.seconds / 8)));
    await mixedTraffic(server.base, { seconds: warmUp, connections: opts.connections, random, numbers });
    const rssStart = server.rssMiB();
    const result = await mixedTraffic(server.base, { seconds: opts.seconds, connections: opts.connections, random, numbers });
    const rssEnd = server.rssMiB();
    console.log(
      `load: ${opts.seconds} s at ${opts.connections} connections (after ${warmUp} s warm-up): ${result.requests} requests, ` +
        `${Math.round(result.requestsPerSecond)} req/s, errors ${result.errors} (timeouts ${result.timeouts}), non-2xx ${result.non2xx}, ` +
        `5xx ${result.status5xx}, p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms`,
    );
    console.log(`load: statuses ${JSON.stringify(result.statuses)}`);
    console.log(`load: server RSS ${rssStart.toFixed(0)} MiB after warm-up → ${rssEnd.toFixed(0)} MiB at the end (${(rssEnd - rssStart >= 0 ? '+' : '') + (rssEnd - rssStart).toFixed(0)} MiB)`);
    if (result.errors > 0) problems.push(`${result.errors} connection errors`);
    if (result.status5xx > 0) problems.push(`${result.status5xx} 5xx answers`);
    if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx answers`);
  } finally {
    server.kill('SIGTERM');
    await server.exited;
  }
  return problems;
}

async function main(): Promise<number> {
  const opts = options();
  const dir = mkdtempSync(join(tmpdir(), 'collector-check-soak-'));
  const started = performance.now();
  const problems: string[] = [];
  try {
    if (opts.seconds > 0) problems.push(...(await loadPhase(dir, opts)));
    if (opts.crashes > 0) {
      const crashes = await crashRounds({
        rounds: opts.crashes,
        dbPath: join(dir, 'crash.db'),
        adminToken: ADMIN_TOKEN,
        halfLifeDays: HALF_LIFE_DAYS,
        random: seededRandom(opts.seed + 1),
        log: (line) => console.log(line),
      });
      console.log(
        `crash: ${crashes.survived}/${crashes.rounds} SIGKILL rounds survived; ${crashes.acknowledgedReports} acknowledged reports and ` +
          `${crashes.acknowledgedImportLines} acknowledged import lines all present after every restart: ${crashes.failures.length === 0 ? 'yes' : 'NO'}`,
      );
      for (const failure of crashes.failures.slice(0, 50)) console.log(`crash: ${failure}`);
      problems.push(...crashes.failures);
    }
  } finally {
    if (opts.keepDb) console.log(`databases kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  console.log(`soak: ${((performance.now() - started) / 1000).toFixed(0)} s, ${problems.length === 0 ? 'passed' : `FAILED (${problems.length} problems)`}`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`soak failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
