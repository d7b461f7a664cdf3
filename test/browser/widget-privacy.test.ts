import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, PHONE_390, screenshot, watchPage } from './support/browser';
import { postFromManyReporters, scamReport } from './support/reports';
import { startSite, startThirdPartySite, type Site } from './support/site';

// A scam number reported by several people, and one nobody reported: typed as people type them.
const SCAM = { typed: '170 1234 5678', key: '+8617012345678' };
const UNREPORTED = { typed: '139-8765-4321', key: '+8613987654321' };

/** Every form the number could travel in: digits, E.164 with and without its +, URL-encoded, grouped. */
function forms(key: string, typed: string): string[] {
  const national = key.slice(3);
  return [national, key, key.slice(1), encodeURIComponent(key), typed, encodeURIComponent(typed), national.slice(3), `${national.slice(0, 3)}-${national.slice(3, 7)}`];
}

let site: Site;
let partner: { url: string; close(): Promise<void> };
let browser: Browser;

const partnerPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner site</title></head>
<body>
<h1>Partner site</h1>
<collector-check id="scam" privacy number="${SCAM.typed}" lang="en"></collector-check>
<collector-check id="unreported" privacy number="${UNREPORTED.typed}" lang="zh-CN"></collector-check>
<collector-check id="official" privacy number="95188" lang="en"></collector-check>
<collector-check id="search" privacy lang="en"></collector-check>
<script src="${site.url}/widget.js" async></script>
</body></html>`;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  partner = await startThirdPartySite(partnerPage, () => ({
    'content-security-policy': `default-src 'self'; script-src ${site.url}; connect-src ${site.url}; style-src 'self'`,
  }));
  await postFromManyReporters(site, 5, (i) => scamReport(SCAM.key, { comment: `reporter ${i}` }));
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await site?.close();
});

describe('widget in privacy mode', () => {
  test('shows the lookup’s verdict without any request carrying the number', async () => {
    const context = await browser.newContext({ viewport: PHONE_390 });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url, partner.url]);
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(partner.url);

    for (const [id, key] of [['scam', SCAM.key], ['unreported', UNREPORTED.key], ['official', 'CN:95188']] as const) {
      const shown = page.locator(`#${id} [data-verdict]`);
      await shown.waitFor();
      const lookup = await site.api(`/v1/numbers/${encodeURIComponent(key)}`);
      expect(await shown.getAttribute('data-verdict'), id).toBe(lookup.body.verdict);
      expect(await shown.getAttribute('data-private'), id).toBe('');
    }
    expect(await page.locator('#scam [data-verdict]').getAttribute('data-verdict')).toMatch(/suspicious|likely_scam/);
    await expect(page.locator('#scam [data-probability]').textContent()).resolves.toMatch(/Scam probability \d+% · Abuse (low|medium|high)/);
    await expect(page.locator('#unreported [data-no-evidence]').textContent()).resolves.toContain('还没有人举报这个号码');
    await expect(page.locator('#scam [data-private-note]').textContent()).resolves.toContain('never sent to the server');
    await expect(page.locator('#scam [data-verify-link]').getAttribute('href')).resolves.toBe(`${site.url}/verify?lang=en`);

    // Search mode in privacy: typed by the person, still never sent.
    await page.locator('#search input').fill('170-1234-5678');
    await page.locator('#search button').click();
    await expect(page.locator('#search [data-verdict]').getAttribute('data-verdict')).resolves.toMatch(/suspicious|likely_scam/);

    const toServer = requests.filter((r) => r.url().startsWith(site.url));
    expect(toServer.some((r) => r.url().includes('/v1/ranges/'))).toBe(true);
    expect(toServer.some((r) => r.url().includes('/v1/numbers/'))).toBe(false);
    const leaks = [...forms(SCAM.key, SCAM.typed), ...forms(UNREPORTED.key, UNREPORTED.typed), '170-1234-5678', 'CN:95188', 'CN%3A95188'];
    for (const request of requests) {
      const sent = `${request.url()}\n${request.postData() ?? ''}\n${JSON.stringify(await request.allHeaders())}`;
      for (const form of leaks) expect(sent, request.url()).not.toContain(form);
    }
    // Range requests name a 5-hex prefix and nothing else.
    for (const r of toServer.filter((r) => r.url().includes('/v1/ranges/'))) expect(new URL(r.url()).pathname).toMatch(/^\/v1\/ranges\/[0-9a-f]{5}$/);

    await screenshot(page, 'widget-privacy-390');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('says a typed text is not a number, without asking the server', async () => {
    const context = await browser.newContext({ viewport: PHONE_390 });
    const page = await context.newPage();
    const ranges: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/v1/')) ranges.push(r.url());
    });
    await page.goto(partner.url);
    await page.locator('#official [data-verdict]').waitFor();
    const before = ranges.length;
    await page.locator('#search input').fill('12');
    await page.locator('#search button').click();
    await expect(page.locator('#search [role=alert]').textContent()).resolves.toContain('not a valid phone number');
    expect(ranges.length).toBe(before);
    await context.close();
  });
});
