import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { newToken, postReport, reportBody } from './report-helpers';
import { problemType } from './problem-helpers';

const TOKEN = 'moderation-admin-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
});
afterEach(async () => {
  await h.close();
});

const hide = (id: string, body: unknown = { reason: 'Personal data in the comment' }) =>
  h.json(`/v1/admin/reports/${id}/hide`, { method: 'POST', headers: auth, body });
const unhide = (id: string) => h.json(`/v1/admin/reports/${id}/unhide`, { method: 'POST', headers: auth });

describe('hiding and unhiding reports', () => {
  it('takes a hidden report out of the lookup and the list, and unhiding restores the lookup exactly', async () => {
    await postReport(h, reportBody({ tags: ['threats'] }), newToken(), '203.0.113.1');
    const abusive = await postReport(h, reportBody({ tags: ['insults', 'threats'], claimed_agency: '京东白条' }), newToken(), '198.51.100.1');
    expect(abusive.status).toBe(201);
    const before = await h.json('/v1/numbers/13800138000?lang=en');
    expect(before.body.reports.total).toBe(2);
    const postedAt = h.clock.now();

    h.clock.advance(60_000);
    const hidden = await hide(abusive.body.id);
    expect(hidden.status).toBe(200);
    expect(hidden.body).toEqual({ id: abusive.body.id, status: 'hidden', hidden_reason: 'Personal data in the comment' });
    const during = await h.json('/v1/numbers/13800138000?lang=en');
    expect(during.body.reports).toMatchObject({ total: 1, reporters: 1 });
    expect(during.body.tags.map((t: { tag: string }) => t.tag)).toEqual(['threats']);
    expect(during.body.claimed_agencies.map((a: { agency_id: string }) => a.agency_id)).toEqual(['alipay']);
    const list = await h.json('/v1/numbers/13800138000/reports');
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(abusive.body.id);

    expect((await hide(abusive.body.id)).status).toBe(409);
    const shown = await unhide(abusive.body.id);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({ id: abusive.body.id, status: 'visible', hidden_reason: null });
    // Looked up at the same moment, the number reads as if nothing had happened.
    h.clock.set(postedAt);
    const after = await h.json('/v1/numbers/13800138000?lang=en');
    expect(after.body).toEqual(before.body);
    expect((await unhide(abusive.body.id)).status).toBe(409);

    const audit = await h.json('/v1/admin/audit', { headers: auth });
    expect(audit.body.items.map((e: { action: string; target: string }) => [e.action, e.target])).toEqual([
      ['report.unhide', `report:${abusive.body.id}`],
      ['report.hide', `report:${abusive.body.id}`],
    ]);
    expect(audit.body.items[1]).toMatchObject({
      before: { status: 'visible', hidden_reason: null },
      after: { status: 'hidden', hidden_reason: 'Personal data in the comment' },
    });
  });

  it('needs a reason, a known report and a visible one', async () => {
    const token = newToken();
    const report = await postReport(h, reportBody(), token);
    expect((await hide(report.body.id, {})).status).toBe(400);
    expect((await hide(report.body.id, { reason: 'x', extra: 1 })).body.errors).toEqual([{ path: 'extra', message: '未知字段。' }]);
    expect((await hide('r_missing')).status).toBe(404);
    expect((await unhide('r_missing')).status).toBe(404);
    const retracted = await h.json(`/v1/reports/${report.body.id}`, { method: 'DELETE', headers: { 'x-reporter-token': token } });
    expect(retracted.status).toBe(204);
    const res = await hide(report.body.id);
    expect(res.status).toBe(409);
    expect(res.body.type).toEqual(problemType('conflict'));
    const audit = await h.json('/v1/admin/audit', { headers: auth });
    expect(audit.body.items).toEqual([]);
  });
});
