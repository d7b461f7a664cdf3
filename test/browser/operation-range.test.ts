/**
 * The number page shows how wide the scam probability's range still is, and the operation a
 * number belongs to when its reports name a made-up department used on other numbers too.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, PHONE, PHONE_390, horizontalOverflow, launchChromium, screenshot, watchPage } from './support/browser';
import { scamReport } from './support/reports';
import { startSite, type Site } from './support/site';

const OPERATION = ['+8617012345601', '+8617055501202', '+8613877700103', '+8615922200404', '+8618633300505'];

let site: Site;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  // One victim per number, each their own token and network: the rotating-number shape.
  for (const [i, number] of OPERATION.entries()) {
    const res = await site.api('/v1/reports', {
      body: scamReport(number, { claimed_agency: '网贷清退中心', comment: `自称网贷清退中心 ${i}` }),
      headers: { 'x-reporter-token': `operation-victim-${i}-${'z'.repeat(16)}`, 'x-forwarded-for': `10.${60 + i}.3.9` },
    });
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('operation and probability range', () => {
  test('the API names the operation and gives an interval around the probability', async () => {
    const { body } = await site.api(`/v1/numbers/${encodeURIComponent(OPERATION[4]!)}?lang=en`);
    expect(body.operation).toMatchObject({ name: '网贷清退中心', numbers: 5 });
    expect(body.scam_probability_interval.lower).toBeLessThanOrEqual(body.scam_probability);
    expect(body.scam_probability_interval.upper).toBeGreaterThanOrEqual(body.scam_probability);
    const reason = body.reasons.find((r: { code: string }) => r.code === 'operation');
    expect(reason.effect).toBe('scam');
    expect(reason.message).toContain('part of an operation of 5 numbers');
  });

  for (const [lang, range, operation] of [
    // Five reports across the operation are still thin evidence: the range leads, with its note.
    ['zh-CN', /依据还少，只能给出一个范围（估计值 \d+%）/, '举报称来电自称"网贷清退中心"的号码共 5 个'],
    ['en', /Too little evidence for one figure, so this is a range \(best guess \d+%\)/, '5 numbers whose callers said they were "网贷清退中心"'],
  ] as const) {
    test(`the number page shows the range and the operation (${lang})`, async () => {
      const context = await browser.newContext({ viewport: DESKTOP, locale: lang });
      const page = await context.newPage();
      const problems = watchPage(page, [site.url]);
      await page.goto(`${site.url}/n/${OPERATION[4]}?lang=${lang}`);
      await expect(page.locator('#verdict-region [data-probability-range]').textContent()).resolves.toMatch(range);
      await expect(page.locator('#verdict-region [data-probability]').textContent()).resolves.toMatch(/^\s*\d+–\d+%/);
      await expect(page.locator('#verdict-region [data-operation]').textContent()).resolves.toBe(operation);
      await expect(page.locator('#verdict-region [data-reason="operation"]').count()).resolves.toBe(1);
      await screenshot(page, `number-operation-${lang}-1280`);
      for (const [viewport, width] of [[PHONE_390, 390], [PHONE, 360]] as const) {
        await page.setViewportSize(viewport);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `number-operation-${lang}-${width}`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test('a number whose reports name no operation shows no operation row', async () => {
    const res = await site.api('/v1/reports', {
      body: scamReport('+8613912300999', { claimed_agency: null }),
      headers: { 'x-reporter-token': `lone-victim-${'q'.repeat(16)}`, 'x-forwarded-for': '10.90.3.9' },
    });
    expect(res.status).toBe(201);
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en' });
    const page = await context.newPage();
    await page.goto(`${site.url}/n/+8613912300999?lang=en`);
    await expect(page.locator('#verdict-region [data-probability-range]').count()).resolves.toBe(1);
    await expect(page.locator('#verdict-region [data-operation]').count()).resolves.toBe(0);
    await context.close();
  });
});
