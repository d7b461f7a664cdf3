/**
 * Issue 11, items 1, 3 and 6 on the pages: zero-weight notes are shown, the caller-ID
 * spoofing warning leads an official number's page, a number without reports shows no
 * percentage, every verdict links to /about/scores, and places and 106 numbers read well.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchChromium, PHONE_390, screenshot, watchPage } from './support/browser';
import { postFromManyReporters, scamReport } from './support/reports';
import { startSite, type Site } from './support/site';

const UNKNOWN = '+8613912345678';
const BURST = '+8613612340000';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  // The classic: "95188, your 花呗 is overdue", from a forged caller ID.
  await postFromManyReporters(site, 3, (i) =>
    scamReport('95188', { tags: ['spoofed_local_number', 'personal_account_payment'], claimed_agency: '支付宝', comment: `显示 95188，让我转账 ${i}` }),
  );
  // Six fresh tokens from one network within minutes: discounted, and they describe threats.
  for (let i = 0; i < 6; i++) {
    const res = await site.api('/v1/reports', {
      body: scamReport(BURST, { comment: `burst ${i}` }),
      headers: { 'x-reporter-token': `burst-reporter-${i}-${'y'.repeat(16)}`, 'x-forwarded-for': `10.77.1.${i + 1}` },
    });
    expect(res.status).toBe(201);
  }
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

/** Vertical position on the page, to check what a person sees first. */
async function top(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return box.y;
}

describe('zero-weight notes and the spoofing warning', () => {
  test('official 95188 with spoofing reports: the caller-ID warning comes before the number and the "official" badge', async () => {
    const { context, page, problems } = await open('/n/95188');
    const warning = page.locator('[data-spoofing-warning]');
    await expect(warning.textContent()).resolves.toContain('来电显示可以伪造');
    // What to do, said by the warning's own button (the reason's wording belongs to the scoring messages).
    await expect(warning.locator('a.button').textContent()).resolves.toBe('挂断后自己拨打 95188');
    await expect(warning.locator('a[href="tel:95188"]').count()).resolves.toBe(1);
    expect(await top(page, '[data-spoofing-warning]')).toBeLessThan(await top(page, 'h1'));
    expect(await top(page, '[data-spoofing-warning]')).toBeLessThan(await top(page, '#verdict-region [data-verdict="official"]'));
    // Said once, in the warning: not repeated in the notes or the advice.
    await expect(page.locator('#verdict-region [data-reason="spoofing_reports"]').count()).resolves.toBe(0);
    await expect(page.locator('#verdict-region [data-advice="call_back_official"]').count()).resolves.toBe(0);
    await screenshot(page, 'number-95188-spoofed-zh-1280');
    await page.setViewportSize(PHONE_390);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'number-95188-spoofed-zh-390');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a discounted burst and abusive conduct show as notes next to the reasons', async () => {
    const lookup = await site.api(`/v1/numbers/${encodeURIComponent(BURST)}`);
    const zeroWeight = lookup.body.reasons
      .filter((r: { weight: number; code: string }) => r.weight === 0 && r.code !== 'prior')
      .map((r: { code: string }) => r.code);
    expect(zeroWeight.some((code: string) => code.startsWith('discount_'))).toBe(true);
    expect(zeroWeight).toContain('abuse_threats');

    const { context, page, problems } = await open(`/n/${BURST}?lang=en`);
    for (const code of zeroWeight) await expect(page.locator(`#verdict-region li.note[data-reason="${code}"]`).count(), code).resolves.toBe(1);
    await expect(page.locator('#verdict-region li.note[data-reason="abuse_threats"]').textContent()).resolves.toMatch(/threats/);
    await expect(page.locator('#verdict-region li.note[data-reason^="discount_"] .effect').first().textContent()).resolves.toBe('Note');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('no reports, no percentage', () => {
  test('an unreported number says "no reports yet" and what to do, with no probability or bar', async () => {
    const { context, page, problems } = await open(`/n/${UNKNOWN}`);
    const verdict = page.locator('#verdict-region');
    await expect(verdict.locator('[data-no-evidence]').textContent()).resolves.toContain('还没有人举报这个号码');
    await expect(verdict.locator('[data-no-evidence] a[href="#report"]').count()).resolves.toBe(1);
    await expect(verdict.locator('[data-probability], .meter-svg').count()).resolves.toBe(0);
    expect(await verdict.textContent()).not.toMatch(/\d+%/);
    await expect(verdict.locator('a[href="/about/scores"]').textContent()).resolves.toBe('这些结果是什么意思？');
    await screenshot(page, 'number-unknown-zh-1280');
    await page.setViewportSize(PHONE_390);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'number-unknown-zh-390');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a reported number keeps its probability and links the explanation too', async () => {
    const { context, page } = await open(`/n/${BURST}`);
    await expect(page.locator('#verdict-region [data-probability]').textContent()).resolves.toMatch(/\d+%/);
    await expect(page.locator('#verdict-region a[href="/about/scores"]').count()).resolves.toBe(1);
    await context.close();
  });

  test('the embed: spoofing warning first, no percentage without reports, explanation opens outside the iframe', async () => {
    const spoofed = await open('/embed?number=95188');
    expect(await top(spoofed.page, '[data-spoofing-warning]')).toBeLessThan(await top(spoofed.page, '#verdict-region'));
    await expect(spoofed.page.locator('#verdict-region a[href="/about/scores"]').getAttribute('target')).resolves.toBe('_blank');
    await spoofed.context.close();
    const unknown = await open(`/embed?number=${encodeURIComponent(UNKNOWN)}&lang=en`);
    await expect(unknown.page.locator('#verdict-region [data-no-evidence]').textContent()).resolves.toContain('No reports yet');
    await expect(unknown.page.locator('#verdict-region [data-probability]').count()).resolves.toBe(0);
    await unknown.context.close();
  });

  test('/about/scores explains probability, confidence and abuse in both languages', async () => {
    for (const [lang, headings] of [
      ['zh-CN', ['诈骗可能性', '可信度', '违规催收程度']],
      ['en', ['Scam probability', 'Confidence', 'Abusive conduct']],
    ] as const) {
      const { context, page, problems, response } = await open(`/about/scores?lang=${lang}`);
      expect(response.status()).toBe(200);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await expect(page.locator('main h2').allTextContents()).resolves.toEqual(expect.arrayContaining([...headings]));
      await screenshot(page, `about-scores-${lang}-1280`);
      await page.setViewportSize(PHONE_390);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `about-scores-${lang}-390`);
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});

describe('numbers and places as people write them', () => {
  test('a Beijing line names Beijing once, in both languages', async () => {
    for (const [lang, place] of [
      ['zh-CN', '北京市'],
      ['en', 'Beijing'],
    ]) {
      const { context, page } = await open(`/n/${encodeURIComponent('+861088881234')}?lang=${lang}`);
      const facts = page.locator('.number-facts div', { has: page.locator('dt', { hasText: lang === 'en' ? 'Location' : '归属地' }) });
      await expect(facts.locator('dd').textContent()).resolves.toBe(place);
      await context.close();
    }
    const { context, page } = await open(`/n/${encodeURIComponent('+8675588881234')}?lang=en`);
    await expect(page.locator('.number-facts').textContent()).resolves.toContain('Shenzhen, Guangdong');
    await context.close();
  });

  test('a 106 SMS gateway is grouped in fours', async () => {
    const { context, page } = await open('/n/10695558888');
    await expect(page.locator('h1').textContent()).resolves.toBe('106 9555 8888');
    await context.close();
    const long = await open('/n/1069000012345678');
    await expect(long.page.locator('h1').textContent()).resolves.toBe('1069 0000 1234 5678');
    await long.context.close();
  });

  test('the Chinese agency page says where a number is published in Chinese', async () => {
    const { context, page, problems } = await open('/agencies/alipay');
    const source = page.locator('[data-source]').first();
    await expect(source.textContent()).resolves.toBe('来源：官方网站 cshall.alipay.com');
    await expect(source.locator('a').getAttribute('href')).resolves.toBe('https://cshall.alipay.com');
    await screenshot(page, 'agency-alipay-zh-1280');
    await page.setViewportSize(PHONE_390);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'agency-alipay-zh-390');
    expect(problems).toEqual([]);
    await context.close();
    const en = await open('/agencies/alipay?lang=en');
    await expect(en.page.locator('[data-source]').first().textContent()).resolves.toContain('Source: Alipay customer service centre');
    await en.context.close();
  });
});
