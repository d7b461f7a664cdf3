import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, DESKTOP, launchChromium, PHONE, screenshot, watchPage } from './support/browser';
import { postFromManyReporters, scamReport } from './support/reports';
import { startSite, type Site } from './support/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SCAM_NUMBER = '+8617012345678';
const UNKNOWN_NUMBER = '+8613912345678';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  await postFromManyReporters(site, 6, (i) => scamReport(SCAM_NUMBER, { comment: `第 ${i + 1} 位举报人：自称支付宝催收，让我转账到个人账户。` }));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, { viewport = DESKTOP, locale = 'zh-CN' } = {}) {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const problems = watchPage(page, [site.url]);
  const response = await page.goto(site.url + path);
  return { context, page, problems, response: response! };
}

describe('pages render real data', () => {
  test('home: search, guide with tap-to-call numbers, trending numbers', async () => {
    const { context, page, problems, response } = await open('/');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('h1').textContent()).resolves.toContain('贷款逾期');
    expect(await page.locator('a[href="tel:95188"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="tel:12378"]').count()).toBe(1);
    expect(await page.locator('#hotlines-title + p + ul a[href="tel:95588"]').count()).toBe(1); // ICBC, from the seed
    // Trending comes from GET /v1/stats; without it the section is left out, not broken.
    // Trending numbers read as people write them in China, and link to the number's page.
    await expect(page.locator('.trending').textContent()).resolves.toContain('170 1234 5678');
    expect(await page.locator(`.trending a[href*="${encodeURIComponent(SCAM_NUMBER)}"], .trending a[href*="${SCAM_NUMBER}"]`).count()).toBeGreaterThan(0);
    await screenshot(page, 'home-zh-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'home-zh-360');

    // Search without typing a URL: the form lands on the canonical number page.
    await page.getByRole('searchbox', { name: '电话号码' }).fill('170-1234-5678');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(`**/n/${SCAM_NUMBER}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('official number 95188: official verdict, owner agency, call-back link', async () => {
    const { context, page, problems } = await open('/n/95188');
    await expect(page.locator('[data-verdict]').first().getAttribute('data-verdict')).resolves.toBe('official');
    await expect(page.locator('#verdict-region').textContent()).resolves.toContain('官方号码');
    await expect(page.locator('#verdict-region a[href="/agencies/alipay"]').count()).resolves.toBe(1);
    await expect(page.locator('.chart').count()).resolves.toBe(0); // no reports, no empty chart
    await screenshot(page, 'number-official-zh-desktop');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('scam-reported number: warning verdict, reasons, claimed agency, comments, chart (desktop and 360 px)', async () => {
    const { context, page, problems } = await open(`/n/${SCAM_NUMBER}`);
    const verdict = await page.locator('#verdict-region [data-verdict]').getAttribute('data-verdict');
    expect(['suspicious', 'likely_scam']).toContain(verdict);
    await expect(page.locator('#evidence').textContent()).resolves.toContain('6');
    await expect(page.locator('#evidence a[href="/agencies/alipay"]').count()).resolves.toBe(1);
    await expect(page.locator('#recent-reports .comment').count()).resolves.toBe(6);
    await expect(page.locator('.chart svg[role=img] rect.bar').count()).resolves.toBe(26);
    expect(await page.locator('.chart rect.bar:not(.zero)').count()).toBeGreaterThan(0);
    await expect(page.locator('#embed pre').first().textContent()).resolves.toContain(`<collector-check number="${SCAM_NUMBER}"`);
    await screenshot(page, 'number-scam-zh-desktop');
    await page.setViewportSize(PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'number-scam-zh-360');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('unknown number in English (Accept-Language), pasted in another format, redirects to one URL', async () => {
    const { context, page, problems } = await open('/n/139%201234%205678', { locale: 'en-US' });
    expect(new URL(page.url()).pathname).toBe(`/n/${UNKNOWN_NUMBER}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#verdict-region [data-verdict]').getAttribute('data-verdict')).resolves.toBe('unknown');
    await expect(page.locator('#evidence').textContent()).resolves.toContain('Nobody has reported this number yet.');
    await screenshot(page, 'number-unknown-en-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'number-unknown-en-360');

    // The language switch keeps the page and sticks through links.
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('invalid number answers 400 with a page, not a crash', async () => {
    const { context, page, response } = await open('/n/hello');
    expect(response.status()).toBe(400);
    await expect(page.locator('.notice.error').textContent()).resolves.toContain('有效的电话号码');
    await context.close();
  });

  test('agency page: official numbers with sources, complaint channels, numbers that claimed to be it', async () => {
    const { context, page, problems } = await open('/agencies/alipay?lang=en');
    await expect(page.locator('h1').textContent()).resolves.toContain('Alipay');
    await expect(page.locator('a[href="tel:95188"]').count()).resolves.toBe(1);
    await expect(page.locator('a[href="tel:12378"]').count()).resolves.toBe(1);
    await expect(page.locator('main').textContent()).resolves.toContain('170 1234 5678');
    await screenshot(page, 'agency-alipay-en-desktop');
    expect(problems).toEqual([]);
    await context.close();
    const missing = await open('/agencies/nope');
    expect(missing.response.status()).toBe(404);
    await missing.context.close();
  });

  test('keyboard: the first Tab shows a skip link that moves focus to the content; focus is visible', async () => {
    const { context, page } = await open(`/n/${SCAM_NUMBER}`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, visible: box.left >= 0 && box.width > 0, outline: getComputedStyle(el).outlineStyle };
    });
    expect(skip).toMatchObject({ text: '跳到正文', visible: true });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
    });
    expect(next).toEqual({ tag: 'INPUT', outline: 'solid' });
    await context.close();
  });

  test('axe-core: no serious or critical violations on / and /n/{number}', async () => {
    // axe is injected as an inline script, which the pages' CSP (rightly) blocks.
    const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
    const page = await context.newPage();
    for (const path of ['/', `/n/${SCAM_NUMBER}`, '/n/95188?lang=en', '/agencies/alipay', `/embed?number=${encodeURIComponent(SCAM_NUMBER)}`, '/about/scores', '/my/reports']) {
      await page.goto(site.url + path);
      expect(await axeViolations(page, axeSource), path).toEqual([]);
    }
    await context.close();
  });
});
