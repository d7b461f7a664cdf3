import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { horizontalOverflow, launchChromium, PHONE, PHONE_390, screenshot, watchPage } from './support/browser';
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

describe('the call questions, violations and complaint texts', () => {
  test('without JavaScript at 360 px: the new questions, the violations with sources, then the complaint texts', async () => {
    const number = '+8613755556666';
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    await page.goto(`${site.url}/n/${number}`);
    await page.getByLabel('对方自称代表哪家机构').fill('花呗');
    await page.getByLabel('当天对方打来几次？').fill('6');
    await page.getByLabel('最近 7 天一共打来几次？').fill('15');
    await page.getByLabel('你在对方说的借款机构（平台或银行）逾期多久了？').selectOption('under_7_days');
    await page.getByLabel('谁接的电话？').selectOption('unrelated_third_party');
    await page.getByLabel('起诉').check();
    await page.getByLabel('抓人、拘留').check();
    await page.getByLabel('对方要求怎样还款？').selectOption('personal_account');
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'circumstances-form-360');
    const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '提交举报' }).click()]);
    expect(response?.status()).toBe(200);
    await expect(page.locator('#violations').textContent()).resolves.toContain('一天内催收电话超过 3 次');
    await expect(page.locator('#violations a[href="https://www.nfra.gov.cn"]').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'violations-360');

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: '写投诉文本 →' }).click()]);
    expect(page.url()).toContain('/complaint');
    const text = await page.locator('#draft-12378-text').inputValue();
    expect(text).toContain('当天一共打来 6 次');
    expect(text).toContain('对方威胁要起诉借款人、抓人、拘留');
    expect(text).toContain('《消费金融公司管理办法》');
    // Without JavaScript the copy button stays hidden; the text is selectable in its field.
    await expect(page.locator('button[data-copy="draft-12378-text"]').isHidden()).resolves.toBe(true);
    await expect(page.locator('a[href="tel:95188"]').count()).resolves.toBe(1);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'complaints-nojs-360');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('with JavaScript at 390 px in English: the notice links the texts and the copy button copies one', async () => {
    const number = '+8613755557777';
    const context = await browser.newContext({ viewport: PHONE_390, locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    await page.goto(`${site.url}/n/${number}?lang=en`);
    await page.getByLabel('Who did they say they call for?').fill('京东金融');
    await page.getByLabel('How many times did they call that day?').fill('4');
    await page.getByLabel('Who took the call?').selectOption('emergency_contact');
    await page.getByLabel('come to the home').check();
    await page.getByLabel('How far overdue are you with the lender the caller named (the platform or bank)?').selectOption('days_7_30');
    await page.getByRole('button', { name: 'Send report' }).click();
    const link = page.locator('#report-status a', { hasText: 'Write a complaint' });
    await link.waitFor();
    await screenshot(page, 'report-notice-complaint-390');
    await Promise.all([page.waitForNavigation(), link.click()]);
    const button = page.locator('button[data-copy="draft-lender-text"]');
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    await page.waitForFunction(() => document.querySelector('button[data-copy="draft-lender-text"]')?.textContent === 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('To JD Finance');
    expect(copied).toContain('They called 4 times that day.');
    expect(copied).toContain('More than 3 collection calls in a day');
    expect(copied).toBe(await page.locator('#draft-lender-text').inputValue());
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'complaints-js-390');
    expect(problems).toEqual([]);
    await context.close();
  });
});
