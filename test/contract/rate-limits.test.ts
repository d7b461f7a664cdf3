import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { rateLimits } from '../../src/http/rate-limit';
import { newToken, postReport, reportBody } from './report-helpers';
import { problemType } from './problem-helpers';

const TOKEN = 'rate-limit-admin-token-0123456789abcdef';
/** One carrier-grade NAT address in the shared address space (RFC 6598). */
const CGNAT = '100.64.12.34';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const lookup = (number: string, headers: Record<string, string>) => h.request(`/v1/numbers/${number}`, { headers });

/** A distinct mobile number per person and lookup (all valid: 139 + 8 digits). */
const numberFor = (person: number, n: number) => `139${String(person * 10 + n).padStart(8, '0')}`;

function expectRateLimited(res: { status: number; headers: Headers }, body: Record<string, unknown>) {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(body).toMatchObject({ type: problemType('rate-limited'), status: 429, retry_after: retryAfter });
}

describe('read limit behind carrier-grade NAT', () => {
  it('slows one scraper on the address without refusing its neighbours', async () => {
    h = await createHarness();
    const scraper = { ...fromIp(CGNAT), 'x-reporter-token': 'scraper-token-0000000000' };
    const statuses: number[] = [];
    for (let i = 0; i < rateLimits.readsPerReader.limit + 20; i++) statuses.push((await lookup(numberFor(i, 0), scraper)).status);
    expect(statuses.slice(0, rateLimits.readsPerReader.limit)).toEqual(Array(rateLimits.readsPerReader.limit).fill(200));
    const limited = await lookup('13800138000', scraper);
    expectRateLimited(limited, await limited.json());
    // The same limit guards the report lists, which are what a scraper of comments wants.
    expect((await h.request('/v1/numbers/13800138000/reports', { headers: scraper })).status).toBe(429);
    // A neighbour on the same address, and a reader without any identity, still get answers.
    expect((await lookup('13800138000', { ...fromIp(CGNAT), 'x-reporter-token': 'neighbour-token-000000' })).status).toBe(200);
    expect((await lookup('13800138000', fromIp(CGNAT))).status).toBe(200);
    // The scraper gets one lookup a second back.
    h.clock.advance(1_000);
    expect((await lookup('13800138000', scraper)).status).toBe(200);
    expect((await lookup('13800138000', scraper)).status).toBe(429);
  });

  it('slows a scraper that sends no identity, and not the identified readers behind it', async () => {
    h = await createHarness();
    const anonymous = fromIp(CGNAT);
    const limit = rateLimits.readsPerAnonymousSubscriber.limit;
    let firstRefusal = -1;
    for (let i = 0; i < limit + 5 && firstRefusal < 0; i++) {
      // An invalid number costs no database read but still counts against the read limit.
      const res = await lookup('not-a-number', anonymous);
      if (res.status === 429) firstRefusal = i;
    }
    expect(firstRefusal).toBe(limit);
    expect((await lookup('13800138000', { ...anonymous, 'x-reporter-token': 'identified-reader-0001' })).status).toBe(200);
  }, 60_000);
  // At full scale (1,000 people on one address; a scraper rotating identities up to the
  // per-network ceiling) the policy is proven on Node in test/node/read-limit-scale.test.ts.
});

describe('one 429 for every limit', () => {
  it('answers reports, disputes and admin failures with the same problem and Retry-After', async () => {
    h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
    const reporter = newToken();
    let report;
    for (let i = 0; i <= rateLimits.reportsPerReporter.limit; i++) {
      report = await postReport(h, reportBody({ number: numberFor(i, 1) }), reporter, '198.51.100.20');
    }
    expectRateLimited(report!, report!.body);

    let dispute;
    for (let i = 0; i <= rateLimits.disputesPerSubscriber.limit; i++) {
      dispute = await h.json('/v1/disputes', {
        method: 'POST',
        headers: fromIp('198.51.100.21'),
        body: { number: numberFor(i, 2), relation: 'owner', statement: 'This is my own number.' },
      });
    }
    expectRateLimited(dispute!, dispute!.body);

    let admin;
    for (let i = 0; i <= rateLimits.adminAuthFailuresPerSubscriber.limit; i++) {
      admin = await h.json('/v1/admin/audit', { headers: { ...fromIp('198.51.100.22'), authorization: `Bearer guess-${i}` } });
    }
    expectRateLimited(admin!, admin!.body);
    expect(admin!.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });
});

describe('admin lockout', () => {
  it('locks one client out after repeated failures, even with the right token, until Retry-After has passed', async () => {
    h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
    const attacker = fromIp('203.0.113.7');
    const failures = rateLimits.adminAuthFailuresPerSubscriber.limit;
    for (let i = 0; i < failures; i++) {
      expect((await h.json('/v1/admin/audit', { headers: { ...attacker, authorization: `Bearer guess-${i}` } })).status).toBe(401);
    }
    const locked = await h.json('/v1/admin/audit', { headers: { ...attacker, authorization: `Bearer ${TOKEN}` } });
    expectRateLimited(locked, locked.body);
    // Another client is unaffected, right token or wrong.
    expect((await h.json('/v1/admin/audit', { headers: { ...fromIp('203.0.113.8'), authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await h.json('/v1/admin/audit', { headers: { ...fromIp('203.0.113.8'), authorization: 'Bearer guess' } })).status).toBe(401);
    // Still locked just before Retry-After; one attempt is allowed once it has passed.
    const wait = Number(locked.headers.get('retry-after')) * 1000;
    h.clock.advance(wait - 2_000);
    expect((await h.json('/v1/admin/audit', { headers: { ...attacker, authorization: `Bearer ${TOKEN}` } })).status).toBe(429);
    h.clock.advance(2_000);
    expect((await h.json('/v1/admin/audit', { headers: { ...attacker, authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    // Successes cost nothing; the next failure uses the one attempt that had refilled.
    expect((await h.json('/v1/admin/audit', { headers: { ...attacker, authorization: 'Bearer guess' } })).status).toBe(401);
    expect((await h.json('/v1/admin/audit', { headers: { ...attacker, authorization: `Bearer ${TOKEN}` } })).status).toBe(429);
  });
});
