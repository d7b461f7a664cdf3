import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, launchChromium, watchPage } from './support/browser';
import { postFromManyReporters, scamReport } from './support/reports';
import { startSite, startThirdPartySite, type Site } from './support/site';

const NUMBER = '+8617055556666';
const COMMENT_PAYLOAD = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2;alert(2)">"><svg onload="window.__xss=3">`;
const AGENCY_PAYLOAD = `<img src=x onerror=alert(4)>催收`;

let site: Site;
let partner: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  partner = await startThirdPartySite(
    () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body>
<collector-check id="w" number="${NUMBER}" lang="zh-CN"></collector-check>
<script src="${site.url}/widget.js"></script></body></html>`,
  );
  await postFromManyReporters(site, 3, () => scamReport(NUMBER, { comment: COMMENT_PAYLOAD, claimed_agency: AGENCY_PAYLOAD }));
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await site?.close();
});

/** Nothing ran: no dialog, no flag, no element created from the payload. */
async function expectInert(page: Page, problems: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  const injected = await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document, ...[...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
    return roots.reduce((n, root) => n + root.querySelectorAll('img[src=x], svg[onload], [onerror]').length, 0);
  });
  expect(injected).toBe(0);
  expect(problems).toEqual([]);
}

describe('user text is shown as text and executes nothing', () => {
  test('number page and its comments', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    await page.goto(`${site.url}/n/${NUMBER}`);
    await expect(page.locator('#recent-reports .comment').first().textContent()).resolves.toContain('<script>window.__xss=1</script>');
    await expect(page.locator('#evidence').textContent()).resolves.toContain('<img src=x onerror=alert(4)>');
    await page.waitForTimeout(200);
    await expectInert(page, problems);
    await context.close();
  });

  test('home page (trending) and embed page', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    await page.goto(`${site.url}/`);
    await expectInert(page, problems);
    await page.goto(`${site.url}/embed?number=${encodeURIComponent(NUMBER)}`);
    await expect(page.locator('.comment').first().textContent()).resolves.toContain('onerror=');
    await page.waitForTimeout(200);
    await expectInert(page, problems);
    await context.close();
  });

  test('widget on another origin', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url, partner.url]);
    await page.goto(partner.url);
    await page.locator('#w [data-verdict]').waitFor();
    await expect(page.locator('#w [data-verdict]').textContent()).resolves.toContain('<img src=x onerror=alert(4)>');
    await page.waitForTimeout(200);
    await expectInert(page, problems);
    await context.close();
  });
});
