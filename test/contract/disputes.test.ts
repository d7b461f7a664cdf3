import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { numbers } from '../../src/db/schema';
import { eq } from 'drizzle-orm';
import { newToken, postReport, reportBody } from './report-helpers';
import { problemType } from './problem-helpers';

const TOKEN = 'disputes-admin-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
const NUMBER = '+86 138 0013 8000';
const KEY = '+8613800138000';

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
});
afterEach(async () => {
  await h.close();
});

function fileDispute(body: Record<string, unknown>) {
  return h.json('/v1/disputes', { method: 'POST', body: { number: NUMBER, relation: 'owner', statement: 'This is my own phone; I am not a collector.', ...body } });
}

async function numberRow(key: string) {
  const [row] = await h.database.db.select().from(numbers).where(eq(numbers.key, key));
  return row;
}

describe('POST /v1/disputes', () => {
  it('files a dispute (202) with a status URL that shows status only', async () => {
    const res = await fileDispute({ contact: 'Li.Lei@Example.com' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ id: expect.stringMatching(/^dsp_[0-9a-f]{24}$/), status: 'open' });
    expect(res.body.status_url).toMatch(new RegExp(`/v1/disputes/${res.body.id}$`));
    expect(res.headers.get('location')).toBe(res.body.status_url);

    const status = await h.json(new URL(res.body.status_url).pathname);
    expect(status.status).toBe(200);
    expect(status.body).toEqual({ id: res.body.id, status: 'open', number: KEY, relation: 'owner', created_at: expect.any(String), resolved_at: null });
    expect(status.headers.get('cache-control')).toBe('no-store');
    expect(JSON.stringify(status.body)).not.toMatch(/collector|example\.com/i);
  });

  it('stores the contact only masked and hashed', async () => {
    const res = await fileDispute({ contact: 'Li.Lei@Example.com' });
    const list = await h.json('/v1/admin/disputes', { headers: auth });
    expect(list.body.items[0]).toMatchObject({ id: res.body.id, contact_masked: 'l***@example.com', statement: expect.stringContaining('my own phone') });
    expect(JSON.stringify(list.body)).not.toContain('li.lei');
    const raw = await h.database.db.query.disputes.findFirst();
    expect(raw!.contactHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(raw)).not.toMatch(/li\.lei/i);
  });

  it('rejects invalid disputes with problems', async () => {
    const badRelation = await fileDispute({ relation: 'neighbour' });
    expect(badRelation.status).toBe(400);
    expect(badRelation.body.errors[0].path).toBe('relation');
    const long = await fileDispute({ statement: 'x'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(long.body.errors[0].path).toBe('statement');
    const badNumber = await fileDispute({ number: 'hello' });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.type).toEqual(problemType('invalid-number'));
    const extra = await fileDispute({ verdict: 'official' });
    expect(extra.body.errors).toEqual([{ path: 'verdict', message: '未知字段。' }]);
    const unknown = await h.json('/v1/disputes/dsp_nope');
    expect(unknown.status).toBe(404);
  });

  it('limits how many disputes one address can file', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await fileDispute({ number: `1380013800${i % 10}` })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
    expect(statuses[10]).toBe(429);
  });
});

describe('dispute lifecycle', () => {
  it('shows an open dispute in the lookup without hiding the reports, until it is resolved', async () => {
    await postReport(h, reportBody({ tags: ['threats'] }), newToken(), '203.0.113.1');
    await postReport(h, reportBody({ tags: ['insults'] }), newToken(), '198.51.100.1');
    const before = await h.json('/v1/numbers/13800138000?lang=en');
    expect(before.body.dispute_open).toBe(false);

    const filed = await fileDispute({ relation: 'owner' });
    const during = await h.json('/v1/numbers/13800138000?lang=en');
    expect(during.body.dispute_open).toBe(true);
    expect(during.body.reasons.map((r: { code: string }) => r.code)).toContain('open_dispute');
    expect(during.body.reports.total).toBe(2);
    expect((await h.json('/v1/numbers/13800138000/reports')).body.items).toHaveLength(2);

    await h.json(`/v1/admin/disputes/${filed.body.id}/resolve`, { method: 'POST', headers: auth, body: { action: 'reject', note: 'Reports are consistent.' } });
    const after = await h.json('/v1/numbers/13800138000?lang=en');
    expect(after.body.dispute_open).toBe(false);
    expect(after.body.reasons.map((r: { code: string }) => r.code)).not.toContain('open_dispute');
    expect(after.body.scam_probability).toBe(before.body.scam_probability);
  });

  it('upholding a recycled-number dispute marks the number recycled, retires the old reports, closes it and audits both', async () => {
    await postReport(h, reportBody({ number: NUMBER, tags: ['threats'] }), newToken(), '203.0.113.1');
    await postReport(h, reportBody({ number: NUMBER, tags: ['insults'] }), newToken(), '198.51.100.1');
    expect((await h.json(`/v1/numbers/${KEY}`)).body.reports.total).toBe(2);
    const filed = await fileDispute({ relation: 'recycled_number', statement: 'I got this number from the carrier last month.' });
    const number = await numberRow(KEY);
    expect(number!.recycledAt).toBeNull();
    expect((await h.json(`/v1/numbers/${KEY}`)).body.dispute_open).toBe(true);

    const open = await h.json('/v1/admin/disputes?status=open', { headers: auth });
    expect(open.body.items.map((d: { id: string }) => d.id)).toEqual([filed.body.id]);

    h.clock.advance(3_600_000);
    const resolved = await h.json(`/v1/admin/disputes/${filed.body.id}/resolve`, {
      method: 'POST',
      headers: auth,
      body: { action: 'uphold', note: 'Carrier confirmed reassignment.' },
    });
    expect(resolved.status).toBe(200);
    const now = new Date(h.clock.now()).toISOString();
    expect(resolved.body.effects).toEqual({ recycled_at: now, reports_retired: 2, official_number: null });
    // The new holder starts clean: the previous holder's reports no longer count or show.
    const lookup = await h.json(`/v1/numbers/${KEY}`);
    expect(lookup.body.reports).toMatchObject({ total: 0, reporters: 0 });
    expect(lookup.body.tags).toEqual([]);
    expect(lookup.body.verdict).toBe('unknown');
    expect((await h.json(`/v1/numbers/${KEY}/reports`)).body.items).toEqual([]);
    expect(resolved.body.dispute).toMatchObject({ status: 'upheld', resolution_note: 'Carrier confirmed reassignment.', resolved_at: now, number_recycled_at: now });
    expect((await numberRow(KEY))!.recycledAt).toBe(h.clock.now());
    expect((await h.json(`/v1/numbers/${KEY}`)).body.dispute_open).toBe(false);

    const status = await h.json(`/v1/disputes/${filed.body.id}`);
    expect(status.body).toMatchObject({ status: 'upheld', resolved_at: now });
    expect((await h.json('/v1/admin/disputes?status=open', { headers: auth })).body.items).toEqual([]);

    const again = await h.json(`/v1/admin/disputes/${filed.body.id}/resolve`, { method: 'POST', headers: auth, body: { action: 'reject', note: 'x' } });
    expect(again.status).toBe(409);

    const entries = (await h.json('/v1/admin/audit', { headers: auth })).body.items;
    expect(entries.map((e: { action: string; target: string }) => [e.action, e.target])).toEqual([
      ['number.mark_recycled', `number:${KEY}`],
      ['dispute.uphold', `dispute:${filed.body.id}`],
    ]);
    expect(entries[0].before).toEqual({ recycled_at: null });
  });

  it('upholding an agency dispute can register the number as official; rejecting changes nothing else', async () => {
    const agency = await fileDispute({ number: '021-6888 8888', relation: 'agency', statement: 'This is our published collections line.' });
    const owner = await fileDispute({ number: '021-6888 8889', relation: 'owner' });

    const bad = await h.json(`/v1/admin/disputes/${owner.body.id}/resolve`, {
      method: 'POST',
      headers: auth,
      body: { action: 'reject', note: 'n', register_official: { agency_id: 'alipay', source: 's' } },
    });
    expect(bad.status).toBe(400);
    const unknownAgency = await h.json(`/v1/admin/disputes/${agency.body.id}/resolve`, {
      method: 'POST',
      headers: auth,
      body: { action: 'uphold', note: 'n', register_official: { agency_id: 'nope', source: 's' } },
    });
    expect(unknownAgency.status).toBe(400);
    expect(unknownAgency.body.errors[0].path).toBe('register_official.agency_id');

    const upheld = await h.json(`/v1/admin/disputes/${agency.body.id}/resolve`, {
      method: 'POST',
      headers: auth,
      body: { action: 'uphold', note: 'Checked with the bank.', register_official: { agency_id: 'icbc', source: 'https://www.icbc.com.cn/contact' } },
    });
    expect(upheld.status).toBe(200);
    expect(upheld.body.effects).toEqual({ recycled_at: null, reports_retired: 0, official_number: { key: '+862168888888', agency_id: 'icbc', source: 'https://www.icbc.com.cn/contact' } });
    const icbc = await h.json('/v1/agencies/icbc');
    expect(icbc.body.official_numbers.map((o: { key: string }) => o.key)).toContain('+862168888888');

    const rejected = await h.json(`/v1/admin/disputes/${owner.body.id}/resolve`, { method: 'POST', headers: auth, body: { action: 'reject', note: 'No evidence.' } });
    expect(rejected.status).toBe(200);
    expect(rejected.body.dispute.status).toBe('rejected');
    expect(rejected.body.effects).toEqual({ recycled_at: null, reports_retired: 0, official_number: null });
    expect((await numberRow('+862168888889'))!.recycledAt).toBeNull();

    const actions = (await h.json('/v1/admin/audit', { headers: auth })).body.items.map((e: { action: string }) => e.action);
    expect(actions.sort()).toEqual(['dispute.reject', 'dispute.uphold', 'official_number.register']);
    const missing = await h.json('/v1/admin/disputes/dsp_nope/resolve', { method: 'POST', headers: auth, body: { action: 'reject', note: 'x' } });
    expect(missing.status).toBe(404);
  });

  it('lists disputes newest first in pages', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await fileDispute({ number: `1390013900${i}` })).body.id);
      h.clock.advance(1000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; next_cursor: string | null } } = await h.json(
        `/v1/admin/disputes?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { headers: auth },
      );
      seen.push(...res.body.items.map((d) => d.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(ids.reverse());
  });
});
