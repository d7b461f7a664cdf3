/**
 * Issue 11, item 8: "my reports" from the reporter cookie (list, change within 24 hours,
 * withdraw) and the dispute form with its status page, all without JavaScript.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchChromium, PHONE_390, screenshot, watchPage } from './support/browser';
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

async function noJs(viewport = PHONE_390, locale = 'zh-CN'): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false, locale });
  const page = await context.newPage();
  return { context, page, problems: watchPage(page, [site.url]) };
}

const submit = (page: Page, name: string) => Promise.all([page.waitForNavigation(), page.getByRole('button', { name }).click()]);

async function reportsOn(number: string) {
  return (await site.api(`/v1/numbers/${encodeURIComponent(number)}/reports`)).body.items as { id: string; comment: string | null }[];
}

describe('my reports', () => {
  test('list, change within 24 hours, withdraw: all without JavaScript', async () => {
    const number = '+8613711119999';
    const { context, page, problems } = await noJs();
    await page.goto(`${site.url}/my/reports`);
    await expect(page.locator('main').textContent()).resolves.toContain('这个浏览器里还没有你提交的举报');

    await page.goto(`${site.url}/n/${number}`);
    await expect(page.locator('form.report').textContent()).resolves.toContain('提交后 24 小时内，可以在“我的举报”里修改');
    await page.getByLabel('对方自称代表哪家机构').fill('京东金融');
    await page.getByLabel('补充说明（选填，最多 1000 字）').fill('第一次写的内容');
    await submit(page, '提交举报');

    await page.getByRole('link', { name: '我的举报' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/my/reports');
    const item = page.locator('.own-report');
    await expect(item.count()).resolves.toBe(1);
    await expect(item.locator('h2').textContent()).resolves.toBe('137 1111 9999');
    await expect(item.locator('.comment').textContent()).resolves.toBe('第一次写的内容');
    await expect(item.locator('[data-editable-until]').textContent()).resolves.toMatch(/24 小时内可以修改，截至 \d{4}-\d\d-\d\d \d\d:\d\d（北京时间）/);
    await screenshot(page, 'my-reports-zh-390');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await item.getByRole('link', { name: '修改' }).click();
    await expect(page.getByLabel('对方自称代表哪家机构').inputValue()).resolves.toContain('京东');
    await expect(page.getByLabel('补充说明（选填，最多 1000 字）').inputValue()).resolves.toBe('第一次写的内容');
    await page.getByLabel('补充说明（选填，最多 1000 字）').fill('改过的内容');
    await screenshot(page, 'my-report-edit-zh-390');
    await submit(page, '保存修改');
    expect(new URL(page.url()).pathname).toBe('/my/reports');
    await expect(page.locator('.notice.ok').textContent()).resolves.toBe('举报已修改。');
    await expect(page.locator('.own-report .comment').textContent()).resolves.toBe('改过的内容');
    const stored = await reportsOn(number);
    expect(stored.map((r) => r.comment)).toEqual(['改过的内容']); // changed, not a second report

    await submit(page, '撤回这条举报');
    await expect(page.locator('.notice.ok').textContent()).resolves.toBe('举报已撤回。');
    await expect(page.locator('.own-report').count()).resolves.toBe(0);
    expect(await reportsOn(number)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('another browser sees none of them, and cannot withdraw them', async () => {
    const number = '+8613711110000';
    const owner = await noJs(DESKTOP, 'en-US');
    await owner.page.goto(`${site.url}/n/${number}`);
    await owner.page.getByLabel('Comment (optional, up to 1000 characters)').fill('Mine only.');
    await submit(owner.page, 'Send report');
    await owner.page.goto(`${site.url}/my/reports?lang=en`);
    await expect(owner.page.locator('.own-report').count()).resolves.toBe(1);
    await screenshot(owner.page, 'my-reports-en-1280');
    const id = await owner.page.locator('.own-report').getAttribute('data-report-id');

    // A stranger with a reporter cookie of their own.
    const stranger = await noJs(DESKTOP, 'en-US');
    await stranger.page.goto(`${site.url}/n/+8613711110001`);
    await submit(stranger.page, 'Send report');
    await stranger.page.goto(`${site.url}/my/reports?lang=en`);
    await expect(stranger.page.locator('.own-report h2').allTextContents()).resolves.toEqual(['137 1111 0001']);
    const html = await (await stranger.context.request.get(`${site.url}/n/${number}`)).text();
    const token = /name="csrf" value="([^"]+)"/.exec(html)![1]!;
    const res = await stranger.context.request.post(`${site.url}/my/reports/${id}/retract`, {
      form: { csrf: token },
      headers: { origin: site.url },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe('/my/reports?msg=gone');
    expect((await reportsOn(number)).length).toBe(1);
    await owner.context.close();
    await stranger.context.close();
  });
});

describe('disputes', () => {
  test('a number’s owner files a dispute without JavaScript and lands on its status page', async () => {
    const number = '+8613711112345';
    const { context, page, problems } = await noJs();
    await page.goto(`${site.url}/n/${number}`);
    await page.locator('#dispute summary').click();
    await page.getByLabel('这是我自己的号码，我不是催收').check();
    // Only spaces: the browser's `required` lets it through, the API refuses it.
    await page.getByLabel('说明情况（必填，最多 2000 字）').fill('   ');
    await submit(page, '提交申诉');
    await expect(page.locator('#dispute[open] [data-field="statement"] .field-error').count()).resolves.toBe(1);
    await expect(page.locator('#dispute .error-summary a[href="#f-statement"]').textContent()).resolves.toBe('说明情况（必填，最多 2000 字）');
    expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain('error-summary');
    await expect(page.getByLabel('这是我自己的号码，我不是催收').isChecked()).resolves.toBe(true);
    await screenshot(page, 'dispute-form-error-zh-390');

    await page.getByLabel('说明情况（必填，最多 2000 字）').fill('这是我的私人手机号，我从没给任何人催过债。');
    await page.getByLabel('联系方式（选填）').fill('li.lei@example.com');
    await submit(page, '提交申诉');
    expect(new URL(page.url()).pathname).toMatch(/^\/disputes\/dsp_[0-9a-f]+$/);
    await expect(page.locator('.notice.ok').textContent()).resolves.toContain('申诉已提交');
    await expect(page.locator('[data-dispute-status]').getAttribute('data-dispute-status')).resolves.toBe('open');
    await expect(page.locator('[data-dispute-status]').textContent()).resolves.toBe('状态：待处理');
    await expect(page.locator('main').textContent()).resolves.toContain('137 1111 2345');
    expect(await page.locator('main').textContent()).not.toContain('li.lei'); // the status page never shows the contact
    await screenshot(page, 'dispute-status-zh-390');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'dispute-status-zh-1280');

    await page.getByRole('link', { name: '返回号码页面' }).click();
    await expect(page.locator('#verdict-region').textContent()).resolves.toContain('有人对这个号码的举报提出了申诉');
    expect(problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  test('a dispute POST without the page’s CSRF token files nothing; unknown disputes are a 404 page', async () => {
    const number = '+8613711112346';
    const res = await fetch(`${site.url}/n/${number}/dispute`, {
      method: 'POST',
      headers: { origin: site.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ relation: 'owner', statement: 'forged' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    expect((await site.api(`/v1/numbers/${encodeURIComponent(number)}`)).body.dispute_open).toBe(false);
    const missing = await fetch(`${site.url}/disputes/dsp_000000000000000000000000`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('没有找到这个申诉');
  });
});
