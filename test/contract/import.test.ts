import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { DEFAULT_NOW } from '#harness';
import { problemType } from './problem-helpers';

const TOKEN = 'import-admin-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

let harnesses: Harness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.map((h) => h.close()));
  harnesses = [];
});
async function harness(now = DEFAULT_NOW) {
  const h = await createHarness({ env: { ADMIN_TOKEN: TOKEN }, now });
  harnesses.push(h);
  return h;
}

/** An import line: a report plus external_id, reporter, reported_at and ip_prefix. */
function line(externalId: string, reporter: string, reportedAt: number, overrides: Record<string, unknown> = {}) {
  return {
    external_id: externalId,
    reporter,
    reported_at: iso(reportedAt),
    ip_prefix: '203.0.113.0/24',
    number: '13800138000',
    called_at: iso(reportedAt - 3_600_000),
    claimed_agency: '支付宝催收',
    tags: ['threats'],
    debt_with_claimed_agency: 'no',
    hotline_check: 'denied',
    identification: { employee_id_given: false, company_name_given: false, authorization_letter_given: false },
    payment_requested: 'personal_account',
    comment: 'Demanded payment to a personal card.',
    ...overrides,
  };
}

function ndjson(lines: (object | string)[]): string {
  return lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
}

async function importFile(h: Harness, body: string, contentType = 'application/x-ndjson') {
  const res = await h.request('/v1/admin/import', { method: 'POST', headers: { ...auth, 'content-type': contentType }, body });
  return { status: res.status, body: (await res.json()) as any };
}

describe('POST /v1/admin/import', () => {
  it('counts inserted, updated, skipped and rejected lines exactly, with line numbers and reasons', async () => {
    const h = await harness();
    const t = DEFAULT_NOW - 30 * DAY;
    const file = ndjson([
      line('src-1', 'alice', t), //                                         1 inserted
      line('src-2', 'bob', t + DAY, { ip_prefix: '198.51.100.0/24' }), //   2 inserted
      line('src-1', 'alice', t), //                                         3 skipped: same external_id
      '{"external_id": "src-4", "number": ', //                             4 rejected: bad JSON
      line('src-5', 'carol', t + 2 * DAY, { tags: ['threats', 'witchcraft'] }), // 5 rejected: unknown tag
      '', //                                                                6 blank: ignored
      line('src-7', 'dave', t + 3 * DAY, { called_at: iso(DEFAULT_NOW + DAY) }), // 7 rejected: call in the future
      line('src-8', 'erin', DEFAULT_NOW + DAY), //                           8 rejected: reported in the future
      line('src-9', 'bob', t + DAY + 3_600_000, { tags: ['threats', 'insults'] }), // 9 updated: bob again within 24 h
      line('src-10', 'frank', t + 4 * DAY, { number: '95188', region: 'CN', tags: ['spoofed_local_number'] }), // 10 inserted
      line('src-11', 'gina', t + 5 * DAY, { number: 'not a number' }), //    11 rejected: invalid number
      line('src-12', 'hank', t + 5 * DAY, { verdict: 'official' }), //       12 rejected: unknown field
    ]);
    const { status, body } = await importFile(h, file);
    expect(status).toBe(200);
    expect(body).toMatchObject({ lines: 11, inserted: 3, updated: 1, skipped: 1, rejected: 6, errors_truncated: false });
    expect(body.errors.map((e: { line: number }) => e.line)).toEqual([4, 5, 7, 8, 11, 12]);
    const reasons = Object.fromEntries(body.errors.map((e: { line: number; reason: string }) => [e.line, e.reason]));
    expect(reasons[4]).toMatch(/not valid JSON/);
    expect(reasons[5]).toMatch(/^tags\.1/);
    expect(reasons[7]).toMatch(/called_at.*future/);
    expect(reasons[8]).toMatch(/reported_at.*future/);
    expect(reasons[11]).toMatch(/^number:/);
    expect(reasons[12]).toMatch(/verdict: Unknown field/);

    const lookup = await h.json('/v1/numbers/13800138000?lang=en');
    expect(lookup.body.reports).toMatchObject({ total: 2, reporters: 2 });
    expect(lookup.body.tags.map((t: { tag: string }) => t.tag).sort()).toEqual(['insults', 'threats']);
  });

  it('is a no-op the second time: everything imported is skipped and the lookup does not change', async () => {
    const h = await harness();
    const t = DEFAULT_NOW - 10 * DAY;
    const file = ndjson([
      line('a', 'r1', t),
      line('b', 'r2', t + DAY),
      line('c', 'r2', t + DAY + 60_000, { tags: ['insults'] }),
      'garbage',
    ]);
    const first = await importFile(h, file);
    expect(first.body).toMatchObject({ inserted: 2, updated: 1, skipped: 0, rejected: 1 });
    const before = await h.json('/v1/numbers/13800138000');
    const again = await importFile(h, file);
    expect(again.body).toMatchObject({ inserted: 0, updated: 0, skipped: 3, rejected: 1 });
    const after = await h.json('/v1/numbers/13800138000');
    expect(after.body).toEqual(before.body);

    const audit = await h.json('/v1/admin/audit?limit=10', { headers: auth });
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['import.finish', 'import.start', 'import.finish', 'import.start']);
    expect(audit.body.items[0].after).toMatchObject({ origin: 'api', inserted: 0, skipped: 3, rejected: 1 });
  });

  it('gives the same lookup as posting the same reports live at the times they were reported', async () => {
    // One database (workers harnesses share theirs): the live copy of the history goes to
    // the same layout of numbers in another 100-block, so the copies cannot see each other's evidence.
    const liveNumber: Record<string, string> = { '13800138000': '13900139000', '13800138077': '13900139077' };
    const start = DEFAULT_NOW - 20 * DAY;
    const history = [
      line('h1', 'r1', start, { ip_prefix: '203.0.113.0/24' }),
      line('h2', 'r1', start + 5 * 3_600_000, { ip_prefix: '203.0.113.0/24', tags: ['insults'] }),
      line('h3', 'r2', start + 2 * DAY, { ip_prefix: '198.51.100.0/24', tags: ['threats', 'fake_legal_documents'] }),
      line('h4', 'r3', start + 2 * DAY + 600_000, { ip_prefix: '198.51.100.0/24', claimed_agency: '京东白条' }),
      line('h5', 'r4', start + 5 * DAY, { ip_prefix: '192.0.2.0/24', tags: ['professional'], payment_requested: 'official_channel', hotline_check: 'confirmed', debt_with_claimed_agency: 'yes' }),
      line('h6', 'r5', start + 9 * DAY, { number: '13800138077', ip_prefix: '192.0.2.0/24' }),
      line('h7', 'r6', start + 12 * DAY, { ip_prefix: '2001:db8:abcd::/48', comment: null }),
    ];

    const h = await harness(start);
    for (const entry of history) {
      h.clock.set(Date.parse(entry.reported_at));
      const { external_id, reporter, reported_at, ip_prefix, ...report } = entry;
      const ip = ip_prefix.includes(':') ? '2001:db8:abcd::7' : ip_prefix.replace('0/24', '7');
      const res = await h.json('/v1/reports', {
        method: 'POST',
        headers: { ...fromIp(ip), 'x-reporter-token': `live-reporter-token-${reporter}` },
        body: { ...report, number: liveNumber[report.number as string] },
      });
      expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
    }

    h.clock.set(DEFAULT_NOW);
    const summary = await importFile(h, ndjson(history));
    expect(summary.body).toMatchObject({ inserted: 6, updated: 1, rejected: 0 });

    for (const [imported, live] of Object.entries(liveNumber)) {
      const [a, b] = await Promise.all([h.json(`/v1/numbers/${live}?lang=en`), h.json(`/v1/numbers/${imported}?lang=en`)]);
      expect(b.body.reports.total, imported).toBeGreaterThan(0);
      const { number: _a, ...liveLookup } = a.body;
      const { number: _b, ...importedLookup } = b.body;
      // Sums added in another order differ in the last bits; anything more is a difference.
      expectSameWithin(importedLookup, liveLookup, imported);
      const [reportsLive, reportsImported] = await Promise.all([
        h.json(`/v1/numbers/${live}/reports`),
        h.json(`/v1/numbers/${imported}/reports`),
      ]);
      const strip = (items: { id: string }[]) => items.map(({ id, ...rest }) => rest);
      expect(strip(reportsImported.body.items)).toEqual(strip(reportsLive.body.items));
    }
  });

  it('changes a lookup computed a moment before, even with reports older than the last one', async () => {
    const h = await harness();
    expect((await importFile(h, ndjson([line('recent', 'r1', DEFAULT_NOW - DAY)]))).body).toMatchObject({ inserted: 1 });
    const before = await h.json('/v1/numbers/13800138000?lang=en');
    expect(before.body.reports.total).toBe(1);
    // Same minute, an older history arrives: the lookup must not be served from what was computed before.
    expect((await importFile(h, ndjson([line('older', 'r2', DEFAULT_NOW - 30 * DAY)]))).body).toMatchObject({ inserted: 1 });
    const after = await h.json('/v1/numbers/13800138000?lang=en');
    expect(after.body.reports.total).toBe(2);
    expect(after.body.reports.first_at).toBe(new Date(DEFAULT_NOW - 30 * DAY).toISOString());
  });

  it('takes history up to 5 years old, not older, and the call no later than its report', async () => {
    const h = await harness();
    const file = ndjson([
      line('old-ok', 'r1', DEFAULT_NOW - 4 * 365 * DAY),
      line('too-old', 'r2', DEFAULT_NOW - 6 * 365 * DAY),
      line('call-after-report', 'r3', DEFAULT_NOW - DAY, { called_at: iso(DEFAULT_NOW - DAY / 2) }),
      line('call-long-before', 'r4', DEFAULT_NOW - DAY, { called_at: iso(DEFAULT_NOW - 400 * DAY) }),
      line('bad-ip', 'r5', DEFAULT_NOW - DAY, { ip_prefix: 'localhost' }),
    ]);
    const { body } = await importFile(h, file);
    expect(body).toMatchObject({ inserted: 1, rejected: 4 });
    expect(body.errors.map((e: { line: number }) => e.line)).toEqual([2, 3, 4, 5]);
    expect(body.errors[0].reason).toMatch(/5 years/);
  });

  it('on Workers + D1 imports at most 1000 lines per request and says so for the rest; on Node the whole body', async () => {
    const h = await harness();
    const file = ndjson(Array.from({ length: 1005 }, (_, i) => line(`many-${i}`, `r${i}`, DEFAULT_NOW - DAY + i * 60_000, { number: `1380013${String(8000 + i)}` })));
    const { body } = await importFile(h, file);
    if (h.runtime === 'workers') {
      expect(body).toMatchObject({ lines: 1005, inserted: 1000, rejected: 5 });
      expect(body.errors.map((e: { line: number }) => e.line)).toEqual([1001, 1002, 1003, 1004, 1005]);
      expect(body.errors[0].reason).toMatch(/at most 1000 lines.*--batch-lines 1000/);
      // Each request handles its first 1000 lines: the rest go in the next request.
      const rest = ndjson(file.trim().split('\n').slice(1000));
      const again = await importFile(h, rest);
      expect(again.body).toMatchObject({ inserted: 5, rejected: 0 });
      expect((await importFile(h, file)).body).toMatchObject({ inserted: 0, skipped: 1000, rejected: 5 });
    } else {
      expect(body).toMatchObject({ lines: 1005, inserted: 1005, rejected: 0 });
    }
    const lookup = await h.json('/v1/numbers/13800139004');
    expect(lookup.body.reports.total).toBe(1);
  });

  it('accepts CRLF and a BOM, rejects an overlong line and answers 415 for other content types', async () => {
    const h = await harness();
    const t = DEFAULT_NOW - DAY;
    const body = `\uFEFF${JSON.stringify(line('x1', 'r1', t))}\r\n${'{"a":"' + 'x'.repeat(70_000) + '"}'}\r\n${JSON.stringify(line('x2', 'r2', t))}`;
    const res = await importFile(h, body);
    expect(res.body).toMatchObject({ lines: 3, inserted: 2, rejected: 1 });
    expect(res.body.errors).toEqual([{ line: 2, reason: expect.stringMatching(/longer than/) }]);

    const json = await importFile(h, JSON.stringify(line('x3', 'r3', t)), 'application/json');
    expect(json.status).toBe(415);
    expect(json.body.type).toEqual(problemType('unsupported-media-type'));
    const empty = await importFile(h, '');
    expect(empty.body).toMatchObject({ lines: 0, inserted: 0, rejected: 0 });
  });
});

/** Deep equality, numbers within a relative 1e-9. */
function expectSameWithin(actual: unknown, expected: unknown, label: string, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), `${label}${path}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (expected && typeof expected === 'object') {
    expect(typeof actual, `${label}${path}`).toBe('object');
    const keys = new Set([...Object.keys(expected as object), ...Object.keys(actual as object)]);
    for (const key of keys) expectSameWithin((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], label, `${path}.${key}`);
    return;
  }
  expect(actual, `${label}${path}`).toEqual(expected);
}
