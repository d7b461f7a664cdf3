/**
 * GET /v1/reports/{id}/complaint: drafts per channel from the report's own facts, for the
 * report's own reporter token only, with the comment as masked at write time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { problemType } from './problem-helpers';
import { newToken, postReport, reportBody } from './report-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const complaint = (id: string, token: string | null, query = '') =>
  h.json(`/v1/reports/${id}/complaint${query}`, { headers: token ? { 'x-reporter-token': token } : {} });

async function abusiveReport(token: string, overrides: Record<string, unknown> = {}) {
  const res = await postReport(
    h,
    reportBody({
      called_at: '2026-06-14T15:30:00Z',
      claimed_agency: '花呗',
      calls_today: 6,
      contacted: 'unrelated_third_party',
      threatened: ['lawsuit', 'arrest'],
      overdue_stage: 'under_7_days',
      payment_requested: 'personal_account',
      tags: ['threats'],
      comment: '他让我转账到 6222 0212 3456 7890 123，还说打给我同事 13912345678。',
      ...overrides,
    }),
    token,
  );
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('complaint drafts', () => {
  it('offers the lender and the Chinese channels for a CN report, each written from its facts and rules', async () => {
    const token = newToken();
    const id = await abusiveReport(token);
    const res = await complaint(id, token, '?lang=zh-CN');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.body.channels).toEqual(['lender', '12378', 'nifa', '12321', '110']);
    const byChannel = Object.fromEntries(res.body.drafts.map((d: { channel: string }) => [d.channel, d]));
    const lender = byChannel.lender;
    expect(lender.contact).toMatchObject({ kind: 'phone', value: '95188' });
    expect(lender.contact.source).toContain('cshall.alipay.com');
    for (const draft of res.body.drafts) {
      expect(draft.text).toContain('+8613800138000');
      expect(draft.text).toContain('2026-06-14 23:30（北京时间）');
      expect(draft.text).toContain('当天一共打来 6 次');
      expect(draft.text).toContain('起诉借款人、抓人、拘留');
      expect(draft.text).not.toMatch(/我在[^。]*的借款|我的借款/);
      expect(draft.text).toContain('向与债务无关的第三人催收');
      expect(draft.text).toContain('https://www.nfra.gov.cn');
      expect(draft.text).toContain('《消费金融公司管理办法》');
    }
    expect(byChannel['12378'].contact.value).toBe('12378');
    expect(byChannel['110'].contact.label).toContain('96110');
    expect(byChannel['110'].subject).toContain('报警');
  });

  it('keeps the comment masked as it was stored', async () => {
    const token = newToken();
    const id = await abusiveReport(token);
    const res = await complaint(id, token, '?channel=12378&lang=en');
    expect(res.body.drafts).toHaveLength(1);
    const text = res.body.drafts[0].text as string;
    expect(text).not.toContain('6222 0212 3456 7890 123');
    expect(text).not.toContain('13912345678');
    expect(text).toContain('In my own words:');
    expect(text).toContain('To the National Financial Regulatory Administration');
    expect(text).toContain('threatened to sue the borrower and have the borrower arrested');
  });

  it('answers 404 for someone else\'s report, exactly as for no report, and 401 without a token', async () => {
    const id = await abusiveReport(newToken());
    const other = await complaint(id, newToken());
    const none = await complaint('r_doesnotexist', newToken());
    expect(other.status).toBe(404);
    expect(none.status).toBe(404);
    expect(other.body.type).toEqual(problemType('not-found'));
    expect(JSON.stringify(other.body)).not.toContain('花呗');
    expect((await complaint(id, null)).status).toBe(401);
  });

  it('offers only the CFPB for a US number, and says so for a channel that does not apply', async () => {
    const token = newToken();
    const id = await abusiveReport(token, { number: '+1 212 555 0147', region: 'US', called_at: '2026-06-15T02:00:00Z', calls_last_7_days: 9, claimed_agency: 'Acme Recovery' });
    const res = await complaint(id, token, '?lang=en');
    expect(res.body.channels).toEqual(['cfpb']);
    const draft = res.body.drafts[0];
    expect(draft.contact.value).toBe('https://www.consumerfinance.gov/complaint/');
    expect(draft.text).toContain('2026-06-14 22:00 (GMT-04:00)');
    expect(draft.text).toContain('More than 7 calls in 7 days');
    expect(draft.text).toContain('https://www.consumerfinance.gov/rules-policy/regulations/1006/14/');
    const wrong = await complaint(id, token, '?channel=12378');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('channel');
    const unknown = await complaint(id, token, '?channel=fax');
    expect(unknown.status).toBe(400);
  });

  it('writes a third party\'s drafts as theirs: the loan is the borrower\'s, never "my loan"', async () => {
    for (const contacted of ['emergency_contact', 'unrelated_third_party']) {
      const token = newToken();
      const id = await abusiveReport(token, { contacted, overdue_stage: 'under_7_days', threatened: ['lawyer_letter', 'arrest'], hotline_check: 'denied' });
      const zh = await complaint(id, token, '?channel=110&lang=zh-CN');
      expect(zh.status).toBe(200);
      expect(zh.body.drafts[0].text).not.toMatch(/我在这家机构的借款|我的借款|我在[^。]*的借款/);
      expect(zh.body.drafts[0].text).toContain('的借款逾期不到 7 天。');
      const en = await complaint(id, token, '?lang=en');
      for (const draft of en.body.drafts) {
        expect(draft.text).not.toMatch(/my loan|have me arrested/i);
        expect(draft.text).toContain('is less than 7 days overdue.');
      }
      const lender = en.body.drafts.find((d: { channel: string }) => d.channel === 'lender');
      expect(lender.text).not.toContain('confirm whether this number belongs to you');
      expect(lender.text).toContain('confirm in writing that this number belongs neither to you');
    }
    const token = newToken();
    const id = await abusiveReport(token, { number: '+1 415 555 2671', region: 'US', claimed_agency: null, calls_today: null, calls_last_7_days: 9, contacted: 'debtor' });
    const us = (await complaint(id, token, '?lang=en')).body.drafts[0].text as string;
    expect(us).not.toMatch(/that company|authori[sz]ation/i);
    expect(us).toContain('- They called 9 times in the last 7 days.');
    expect(us).toContain('- My loan is less than 7 days overdue.');
  });

  it('leaves out the lender when the claimed agency is unknown', async () => {
    const token = newToken();
    const id = await abusiveReport(token, { claimed_agency: '某某资产管理公司' });
    const res = await complaint(id, token);
    expect(res.body.channels).toEqual(['12378', 'nifa', '12321', '110']);
    expect(res.body.drafts[0].text).toContain('某某资产管理公司');
  });
});

describe('complaint pages', () => {
  it('after a report the page links its complaint texts; the texts page works for the same browser only', async () => {
    const form = new URLSearchParams({ called_at: '2026-06-15T19:00', tz_offset: '+08:00', claimed_agency: '花呗', calls_today: '5', contacted: 'unrelated_third_party' });
    const home = await h.request('/n/+8613800138000');
    const cookies = (home.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    const csrf = /name="csrf" value="([^"]+)"/.exec(await home.text())![1]!;
    form.set('csrf', csrf);
    const posted = await h.request('/n/+8613800138000/report', {
      method: 'POST',
      body: form,
      headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    const location = posted.headers.get('location')!;
    expect(location).toMatch(/report=r_/);
    const reporterCookie = [cookies, ...(posted.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0])].filter(Boolean).join('; ');
    const after = await (await h.request(location, { headers: { cookie: reporterCookie } })).text();
    const link = /href="(\/my\/reports\/[^"]+\/complaint)"/.exec(after)?.[1];
    expect(link).toBeDefined();
    const page = await h.request(`${link}`, { headers: { cookie: reporterCookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('投诉文本');
    expect(html).toContain('href="tel:95188"');
    expect(html).toContain('当天一共打来 5 次');
    expect(html).toContain('data-copy="draft-12378-text"');
    const stranger = await h.request(`${link}`, { redirect: 'manual' });
    expect(stranger.status).toBe(303);
    const en = await (await h.request(`${link}?lang=en`, { headers: { cookie: reporterCookie } })).text();
    expect(en).toContain('Complaint texts');
    expect(en).toContain('They called 5 times that day.');
  });
});
