/**
 * Issue 11, items 1, 3 and 10 in the widget: one lookup per element and per change, the
 * official number itself as the call to action, a visible label in search mode, the spoofing
 * warning first, notes always, no percentage without reports, the explanation linked.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchChromium, PHONE_390, screenshot, watchPage } from './support/browser';
import { postFromManyReporters, scamReport } from './support/reports';
import { startSite, startThirdPartySite, type Site } from './support/site';

const UNKNOWN = '+8613912345678';
/** Reported once: a probability with low confidence. */
const THIN = '+8613600001111';

let site: Site;
let partner: { url: string; close(): Promise<void> };
let browser: Browser;

const partnerPage = () => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Partner</title></head>
<body>
<collector-check id="spoofed" number="95188"></collector-check>
<collector-check id="abused" number="95588" lang="zh-CN"></collector-check>
<collector-check id="unknown" number="${UNKNOWN}" lang="zh-CN"></collector-check>
<collector-check id="search" lang="zh-CN"></collector-check>
<collector-check id="thin" number="${THIN}" lang="zh-CN"></collector-check>
<script src="${site.url}/widget.js" async></script>
</body></html>`;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  partner = await startThirdPartySite(partnerPage, () => ({
    'content-security-policy': `default-src 'self'; script-src ${site.url}; connect-src ${site.url}; style-src 'self'`,
  }));
  await postFromManyReporters(site, 3, (i) => scamReport('95188', { tags: ['spoofed_local_number'], claimed_agency: '支付宝', comment: `spoof ${i}` }));
  await postFromManyReporters(site, 1, () => scamReport(THIN));
  // ICBC's real line, reported for threats and insults by its own collectors: official and abusive.
  await postFromManyReporters(site, 5, () => ({
    number: '95588',
    called_at: new Date(Date.now() - 3_600_000).toISOString().replace('Z', '+00:00'),
    tags: ['threats', 'insults', 'repeated_calls'],
  }));
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await site?.close();
});

async function openPartner(viewport = DESKTOP) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = watchPage(page, [site.url, partner.url]);
  const lookups: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${site.url}/v1/numbers/`)) lookups.push(decodeURIComponent(new URL(request.url()).pathname.slice('/v1/numbers/'.length)));
  });
  await page.goto(partner.url);
  await page.locator('#unknown [data-verdict]').waitFor();
  await page.locator('#spoofed [data-verdict]').waitFor();
  await page.locator('#abused [data-verdict]').waitFor();
  return { context, page, problems, lookups };
}

const settle = (page: Page) => page.waitForLoadState('networkidle');

describe('widget lookups', () => {
  test('one fetch per element, one more per change of number or lang, none for an unchanged value', async () => {
    const { context, page, problems, lookups } = await openPartner();
    await settle(page);
    expect(lookups.sort()).toEqual(['95188', '95588', UNKNOWN, THIN].sort());

    lookups.length = 0;
    await page.evaluate(() => document.getElementById('unknown')!.setAttribute('number', '+8613912345679'));
    await page.locator('#unknown .num', { hasText: '139 1234 5679' }).waitFor();
    await page.evaluate(() => document.getElementById('unknown')!.setAttribute('lang', 'zh-CN')); // same value
    await page.evaluate(() => document.getElementById('unknown')!.setAttribute('lang', 'en'));
    await page.locator('#unknown [data-no-evidence]', { hasText: 'No reports yet' }).waitFor();
    await settle(page);
    expect(lookups).toEqual(['+8613912345679', '+8613912345679']);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('on an official number the call to action is its own number, not a complaint line', async () => {
    const lookup = await site.api('/v1/numbers/95588');
    expect(lookup.body.verdict).toBe('official');
    expect(lookup.body.advice.some((a: { phone?: string }) => a.phone === '12378')).toBe(true);
    const { context, page } = await openPartner();
    await expect(page.locator('#abused a.cta').getAttribute('href')).resolves.toBe('tel:95588');
    await expect(page.locator('#abused a.cta').textContent()).resolves.toBe('自己拨打官方号码 95588');
    await expect(page.locator('#abused a[href="tel:12378"]').count()).resolves.toBe(0);
    // Zero-weight abuse notes are shown on it.
    await expect(page.locator('#abused li.note[data-reason="abuse_threats"]').count()).resolves.toBe(1);
    await context.close();
  });

  test('spoofing warning first, no percentage without reports, explanation linked', async () => {
    const { context, page, problems } = await openPartner();
    const first = await page.evaluate(() => document.getElementById('spoofed')!.shadowRoot!.querySelector('.box')!.firstElementChild!.getAttribute('data-spoofing-warning'));
    expect(first).toBe('');
    await expect(page.locator('#spoofed [data-spoofing-warning]').textContent()).resolves.toContain('来电显示可以伪造');
    await expect(page.locator('#spoofed [data-spoofing-warning] a').getAttribute('href')).resolves.toBe('tel:95188');

    await expect(page.locator('#unknown [data-no-evidence]').textContent()).resolves.toContain('还没有人举报这个号码');
    await expect(page.locator('#unknown [data-probability]').count()).resolves.toBe(0);
    expect(await page.locator('#unknown .box').textContent()).not.toMatch(/\d+%/);
    await expect(page.locator('#abused [data-probability]').count()).resolves.toBe(1);
    for (const id of ['spoofed', 'abused', 'unknown']) {
      await expect(page.locator(`#${id} a[href="${site.url}/about/scores?lang=zh-CN"]`).textContent()).resolves.toBe('这些结果是什么意思？');
    }
    await screenshot(page, 'widget-states-zh-1280');
    await page.setViewportSize(PHONE_390);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'widget-states-zh-390');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('thin evidence shows the probability as a range, not as one figure', async () => {
    const { context, page, problems } = await openPartner();
    const lookup = (await site.api(`/v1/numbers/${encodeURIComponent(THIN)}`)).body;
    expect(lookup.confidence).toBe('low');
    const range = `${Math.round(lookup.scam_probability_interval.lower * 100)}–${Math.round(lookup.scam_probability_interval.upper * 100)}%`;
    await page.locator('#thin [data-probability]').waitFor();
    await expect(page.locator('#thin [data-probability]').textContent()).resolves.toContain(range);
    await page.goto(`${site.url}/n/${encodeURIComponent(THIN)}?lang=zh-CN`);
    await expect(page.locator('#verdict-region [data-probability]').textContent()).resolves.toContain(range);
    await expect(page.locator('#verdict-region [data-probability-range]').textContent()).resolves.toContain('依据还少');
    await screenshot(page, 'number-thin-evidence-zh-1280');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('search mode: the input has a visible label and an accessible name', async () => {
    const { context, page } = await openPartner(PHONE_390);
    const label = page.locator('#search label');
    await expect(label.textContent()).resolves.toBe('电话号码');
    const box = await label.boundingBox();
    expect(box!.width).toBeGreaterThan(20);
    expect(box!.height).toBeGreaterThan(10);
    await page.getByRole('searchbox', { name: '电话号码' }).fill('95188');
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.locator('#search [data-verdict]').getAttribute('data-verdict')).resolves.toBe('official');
    await context.close();
  });
});
