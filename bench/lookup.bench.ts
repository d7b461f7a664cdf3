/**
 * Lookup cost does not grow with a number's history (SPEC §6.7): the same lookup on a number
 * with 1 report (baseline) and on one with many reports, same process, same database.
 * Run: npm run bench -- lookup   (or npx tsx bench/lookup.bench.ts)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReferenceSeed } from '../src/db/reference-seed';
import { submitReport, type ReportSubmission } from '../src/db/report-writer';
import { openSqliteDatabase } from '../src/db/sqlite-file';
import { normalizePhone } from '../src/domain/phone';
import { lookupNumber } from '../src/services/lookup';

const MANY = Number(process.env.BENCH_LOOKUP_REPORTS ?? 20_000);
const CALLS = 500;
const ROUNDS = 7;

function submission(number: string, i: number, at: number): ReportSubmission {
  const parsed = normalizePhone(number);
  if (!parsed.ok) throw new Error(parsed.message);
  return {
    number: parsed.number,
    calledAt: { text: new Date(at - 60_000).toISOString(), ms: at - 60_000 },
    claimedAgency: i % 3 ? 'alipay' : '京东白条',
    tags: i % 2 ? ['threats'] : ['repeated_calls', 'refuses_identification'],
    debtWithClaimedAgency: i % 4 ? 'no' : 'unknown',
    hotlineCheck: i % 5 ? 'denied' : 'not_tried',
    identification: { employeeIdGiven: false, companyNameGiven: i % 2 === 0, authorizationLetterGiven: false },
    paymentRequested: i % 3 ? 'personal_account' : 'none',
    comment: null,
  };
}

/** µs per call, median over rounds that alternate between the two cases so load hits both alike. */
async function medianPair(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  const time = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) await run();
    return ((performance.now() - start) * 1000) / CALLS;
  };
  await time(a);
  await time(b);
  const as: number[] = [];
  const bs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    as.push(await time(a));
    bs.push(await time(b));
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(as), median(bs)];
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'collector-check-bench-'));
  let statements = 0;
  const database = openSqliteDatabase(join(dir, 'bench.db'), {
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
    logger: { logQuery: () => void statements++ },
  });
  try {
    const start = Date.parse('2026-01-01T00:00:00Z');
    await loadReferenceSeed(database, start);
    const ctx = { database, halfLifeDays: 180 };
    await submitReport(ctx, submission('13900139000', 0, start), { reporterHash: 'one', ipHash: 'ip-one', reportedAt: start, source: 'import' });
    const loadStart = performance.now();
    for (let i = 0; i < MANY; i++) {
      const at = start + i * 600_000;
      await submitReport(ctx, submission('13800138000', i, at), {
        reporterHash: `reporter-${i}`,
        ipHash: `ip-${i % 5000}`,
        reportedAt: at,
        source: 'import',
      });
    }
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const now = start + MANY * 600_000;
    const one = normalizePhone('13900139000');
    const many = normalizePhone('13800138000');
    if (!one.ok || !many.ok) throw new Error('bench numbers do not parse');
    const lookup = (n: typeof one.number) => lookupNumber({ database, halfLifeDays: 180, now }, n, 'zh-CN');
    const countStatements = async (n: typeof one.number) => {
      statements = 0;
      await lookup(n);
      return statements;
    };
    const [statementsOne, statementsMany] = [await countStatements(one.number), await countStatements(many.number)];
    const [baseline, measured] = await medianPair(
      () => lookup(one.number),
      () => lookup(many.number),
    );
    console.log(`write path: ${MANY} reports in ${loadSeconds.toFixed(1)} s (${Math.round(MANY / loadSeconds)} reports/s)`);
    console.log(`lookup, 1 report (baseline): ${baseline.toFixed(1)} µs`);
    console.log(`lookup, ${MANY} reports:     ${measured.toFixed(1)} µs`);
    console.log(`ratio: ${(measured / baseline).toFixed(2)}× (O(1) reads: expect about 1)`);
    console.log(`statements per lookup: ${statementsOne} with 1 report, ${statementsMany} with ${MANY}`);
  } finally {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
