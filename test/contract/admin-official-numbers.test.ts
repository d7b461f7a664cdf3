import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { problemType } from './problem-helpers';

const TOKEN = 'official-numbers-admin-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
});
afterEach(async () => {
  await h.close();
});

async function audit(query = '') {
  const res = await h.json(`/v1/admin/audit${query}`, { headers: auth });
  expect(res.status).toBe(200);
  return res.body.items as { actor: string; action: string; target: string; before: any; after: any; at: string }[];
}

describe('official numbers', () => {
  it('registers a number with its source, shows it on the agency and audits it', async () => {
    const res = await h.json('/v1/admin/official-numbers', {
      method: 'POST',
      headers: auth,
      body: { number: '400-820-8888', agency_id: 'fenqile', source: 'https://www.fenqile.com/contact', purpose_en: 'Customer service' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ key: '+864008208888', agency_id: 'fenqile', source: 'https://www.fenqile.com/contact', added_by: 'admin' });
    const agency = await h.json('/v1/agencies/fenqile?lang=en');
    expect(agency.body.official_numbers).toEqual([
      expect.objectContaining({ key: '+864008208888', source: 'https://www.fenqile.com/contact', purpose: 'Customer service', added_by: 'admin' }),
    ]);
    const [entry] = await audit();
    expect(entry).toMatchObject({ action: 'official_number.add', target: 'number:+864008208888', before: null });
    expect(entry!.after).toMatchObject({ numberKey: '+864008208888', agencyId: 'fenqile' });
    expect(entry!.actor).toMatch(/^admin:[0-9a-f]{12}$/);
    expect(entry!.actor).not.toContain(TOKEN);
    expect(entry!.at).toBe(new Date(h.clock.now()).toISOString());
  });

  it('re-registering updates the entry (200) and audits before and after', async () => {
    const body = { number: '95188', agency_id: 'alipay', source: 'https://example.org/new-source' };
    const res = await h.json('/v1/admin/official-numbers', { method: 'POST', headers: auth, body });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key: 'CN:95188', source: 'https://example.org/new-source', added_by: 'admin' });
    const [entry] = await audit();
    expect(entry).toMatchObject({ action: 'official_number.update', target: 'number:CN:95188' });
    expect(entry!.before).toMatchObject({ source: expect.stringContaining('alipay.com'), addedBy: 'seed' });
  });

  it('requires a source and a known agency, and a valid number', async () => {
    const noSource = await h.json('/v1/admin/official-numbers', { method: 'POST', headers: auth, body: { number: '95188', agency_id: 'alipay' } });
    expect(noSource.status).toBe(400);
    expect(noSource.body.errors.map((e: { path: string }) => e.path)).toContain('source');
    const unknownAgency = await h.json('/v1/admin/official-numbers', {
      method: 'POST',
      headers: auth,
      body: { number: '95188', agency_id: 'nope', source: 'x' },
    });
    expect(unknownAgency.status).toBe(400);
    expect(unknownAgency.body.errors).toEqual([expect.objectContaining({ path: 'agency_id' })]);
    const badNumber = await h.json('/v1/admin/official-numbers', {
      method: 'POST',
      headers: auth,
      body: { number: 'abc', agency_id: 'alipay', source: 'x' },
    });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.type).toEqual(problemType('invalid-number'));
    const unknownField = await h.json('/v1/admin/official-numbers', {
      method: 'POST',
      headers: auth,
      body: { number: '95188', agency_id: 'alipay', source: 'x', added_by: 'seed' },
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toEqual([{ path: 'added_by', message: '未知字段。' }]);
    expect(await audit()).toEqual([]);
  });

  it('removes a number named in the query or in the body, audited, and 404s when it is not registered', async () => {
    const byQuery = await h.json('/v1/admin/official-numbers?number=95188', { method: 'DELETE', headers: auth });
    expect(byQuery.status).toBe(200);
    expect(byQuery.body).toMatchObject({ key: 'CN:95188', agency_id: 'alipay' });
    const alipay = await h.json('/v1/agencies/alipay');
    expect(alipay.body.official_numbers).toEqual([]);

    const byBody = await h.json('/v1/admin/official-numbers', { method: 'DELETE', headers: auth, body: { number: '955 88' } });
    expect(byBody.status).toBe(200);
    expect(byBody.body.key).toBe('CN:95588');

    const again = await h.json('/v1/admin/official-numbers?number=95188', { method: 'DELETE', headers: auth });
    expect(again.status).toBe(404);
    const none = await h.json('/v1/admin/official-numbers', { method: 'DELETE', headers: auth });
    expect(none.status).toBe(400);

    const entries = await audit();
    expect(entries.map((e) => [e.action, e.target])).toEqual([
      ['official_number.remove', 'number:CN:95588'],
      ['official_number.remove', 'number:CN:95188'],
    ]);
    expect(entries[1]!.before).toMatchObject({ agencyId: 'alipay', source: expect.stringContaining('alipay.com') });
    expect(entries[1]!.after).toBeNull();
  });
});

describe('audit log', () => {
  it('cannot be written, changed or deleted through the API', async () => {
    await h.json('/v1/admin/official-numbers?number=95188', { method: 'DELETE', headers: auth });
    const before = await audit();
    expect(before).toHaveLength(1);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await h.json('/v1/admin/audit', { method, headers: auth, body: { action: 'forged', target: 'x' } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toContain('GET');
      const one = await h.json('/v1/admin/audit/1', { method, headers: auth, body: {} });
      expect([404, 405], method).toContain(one.status);
    }
    expect(await audit()).toEqual(before);
  });

  it('pages newest first with an opaque cursor and filters by action', async () => {
    for (const number of ['95188', '95588', '95599', '95566', '95533']) {
      await h.json(`/v1/admin/official-numbers?number=${number}`, { method: 'DELETE', headers: auth });
      h.clock.advance(1000);
    }
    await h.json('/v1/admin/official-numbers', { method: 'POST', headers: auth, body: { number: '95188', agency_id: 'alipay', source: 's' } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: { target: string }[]; next_cursor: string | null } } = await h.json(
        `/v1/admin/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { headers: auth },
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((e) => e.target));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(['number:CN:95188', 'number:CN:95533', 'number:CN:95566', 'number:CN:95599', 'number:CN:95588', 'number:CN:95188']);
    const adds = await audit('?action=official_number.add');
    expect(adds).toHaveLength(1);
    const forged = await h.json('/v1/admin/audit?cursor=xyz', { headers: auth });
    expect(forged.status).toBe(400);
  });
});
