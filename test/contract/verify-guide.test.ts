import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const ANSWERS =
  'number=170+1234+5678&employee_id_given=on&claimed_agency=%E8%8A%B1%E5%91%97&caller_company=%E7%94%B2%E4%B9%99%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8&hotline_check=denied&debt_with_claimed_agency=no&payment_requested=personal_account&tags=threats&tags=impersonates_authority';

describe('/verify, the guide for a call on the line', () => {
  it('is a page in both languages with the lenders’ official hotlines to tap', async () => {
    for (const [lang, heading] of [['zh-CN', '这样核实'], ['en', 'Verify the caller']] as const) {
      const res = await h.request(`/verify?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      const html = await res.text();
      expect(html).toContain(heading);
      expect(html).toContain('href="tel:95188"');
      expect(html).toContain('action="/verify/report"');
      expect(html).toContain('method="get"');
    }
  });

  it('takes the answers to the number’s page with the report form filled in', async () => {
    const res = await h.request(`/verify/report?${ANSWERS}&lang=en`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!, 'http://x');
    expect(location.pathname).toBe('/n/+8617012345678');
    expect(location.hash).toBe('#report');
    expect(location.searchParams.getAll('tags')).toEqual(['threats', 'impersonates_authority']);
    expect(location.searchParams.get('lang')).toBe('en');

    const page = await (await h.request(location.pathname + location.search)).text();
    const form = page.slice(page.indexOf('<form class="report"'), page.indexOf('</form>', page.indexOf('<form class="report"')));
    expect(form).toMatch(/name="employee_id_given" checked/);
    expect(form).not.toMatch(/name="company_name_given" checked/);
    expect(form).toMatch(/<option value="denied" selected/);
    expect(form).toMatch(/<option value="no" selected/);
    expect(form).toMatch(/<option value="personal_account" selected/);
    expect(form).toMatch(/value="threats" checked/);
    expect(form).toMatch(/value="impersonates_authority" checked/);
    expect(form).not.toMatch(/value="insults" checked/);
    expect(form).toContain('value="花呗"');
    expect(form).toMatch(/name="caller_company" type="text" maxlength="100" value="甲乙有限公司"/);
  });

  it('keeps the answers through the redirect to the canonical number page, and ignores values the form does not take', async () => {
    const res = await h.request('/n/170-1234-5678?hotline_check=denied&payment_requested=bitcoin&tags=threats&tags=nonsense', { redirect: 'manual' });
    expect(res.status).toBe(301);
    const location = res.headers.get('location')!;
    expect(location).toContain('/n/+8617012345678?');
    const page = await (await h.request(location)).text();
    const form = page.slice(page.indexOf('<form class="report"'), page.indexOf('</form>', page.indexOf('<form class="report"')));
    expect(form).toMatch(/<option value="denied" selected/);
    expect(form).toMatch(/<option value="none" selected/);
    expect(form).toMatch(/value="threats" checked/);
    expect(form).not.toMatch(/nonsense|bitcoin/);
  });

  it('sends the person back to the guide, answers kept, when the number is missing or not a number', async () => {
    for (const [number, message] of [['', '请填写打来的号码'], ['12', '这不是一个有效的电话号码']] as const) {
      const res = await h.request(`/verify/report?number=${number}&hotline_check=denied&tags=threats`);
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toMatch(/value="denied" checked/);
      expect(html).toMatch(/value="threats" checked/);
    }
  });

  it('is linked from the home page and the number pages', async () => {
    expect(await (await h.request('/')).text()).toContain('href="/verify"');
    expect(await (await h.request('/n/+8613800138000')).text()).toContain('href="/verify?number=%2B8613800138000"');
  });

  it('asks about the debt with the lender the caller named, not with the collection company', async () => {
    for (const [lang, question, overdue, old] of [
      ['zh-CN', '你在对方说的借款机构（平台或银行）确实有欠款吗？', '你在对方说的借款机构（平台或银行）逾期多久了？', /你在这家机构(确实|真的)有欠款吗/],
      ['en', 'Do you really owe money to the lender the caller named (the platform or bank)?', 'How far overdue are you with the lender the caller named (the platform or bank)?', /Do you owe that company money|Do you really owe this lender/],
    ] as const) {
      const guide = await (await h.request(`/verify?lang=${lang}`)).text();
      const form = await (await h.request(`/n/+8613800138000?lang=${lang}`)).text();
      for (const html of [guide, form]) {
        expect(html).toContain(question);
        expect(html).not.toMatch(old);
      }
      expect(form).toContain(overdue);
    }
  });
});
