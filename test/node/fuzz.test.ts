import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteDatabase } from '../../src/db/sqlite-file';
import { createHarness, fromIp, type Harness } from '../harness/node';
import { postReport, reportBody } from '../contract/report-helpers';
import { OpenApiContract } from './fuzz/openapi-contract';
import { checkResponse, describeRequest } from './fuzz/response-check';
import { fuzzRequests, type FuzzRequest } from './fuzz/requests';
import { pageRequests } from './fuzz/page-requests';

/**
 * Fuzzes every operation in /openapi.json in-process. FUZZ_RUNS and FUZZ_SEED widen or vary a
 * run locally (`FUZZ_RUNS=100000 npx vitest run --project node test/node/fuzz.test.ts`);
 * npm test uses a fixed seed so a failure reproduces.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_500);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
const ADMIN_TOKEN = 'fuzz-admin-token-0123456789abcdef0123456789';

let h: Harness;
let contract: OpenApiContract;
let client: SqliteDatabase['client'];
beforeAll(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN } });
  client = (h.database as SqliteDatabase).client;
  contract = new OpenApiContract((await h.json('/openapi.json')).body);
});
afterAll(async () => {
  await h.close();
});

/** Rows changed by this connection since it opened: the app's writes, and nothing else. */
const totalChanges = () => (client.prepare('select total_changes() as n').get() as { n: number }).n;

/** Content digest of every table (the in-memory rate limiter writes none). */
function digest(): string {
  const hash = createHash('sha256');
  const tables = client.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
  for (const { name } of tables) hash.update(name).update(JSON.stringify(client.prepare(`select * from "${name}"`).all()));
  return hash.digest('hex');
}

async function send(request: FuzzRequest): Promise<{ res: Response; text: string }> {
  const res = await h.request(request.url, { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined });
  return { res, text: await res.text() };
}

describe('fuzzing every operation in /openapi.json', () => {
  it(`answers ${RUNS} hostile requests with no 5xx, only valid problems and schema-valid 2xx, and rejected ones change nothing`, async () => {
    // Something to find: reports and disputes whose ids (and reporter tokens) the requests use.
    const tokens = ['fuzz-seed-reporter-token-1', 'fuzz-seed-reporter-token-2'];
    const ids: string[] = [];
    for (const [i, token] of tokens.entries()) {
      ids.push((await postReport(h, reportBody({ number: `1380013800${i}` }), token, `198.51.100.${i}`)).body.id);
    }
    for (const relation of ['owner', 'agency', 'recycled_number']) {
      const filed = await h.json('/v1/disputes', { method: 'POST', headers: fromIp('198.51.100.9'), body: { number: '13800138000', relation, statement: 'Mine.' } });
      ids.push(filed.body.id);
    }
    expect(ids.every(Boolean)).toBe(true);

    const violations = new Map<string, string>();
    const seen = { requests: 0, rejected: 0, byStatus: new Map<number, number>(), operations: new Set<string>() };
    let baseline = digest();
    let changes = totalChanges();
    let uncheckedRejections = 0;

    const verifyUnchanged = (context: string) => {
      const now = digest();
      if (now !== baseline) violations.set(`data changed ${context}`, 'content digest differs');
      uncheckedRejections = 0;
    };

    await fc.assert(
      fc.asyncProperty(fuzzRequests(contract, { adminToken: ADMIN_TOKEN, now: h.clock.now(), ids, tokens }), async (request) => {
        const { res, text } = await send(request);
        seen.requests++;
        seen.byStatus.set(res.status, (seen.byStatus.get(res.status) ?? 0) + 1);
        if (request.operation) seen.operations.add(`${request.operation.method} ${request.operation.path}`);
        const broken = checkResponse(contract, request, res, text);
        if (broken) violations.set(`${request.kind}: ${broken}`, describeRequest(request));

        const after = totalChanges();
        if (res.status >= 400) {
          seen.rejected++;
          if (after !== changes) violations.set(`${request.kind}: rejected with ${res.status} but wrote ${after - changes} rows`, describeRequest(request));
          if (++uncheckedRejections >= 500) verifyUnchanged(`during the ${uncheckedRejections} rejected requests before #${seen.requests}`);
        } else if (after !== changes) {
          baseline = digest();
          uncheckedRejections = 0;
        }
        changes = after;
        h.clock.advance(250);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    verifyUnchanged('in the last rejected requests');

    const statuses = [...seen.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
    console.info(`fuzz: ${seen.requests} requests over ${seen.operations.size} operations (seed ${SEED}): ${statuses}`);
    const report_ = [...violations].map(([what, example]) => `${what}\n    ${example}`).join('\n');
    expect(violations.size, `violations:\n${report_}`).toBe(0);
    expect(seen.requests).toBeGreaterThanOrEqual(RUNS);
    // Every operation was reached, and both refusals and successes happened.
    expect([...seen.operations].sort()).toEqual(contract.operations.map((op) => `${op.method} ${op.path}`).sort());
    expect(seen.rejected).toBeGreaterThan(RUNS / 4);
    expect(seen.requests - seen.rejected).toBeGreaterThan(RUNS / 20);
  }, 120_000);
});

describe('fuzzing the pages', () => {
  it('answers hostile page requests and form posts with no 5xx, and every HTML page carries its CSP', async () => {
    const page = await h.request('/n/+8613800138000', { headers: fromIp('198.51.100.30') });
    const html = await page.text();
    const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(token && cookie).toBeTruthy();
    const failures = new Map<string, string>();
    let count = 0;
    await fc.assert(
      fc.asyncProperty(pageRequests({ token: token!, cookie }), async (request) => {
        const { res, text } = await send(request);
        count++;
        if (res.status >= 500) failures.set(`${request.kind}: ${res.status}`, `${describeRequest(request)} → ${text.slice(0, 200)}`);
        const isHtml = (res.headers.get('content-type') ?? '').startsWith('text/html');
        if (isHtml && !/default-src 'self'/.test(res.headers.get('content-security-policy') ?? '')) {
          failures.set(`${request.kind}: HTML ${res.status} without CSP`, describeRequest(request));
        }
        h.clock.advance(250);
      }),
      { numRuns: Math.ceil(RUNS / 5), seed: SEED },
    );
    expect(failures.size, [...failures].map(([what, example]) => `${what}\n    ${example}`).join('\n')).toBe(0);
    expect(count).toBeGreaterThanOrEqual(RUNS / 5);
  }, 120_000);
});
