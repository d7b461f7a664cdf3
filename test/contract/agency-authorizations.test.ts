import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { problemType } from './problem-helpers';
import { newToken, postReport, reportBody } from './report-helpers';

const TOKEN = 'agency-lists-admin-token-0123456789abcd';
const auth = { authorization: `Bearer ${TOKEN}` };
const SOURCE = { source_url: 'https://lender.example/notices/collection-agencies', source_title: '合作催收机构公示', published_on: '2026-03-01' };

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
});
afterEach(async () => {
  await h.close();
});

const add = (body: Record<string, unknown>) => h.json('/v1/admin/agency-authorizations', { method: 'POST', headers: auth, body });

async function audit() {
  const res = await h.json('/v1/admin/audit', { headers: auth });
  return res.body.items as { action: string; target: string; before: any; after: any }[];
}

const logit = (p: number) => Math.log(p / (1 - p));

describe('/v1/admin/agency-authorizations', () => {
  it('adds, lists, updates and removes entries, each change audited', async () => {
    const created = await add({ lender_agency_id: 'alipay', agency_name: '甲乙信息咨询有限公司', registration_number: '91310000MA1234567X', ...SOURCE });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^aut_/),
      lender_agency_id: 'alipay',
      agency_name: '甲乙信息咨询有限公司',
      registration_number: '91310000MA1234567X',
      source: { title: '合作催收机构公示', url: SOURCE.source_url, published_on: '2026-03-01' },
    });
    await add({ lender_agency_id: 'jd_finance', agency_name: '丙丁商务服务有限公司', ...SOURCE });
    const listed = await h.json('/v1/admin/agency-authorizations?lender=alipay', { headers: auth });
    expect(listed.body.items.map((i: { agency_name: string }) => i.agency_name)).toEqual(['甲乙信息咨询有限公司']);
    expect((await h.json('/v1/admin/agency-authorizations', { headers: auth })).body.items).toHaveLength(2);

    // The same company written another way is the same entry: updated, same id.
    const updated = await add({ lender_agency_id: 'alipay', agency_name: '甲乙信息咨询 有限公司', ...SOURCE, published_on: '2026-04-01' });
    expect(updated.status).toBe(200);
    expect(updated.body.id).toBe(created.body.id);
    expect(updated.body.source.published_on).toBe('2026-04-01');

    const removed = await h.json(`/v1/admin/agency-authorizations?id=${created.body.id}`, { method: 'DELETE', headers: auth });
    expect(removed.status).toBe(200);
    expect(removed.body.agency_name).toBe('甲乙信息咨询 有限公司');
    expect((await h.json(`/v1/admin/agency-authorizations?id=${created.body.id}`, { method: 'DELETE', headers: auth })).status).toBe(404);

    const actions = (await audit()).map((e) => `${e.action} ${e.target}`);
    expect(actions.slice(0, 4)).toEqual([
      `agency_authorization.remove agency_authorization:${created.body.id}`,
      `agency_authorization.update agency_authorization:${created.body.id}`,
      expect.stringMatching(/^agency_authorization\.add agency_authorization:aut_/),
      `agency_authorization.add agency_authorization:${created.body.id}`,
    ]);
    const [removal, update] = await audit();
    expect(removal!.before).toMatchObject({ agencyName: '甲乙信息咨询 有限公司' });
    expect(update!.before).toMatchObject({ publishedOn: '2026-03-01' });
    expect(update!.after).toMatchObject({ publishedOn: '2026-04-01' });
  });

  it('refuses entries without a source, with a bad date or URL, or for an unknown lender; needs the token', async () => {
    for (const [body, path] of [
      [{ lender_agency_id: 'alipay', agency_name: 'X公司', source_title: 't', published_on: '2026-03-01' }, 'source_url'],
      [{ lender_agency_id: 'alipay', agency_name: 'X公司', ...SOURCE, source_url: 'ftp://x.example/list' }, 'source_url'],
      [{ lender_agency_id: 'alipay', agency_name: 'X公司', ...SOURCE, published_on: '2026-13-01' }, 'published_on'],
      [{ lender_agency_id: 'no-such-lender', agency_name: 'X公司', ...SOURCE }, 'lender_agency_id'],
      [{ lender_agency_id: 'alipay', agency_name: '——', ...SOURCE }, 'agency_name'],
    ] as const) {
      const res = await add(body);
      expect(res.status, path).toBe(400);
      expect(res.body.type).toEqual(problemType('validation-error'));
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    // A list published in the future would become the lender's latest list: refused, in the request's language.
    for (const [published_on, lang, detail] of [
      ['2099-01-01', 'en', 'The publication date cannot be after today (2026-06-15).'],
      ['2026-06-16', 'zh-CN', '发布日期不能晚于今天（2026-06-15）。'],
    ] as const) {
      const res = await h.json(`/v1/admin/agency-authorizations?lang=${lang}`, { method: 'POST', headers: auth, body: { lender_agency_id: 'alipay', agency_name: 'X公司', ...SOURCE, published_on } });
      expect(res.status, published_on).toBe(400);
      expect(res.body.type).toEqual(problemType('validation-error'));
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'published_on', message: detail })]);
    }
    expect((await h.json('/v1/admin/agency-authorizations')).status).toBe(401);
    expect((await audit()).filter((e) => e.action.startsWith('agency_authorization'))).toEqual([]);
  });
});

describe('a lookup checks the company callers named against the lender’s list', () => {
  const report = (company: string, ip: string) =>
    postReport(h, reportBody({ claimed_agency: '支付宝催收', caller_company: company, tags: [] }), newToken(), ip);

  it('says no list is known, then not on the list (scam evidence with a reason), then on it', async () => {
    await report('戊己信息咨询有限公司', '203.0.113.1');
    await report('戊己信息咨询', '198.51.100.1');
    const before = (await h.json('/v1/numbers/13800138000?lang=en')).body;
    expect(before.agency_checks).toEqual([
      { lender: { agency_id: 'alipay', name: expect.stringContaining('Alipay') }, company: '戊己信息咨询有限公司', reports: 2, status: 'no_list', listed_as: null, source: null },
    ]);
    expect(before.reasons.map((r: { code: string }) => r.code)).not.toContain('agency_not_on_lender_list');

    const entry = await add({ lender_agency_id: 'alipay', agency_name: '甲乙信息咨询有限公司', ...SOURCE });
    const unlisted = (await h.json('/v1/numbers/13800138000?lang=en')).body;
    expect(unlisted.agency_checks[0]).toMatchObject({ status: 'not_listed', listed_as: null, source: { title: SOURCE.source_title, url: SOURCE.source_url, published_on: '2026-03-01' } });
    const reason = unlisted.reasons.find((r: { code: string }) => r.code === 'agency_not_on_lender_list');
    expect(reason).toMatchObject({ effect: 'scam' });
    expect(reason.weight).toBeGreaterThan(0);
    expect(reason.message).toMatch(/not on the published list/);
    expect(unlisted.scam_probability).toBeGreaterThan(before.scam_probability);
    const sum = unlisted.reasons.reduce((total: number, r: { weight: number }) => total + r.weight, 0);
    expect(sum).toBeCloseTo(logit(unlisted.scam_probability), 4);

    await add({ lender_agency_id: 'alipay', agency_name: '戊己信息咨询有限公司', registration_number: '91110000XX', ...SOURCE });
    const listed = (await h.json('/v1/numbers/13800138000')).body;
    expect(listed.agency_checks[0]).toMatchObject({ status: 'listed', listed_as: { name: '戊己信息咨询有限公司', registration_number: '91110000XX' } });
    expect(listed.reasons.map((r: { code: string }) => r.code)).not.toContain('agency_not_on_lender_list');
    expect(listed.scam_probability).toBeCloseTo(before.scam_probability, 6);
    expect(entry.status).toBe(201);
  });

  it('keeps the company on the report, masked like a comment, in the public list; and validates its length', async () => {
    const posted = await postReport(h, reportBody({ caller_company: '庚辛资产管理有限公司 联系 13912345678' }), newToken(), '203.0.113.7');
    expect(posted.status).toBe(201);
    const { body } = await h.json('/v1/numbers/13800138000/reports');
    expect(body.items[0].caller_company).toMatch(/^庚辛资产管理有限公司 联系 /);
    expect(body.items[0].caller_company).not.toContain('13912345678');

    const tooLong = await postReport(h, reportBody({ caller_company: '公'.repeat(101) }), newToken(), '203.0.113.8');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors.map((e: { path: string }) => e.path)).toEqual(['caller_company']);
  });

  it('takes the company in the import format and shows the check on the number page', async () => {
    const line = {
      external_id: 'src-1',
      reporter: 'source-reporter-1',
      reported_at: new Date(h.clock.now() - 60_000).toISOString(),
      number: '13800138000',
      called_at: new Date(h.clock.now() - 3_600_000).toISOString(),
      claimed_agency: 'alipay',
      caller_company: '戊己信息咨询有限公司',
    };
    const res = await h.request('/v1/admin/import', { method: 'POST', headers: { ...auth, 'content-type': 'application/x-ndjson' }, body: `${JSON.stringify(line)}\n` });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ inserted: 1, rejected: 0 });
    await add({ lender_agency_id: 'alipay', agency_name: '甲乙信息咨询有限公司', ...SOURCE });
    const { body } = await h.json('/v1/numbers/13800138000/reports');
    expect(body.items[0].caller_company).toBe('戊己信息咨询有限公司');
    const page = await (await h.request('/n/+8613800138000?lang=en')).text();
    expect(page).toContain('data-agency-check="not_listed"');
    expect(page).toContain('Not on the lender’s published list of collection agencies');
    expect(page).toContain(`href="${SOURCE.source_url}"`);
  });

  it('counts a company only with a lender the caller claimed, and stops counting retracted reports', async () => {
    const token = newToken();
    await postReport(h, reportBody({ claimed_agency: null, caller_company: '壬癸有限公司' }), newToken(), '203.0.113.9');
    expect((await h.json('/v1/numbers/13800138000')).body.agency_checks).toEqual([]);
    const posted = await postReport(h, reportBody({ caller_company: '壬癸有限公司' }), token, '198.51.100.9');
    expect((await h.json('/v1/numbers/13800138000')).body.agency_checks).toHaveLength(1);
    await h.json(`/v1/reports/${posted.body.id}`, { method: 'DELETE', headers: { 'x-reporter-token': token } });
    expect((await h.json('/v1/numbers/13800138000')).body.agency_checks).toEqual([]);
  });
});

describe('complaint drafts and the lender\'s list', () => {
  it('name the caller\'s company in every draft, and say the lender\'s list does not carry it, with its source', async () => {
    expect((await add({ lender_agency_id: 'alipay', agency_name: '甲乙信息咨询有限公司', ...SOURCE })).status).toBe(201);
    const token = newToken();
    const posted = await postReport(h, reportBody({ claimed_agency: '花呗', caller_company: 'XX信息咨询有限公司' }), token);
    expect(posted.status).toBe(201);
    const res = await h.json(`/v1/reports/${posted.body.id}/complaint?lang=zh-CN`, { headers: { 'x-reporter-token': token } });
    expect(res.status).toBe(200);
    for (const draft of res.body.drafts) {
      expect(draft.text).toContain('“XX信息咨询有限公司”');
      expect(draft.text).toContain(SOURCE.source_url);
    }
    const lender = res.body.drafts.find((d: { channel: string }) => d.channel === 'lender');
    expect(lender.text).toContain('贵司公布的合作催收机构名单上没有“XX信息咨询有限公司”');
  });
});
