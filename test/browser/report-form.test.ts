import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, launchChromium, PHONE, screenshot, watchPage } from './support/browser';
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

async function reportCount(number: string): Promise<number> {
  const res = await site.api(`/v1/numbers/${encodeURIComponent(number)}/reports`);
  return res.body.items.length;
}

describe('report form', () => {
  test('works with JavaScript disabled: POST, 303 back with a message, the report is stored and shown', async () => {
    const number = '+8613711112222';
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    await page.goto(`${site.url}/n/${number}`);
    await page.getByLabel('对方自称代表哪家机构').fill('京东金融');
    await page.getByLabel('要求转账到个人账户').check();
    await page.getByLabel('威胁恐吓').check();
    await page.getByLabel('工号').check();
    await page.getByLabel('对方要求怎样还款？').selectOption('personal_account');
    await page.getByLabel('补充说明（选填，最多 1000 字）').fill('无 JS 表单提交的举报：对方说不还钱就上门。');
    const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '提交举报' }).click()]);
    expect(response?.status()).toBe(200);
    expect(page.url()).toContain('msg=created');
    await expect(page.locator('#report-status').textContent()).resolves.toContain('举报已收到');
    await expect(page.locator('#recent-reports').textContent()).resolves.toContain('无 JS 表单提交的举报');
    await expect(page.locator('#evidence').textContent()).resolves.toContain('京东');
    expect(await reportCount(number)).toBe(1);
    await screenshot(page, 'report-form-nojs-360');

    // Same browser again within 24 h: the HttpOnly reporter cookie makes it the same reporter, so it updates.
    await page.getByLabel('补充说明（选填，最多 1000 字）').fill('补充：又打来了。');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '提交举报' }).click()]);
    expect(page.url()).toContain('msg=updated');
    expect(await reportCount(number)).toBe(1);
    const cookies = await context.cookies(site.url);
    expect(cookies.find((c) => c.name === 'cc_reporter')?.httpOnly).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a validation error re-renders the form with the message and keeps what was typed', async () => {
    const number = '+8613711113333';
    const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${site.url}/n/${number}`);
    await page.getByLabel('When did they call?').fill('2020-01-01T10:00');
    await page.getByLabel('Comment (optional, up to 1000 characters)').fill('keep this text');
    const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Send report' }).click()]);
    expect(response?.status()).toBe(400);
    await expect(page.locator('#report-status .notice.error').textContent()).resolves.toContain('When did they call?');
    await expect(page.getByLabel('Comment (optional, up to 1000 characters)').inputValue()).resolves.toBe('keep this text');
    expect(await reportCount(number)).toBe(0);
    await context.close();
  });

  test('with JavaScript the form submits in place and the page updates without a reload', async () => {
    const number = '+8613711114444';
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US' });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    await page.goto(`${site.url}/n/${number}`);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByLabel('Comment (optional, up to 1000 characters)').fill('Submitted with fetch.');
    await page.getByLabel('Threats').check();
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page.locator('#report-status .notice.ok')).toBeDefined();
    await page.waitForSelector('#recent-reports .comment');
    await expect(page.locator('#recent-reports .comment').textContent()).resolves.toBe('Submitted with fetch.');
    await expect(page.locator('#report-status').textContent()).resolves.toContain('Thank you');
    // Same document: nothing navigated.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await reportCount(number)).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a cross-site POST or one without the CSRF token is refused and stores nothing', async () => {
    const number = '+8613711115555';
    const form = new URLSearchParams({ called_at: '2026-01-01T10:00', tz_offset: '+08:00', comment: 'forged' });
    const crossSite = await fetch(`${site.url}/n/${number}/report`, {
      method: 'POST',
      body: form,
      headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      redirect: 'manual',
    });
    expect(crossSite.status).toBe(403);
    const noToken = await fetch(`${site.url}/n/${number}/report`, {
      method: 'POST',
      body: form,
      headers: { origin: site.url },
      redirect: 'manual',
    });
    expect(noToken.status).toBe(403);
    expect(await reportCount(number)).toBe(0);
  });

  test('the form shares the API rate limit: past it, the page says when to try again (429, Retry-After)', async () => {
    const number = '+8613711116666';
    const client = { 'x-forwarded-for': '10.99.1.1' };
    const first = await fetch(`${site.url}/n/${number}`, { headers: client });
    const csrf = /name="csrf" value="([^"]+)"/.exec(await first.text())![1]!;
    const cookies = first.headers.getSetCookie().map((c) => c.split(';')[0]);
    let last: Response | undefined;
    for (let i = 0; i < 40; i++) {
      last = await fetch(`${site.url}/n/${number}/report`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...client, origin: site.url, cookie: cookies.join('; '), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf, called_at: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 16), tz_offset: '+08:00' }),
      });
      const reporter = last.headers.getSetCookie().find((c) => c.startsWith('cc_reporter='));
      if (reporter) cookies.push(reporter.split(';')[0]!);
      if (last.status === 429) break;
      expect(last.status).toBe(303);
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last?.text()).toContain('提交太频繁');
  });
});
