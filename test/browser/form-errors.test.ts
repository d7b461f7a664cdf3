/**
 * Issue 11, item 5 on the pages: the API's validation messages are shown next to their
 * fields, and a failed no-JS submit lands at the form with focus on what went wrong.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifactsDir, DESKTOP, horizontalOverflow, launchChromium, PHONE_390, screenshot, watchPage } from './support/browser';
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

/** Tomorrow, as `<input type="datetime-local">` takes it: a call time the API refuses. */
const tomorrow = () => new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 16);

async function focusedElement(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return { className: el.className, top: box.top, bottom: box.bottom, viewport: window.innerHeight, scrollY: window.scrollY };
  });
}

describe('validation messages at their fields', () => {
  test('without JavaScript: the page comes back at the form, focused on the summary, the message under "来电时间"', async () => {
    const number = '+8613711117777';
    const context = await browser.newContext({ viewport: PHONE_390, javaScriptEnabled: false, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    await page.goto(`${site.url}/n/${number}`);
    await page.getByLabel('来电时间').fill(tomorrow());
    await page.getByLabel('补充说明（选填，最多 1000 字）').fill('保留这段文字');
    const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '提交举报' }).click()]);
    expect(response?.status()).toBe(400);

    const fieldError = page.locator('[data-field="called_at"] .field-error');
    await expect(fieldError.count()).resolves.toBe(1);
    const message = (await fieldError.textContent())!;
    expect(message.length).toBeGreaterThan(3);
    await expect(page.locator('#f-called_at').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#f-called_at').getAttribute('aria-describedby')).resolves.toContain('f-called_at-error');
    // No other field is blamed.
    await expect(page.locator('.field-error').count()).resolves.toBe(1);
    // The summary names the field in Chinese and links to it.
    const summaryLink = page.locator('.error-summary a[href="#f-called_at"]');
    await expect(summaryLink.textContent()).resolves.toBe('来电时间');
    await expect(page.locator('.error-summary li').textContent()).resolves.toContain(message);
    // Landed at the form: the focused summary is on screen, the page is scrolled past the verdict.
    const focused = await focusedElement(page);
    expect(focused.className).toContain('error-summary');
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.bottom).toBeLessThanOrEqual(focused.viewport);
    expect(focused.scrollY).toBeGreaterThan(300);
    await expect(page.getByLabel('补充说明（选填，最多 1000 字）').inputValue()).resolves.toBe('保留这段文字');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artifactsDir}form-error-nojs-zh-390-viewport.png` });
    await screenshot(page, 'form-error-nojs-zh-390');
    // Reloading the address the failed POST left behind comes back to the number page, not a 405.
    const reload = await page.goto(page.url());
    expect(reload?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`/n/${number}`);
    expect(problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  test('with JavaScript: the same placement without a reload, focus on the summary', async () => {
    const number = '+8613711118888';
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    const problems = watchPage(page, [site.url]);
    await page.goto(`${site.url}/n/${number}`);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByLabel('When did they call?').fill(tomorrow());
    await page.getByRole('button', { name: 'Send report' }).click();
    const fieldError = page.locator('[data-field="called_at"] .field-error');
    await fieldError.waitFor();
    await expect(page.locator('.error-summary a[href="#f-called_at"]').textContent()).resolves.toBe('When did they call?');
    await expect(page.locator('#f-called_at').getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await focusedElement(page)).className).toContain('error-summary');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await screenshot(page, 'form-error-js-en-1280');

    // Fixing it clears the messages.
    await page.getByLabel('When did they call?').fill(new Date(Date.now() - 3600_000).toISOString().slice(0, 16));
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.locator('#report-status .notice.ok').waitFor();
    await expect(page.locator('.field-error').count()).resolves.toBe(0);
    await expect(page.locator('[aria-invalid]').count()).resolves.toBe(0);
    // The refused fetch is logged by Chromium; nothing else may be.
    expect(problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});
