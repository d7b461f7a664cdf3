/** Issue 11, item 11 (page side): a mistyped link shows a page in the reader's language, not raw JSON. */
import type { Browser } from 'playwright-core';
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

describe('404 in a browser', () => {
  test('Chinese by default, with a working search box; English from Accept-Language', async () => {
    const context = await browser.newContext({ viewport: PHONE_390, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    const response = await page.goto(`${site.url}/numbers/13800138000`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await expect(page.locator('h1').textContent()).resolves.toBe('页面不存在');
    await expect(page.locator('main').textContent()).resolves.toContain('可以在下面直接查号码');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'not-found-zh-390');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'not-found-zh-1280');
    await page.getByRole('searchbox', { name: '电话号码' }).fill('13800138000');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL('**/n/+8613800138000');
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
    await context.close();

    const en = await browser.newContext({ viewport: DESKTOP, locale: 'en-US' });
    const enPage = await en.newPage();
    await enPage.goto(`${site.url}/no-such-page`);
    await expect(enPage.locator('h1').textContent()).resolves.toBe('Page not found');
    await en.close();
  });
});
