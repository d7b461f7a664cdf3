import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { newToken, postReport, reportBody } from './report-helpers';

const HOUR = 3_600_000;

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const mine = (token: string | null, query = '') =>
  h.json(`/v1/reporter/reports${query}`, { headers: token ? { 'x-reporter-token': token } : {} });

describe('GET /v1/reporter/reports', () => {
  it('lists only the token’s own reports, newest first, with the number and how long each stays editable', async () => {
    const me = newToken('me');
    const other = newToken('other');
    const first = await postReport(h, reportBody({ number: '13800138000', comment: 'first' }), me);
    h.clock.advance(2 * HOUR);
    const second = await postReport(h, reportBody({ number: '95188', claimed_agency: 'alipay', comment: 'second' }, h.clock.now()), me);
    await postReport(h, reportBody({ number: '13800138000', comment: 'not mine' }, h.clock.now()), other, '203.0.113.9');

    const res = await mine(me, '?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([second.body.id, first.body.id]);
    expect(res.body.items[0]).toMatchObject({
      number: { key: 'CN:95188', e164: null },
      status: 'visible',
      claimed_agency: { agency_id: 'alipay', name: expect.stringContaining('Alipay') },
      comment: 'second',
      editable_until: new Date(Date.parse(res.body.items[0].reported_at) + 24 * HOUR).toISOString(),
    });
    expect(res.body.items[1].number).toEqual({ key: '+8613800138000', e164: '+8613800138000' });
    expect(JSON.stringify(res.body)).not.toContain('not mine');
    expect(res.body.next_cursor).toBeNull();
  });

  it('says when the 24-hour edit window is over, and an edit inside it updates the same report', async () => {
    const me = newToken('me');
    const created = await postReport(h, reportBody({ comment: 'before' }), me);
    h.clock.advance(23 * HOUR);
    const edited = await postReport(h, reportBody({ comment: 'after' }, h.clock.now()), me);
    expect(edited.body).toMatchObject({ id: created.body.id, status: 'updated' });
    const one = await h.json(`/v1/reporter/reports/${created.body.id}`, { headers: { 'x-reporter-token': me } });
    expect(one.body).toMatchObject({ id: created.body.id, comment: 'after', editable_until: expect.any(String) });
    h.clock.advance(2 * HOUR);
    const later = await mine(me);
    expect(later.body.items[0]).toMatchObject({ id: created.body.id, editable_until: null });
  });

  it('leaves out retracted reports, and pages with a cursor', async () => {
    const me = newToken('me');
    const ids: string[] = [];
    for (const number of ['13800138001', '13800138002', '13800138003']) {
      ids.push((await postReport(h, reportBody({ number }, h.clock.now()), me)).body.id);
      h.clock.advance(60_000);
    }
    expect((await h.request(`/v1/reports/${ids[1]}`, { method: 'DELETE', headers: { 'x-reporter-token': me } })).status).toBe(204);
    const page1 = await mine(me, '?limit=1');
    expect(page1.body.items.map((r: { id: string }) => r.id)).toEqual([ids[2]]);
    const page2 = await mine(me, `?limit=1&cursor=${page1.body.next_cursor}`);
    expect(page2.body.items.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
    expect(page2.body.next_cursor).toBeNull();
    const gone = await h.json(`/v1/reporter/reports/${ids[1]}`, { headers: { 'x-reporter-token': me } });
    expect(gone.status).toBe(404);
  });

  it('needs a token, and another reporter’s report looks like no report', async () => {
    const me = newToken('me');
    const created = await postReport(h, reportBody(), me);
    const none = await mine(null);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect((await mine(newToken('stranger'))).body).toEqual({ items: [], next_cursor: null });
    const theirs = await h.json(`/v1/reporter/reports/${created.body.id}`, { headers: { 'x-reporter-token': newToken('stranger') } });
    expect(theirs.status).toBe(404);
    expect((await mine('short')).status).toBe(400);
  });
});
