import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, launchChromium, PHONE, screenshot, watchPage } from './support/browser';
import { postFromManyReporters, scamReport } from './support/reports';
import { startSite, startThirdPartySite, type Site } from './support/site';

const SCAM_NUMBER = '+8617012345678';

let site: Site;
let partner: { url: string; close(): Promise<void> };
let browser: Browser;

/** Someone else's page: one script tag, a widget with a number, one in search mode, and the iframe. */
const partnerPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner site</title></head>
<body>
<h1>Partner site</h1>
<collector-check id="by-number" number="${SCAM_NUMBER}" lang="en"></collector-check>
<collector-check id="search" lang="zh-CN"></collector-check>
<iframe id="embed" src="${site.url}/embed?number=${encodeURIComponent(SCAM_NUMBER)}&lang=en" title="Collector Check" width="100%" height="900"></iframe>
<script src="${site.url}/widget.js" async></script>
</body></html>`;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  // The partner runs a strict CSP of its own: the widget must need no inline script or style there.
  partner = await startThirdPartySite(partnerPage, () => ({
    'content-security-policy': `default-src 'self'; script-src ${site.url}; connect-src ${site.url}; frame-src ${site.url}; style-src 'self'`,
  }));
  await postFromManyReporters(site, 5, (i) => scamReport(SCAM_NUMBER, { comment: `reporter ${i}` }));
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await site?.close();
});

describe('widget and embed on another origin', () => {
  test('/widget.js is small: under 15 KB gzipped', async () => {
    const res = await fetch(`${site.url}/widget.js`);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const source = Buffer.from(await res.arrayBuffer());
    const gzipped = gzipSync(source, { level: 9 }).length;
    console.info(`widget.js: ${source.length} bytes, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThan(15 * 1024);
  });

  test('one script tag renders the verdict in a shadow root; search mode looks numbers up', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url, partner.url]);
    await page.goto(partner.url);
    expect(new URL(page.url()).origin).not.toBe(site.url);

    const result = page.locator('#by-number [data-verdict]');
    await result.waitFor();
    expect(['suspicious', 'likely_scam']).toContain(await result.getAttribute('data-verdict'));
    const inShadow = await page.evaluate(() => {
      const host = document.getElementById('by-number')!;
      return { shadow: Boolean(host.shadowRoot?.querySelector('[data-verdict]')), light: host.querySelector('[data-verdict]') !== null };
    });
    expect(inShadow).toEqual({ shadow: true, light: false });
    await expect(result.textContent()).resolves.toMatch(/scam|Suspicious/i);
    // Its own styles apply under the partner's CSP (constructed stylesheets, not <style>).
    await expect(result.evaluate((el) => getComputedStyle(el.querySelector('.badge')!).backgroundColor)).resolves.toMatch(/rgb\((179, 38, 30|138, 75, 0)\)/);
    await expect(page.locator('#by-number a[target=_blank][href*="/n/"]').getAttribute('href')).resolves.toBe(`${site.url}/n/%2B8617012345678?lang=en`);

    await page.locator('#search input').fill('95188');
    await page.locator('#search button').click();
    await expect(page.locator('#search [data-verdict]').getAttribute('data-verdict')).resolves.toBe('official');
    await expect(page.locator('#search [data-verdict]').textContent()).resolves.toContain('官方号码');

    const frame = page.frameLocator('#embed');
    await expect(frame.locator('#verdict-region [data-verdict]').getAttribute('data-verdict')).resolves.toMatch(/suspicious|likely_scam/);
    await expect(frame.locator('form.report').count()).resolves.toBe(1);
    await screenshot(page, 'widget-partner-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'widget-partner-360');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the embed report form works inside a cross-site iframe without JavaScript (no SameSite cookies there)', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url, partner.url]);
    await page.goto(partner.url);
    const frame = page.frameLocator('#embed');
    await frame.locator('summary').click();
    await frame.getByLabel('Comment (optional, up to 1000 characters)').fill('Reported from a partner site iframe.');
    await frame.getByRole('button', { name: 'Send report' }).click();
    await expect(frame.locator('#report-status .notice.ok').textContent()).resolves.toContain('Thank you');
    const reports = await site.api(`/v1/numbers/${encodeURIComponent(SCAM_NUMBER)}/reports?limit=50`);
    expect(reports.body.items.map((r: { comment: string }) => r.comment)).toContain('Reported from a partner site iframe.');
    expect(problems).toEqual([]);
    await context.close();
  });
});
