import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifactsDir, horizontalOverflow, launchChromium, PHONE, screenshot, watchPage } from './support/browser';
import { startSite, type Site } from './support/site';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('/verify on a phone, without JavaScript', () => {
  test('from the home page to a sent report with the guide’s answers, at 360 px', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    await page.goto(site.url);
    await page.getByRole('link', { name: '正在通话？一步步核实对方 →' }).click();
    expect(new URL(page.url()).pathname).toBe('/verify');
    await expect(page.locator('a[href="tel:95188"]').first().isVisible()).resolves.toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'verify-360-zh');
    for (const step of ['ask', 'red-flags', 'report-call']) await page.locator(`#${step}`).screenshot({ path: `${artifactsDir}verify-360-zh-${step}.png` });

    await page.getByLabel('工号', { exact: true }).check();
    await page.getByLabel('公司全称', { exact: true }).check();
    await page.getByLabel('对方报的公司全称').fill('甲乙信息咨询有限公司');
    await page.getByLabel('对方说替哪家机构催收').fill('借呗');
    await page.getByLabel('官方说不是他们').check();
    await page.getByLabel('转到个人账户').check();
    await page.getByLabel('威胁抓人、坐牢、上门，或说要通知你的单位、家人').check();
    await page.getByLabel('自称公安、法院、检察院或律师').check();
    await page.getByLabel('打来的号码').fill('171 2345 6789');
    await page.getByRole('button', { name: '用这些答案举报' }).click();

    const url = new URL(page.url());
    expect(url.pathname).toBe('/n/+8617123456789');
    expect(url.hash).toBe('#report');
    await expect(page.locator('#f-claimed_agency').inputValue()).resolves.toBe('借呗');
    await expect(page.locator('#f-caller_company').inputValue()).resolves.toBe('甲乙信息咨询有限公司');
    await expect(page.locator('#f-hotline_check').inputValue()).resolves.toBe('denied');
    await expect(page.locator('#f-payment_requested').inputValue()).resolves.toBe('personal_account');
    await expect(page.locator('input[name=employee_id_given]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[name=authorization_letter_given]').isChecked()).resolves.toBe(false);
    await expect(page.locator('input[name=tags][value=threats]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[name=tags][value=impersonates_authority]').isChecked()).resolves.toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'verify-prefilled-report-360-zh');
    await page.locator('#report').screenshot({ path: `${artifactsDir}verify-prefilled-form-360-zh.png` });

    await page.getByRole('button', { name: '提交举报' }).click();
    await expect(page.locator('#report-status .notice.ok').textContent()).resolves.toBeTruthy();
    // The company the caller named is on the number's page, checked against 借呗's (unknown) list.
    await expect(page.locator('#agency-checks [data-agency-check]').getAttribute('data-agency-check')).resolves.toBe('no_list');
    await expect(page.locator('#agency-checks').textContent()).resolves.toContain('甲乙信息咨询有限公司');
    await page.locator('#evidence').screenshot({ path: `${artifactsDir}verify-agency-check-360-zh.png` });
    const reports = await site.api('/v1/numbers/%2B8617123456789/reports');
    expect(reports.body.items).toHaveLength(1);
    expect(reports.body.items[0]).toMatchObject({
      hotline_check: 'denied',
      payment_requested: 'personal_account',
      caller_company: '甲乙信息咨询有限公司',
      identification: { employee_id_given: true, company_name_given: true, authorization_letter_given: false },
    });
    expect(reports.body.items[0].tags.map((t: { tag: string }) => t.tag)).toEqual(expect.arrayContaining(['threats', 'impersonates_authority']));
    expect(problems).toEqual([]);
    expect(site.errors).toEqual([]);
    await context.close();
  });

  test('in English, and back to the guide with the answers kept when the number is missing', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${site.url}/verify?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Verify the caller');
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'verify-360-en');
    await page.getByLabel('No, it said the call was not theirs').check();
    const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Report with these answers' }).click()]);
    expect(response?.status()).toBe(400);
    await expect(page.locator('#v-number-error').textContent()).resolves.toBe('Enter the number that called.');
    await expect(page.getByLabel('No, it said the call was not theirs').isChecked()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('v-number');
    await context.close();
  });
});
