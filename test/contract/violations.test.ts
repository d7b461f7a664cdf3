/**
 * Conduct-rule violations: derived from each report, counted per number and per claimed
 * agency at write time, shown in lookups (each with its source), on the agency and in the
 * export, and moved by edits and retractions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { newToken, postReport, reportBody } from './report-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

type Violation = { rule: string; jurisdiction: string; reports: number; source: { title: string; url: string } };
const byRule = (list: Violation[]) => Object.fromEntries(list.map((v) => [v.rule, v.reports]));

describe('violations', () => {
  it('a CN lookup lists the rules reports say were broken, each with its source', async () => {
    // 23:30 in Beijing, 5 calls that day, answered by someone unrelated, payment to a personal card.
    await postReport(
      h,
      reportBody({ called_at: '2026-06-14T15:30:00Z', calls_today: 5, contacted: 'unrelated_third_party', payment_requested: 'personal_account', tags: [] }),
      newToken(),
    );
    // 21:30 in Beijing: only the stricter 21:00 reading.
    await postReport(h, reportBody({ called_at: '2026-06-14T13:30:00+00:00', tags: ['impersonates_authority'] }), newToken());
    const lookup = await h.json('/v1/numbers/13800138000?lang=en');
    expect(lookup.status).toBe(200);
    const violations = lookup.body.violations as Violation[];
    expect(byRule(violations)).toEqual({
      cn_evening_calls: 2,
      cn_night_calls: 1,
      cn_call_frequency: 1,
      cn_third_party: 1,
      cn_personal_account: 1,
      cn_impersonation: 1,
    });
    expect(violations[0]!.rule).toBe('cn_evening_calls');
    for (const v of violations) {
      expect(v.jurisdiction).toBe('CN');
      expect(v.source.title.length).toBeGreaterThan(3);
      expect(v.source.url).toMatch(/^https:\/\//);
    }
    const zh = await h.json('/v1/numbers/13800138000?lang=zh-CN');
    expect(zh.body.violations.find((v: Violation) => v.rule === 'cn_third_party').source.title).toContain('《消费金融公司管理办法》');
  });

  it('a call within the hours and a few calls break nothing', async () => {
    await postReport(h, reportBody({ called_at: '2026-06-15T03:00:00Z', calls_today: 3, contacted: 'debtor' }), newToken());
    const lookup = await h.json('/v1/numbers/13800138000');
    expect(lookup.body.violations).toEqual([]);
  });

  it('a US number is judged by Regulation F in its own time zone', async () => {
    // 22:00 in New York (EDT), 9 calls in 7 days, disclosed to a third party.
    const body = reportBody({
      number: '+1 212 555 0147',
      region: 'US',
      called_at: '2026-06-15T02:00:00Z',
      calls_today: 4,
      calls_last_7_days: 9,
      contacted: 'unrelated_third_party',
    });
    const res = await postReport(h, body, newToken());
    expect(res.status).toBe(201);
    const lookup = await h.json('/v1/numbers/%2B12125550147?lang=en');
    const violations = lookup.body.violations as Violation[];
    expect(byRule(violations)).toEqual({ us_inconvenient_hours: 1, us_call_frequency: 1, us_third_party: 1 });
    expect(violations.find((v) => v.rule === 'us_call_frequency')!.source.url).toBe('https://www.consumerfinance.gov/rules-policy/regulations/1006/14/');
    expect(violations.every((v) => v.jurisdiction === 'US')).toBe(true);
  });

  it('an edit moves the counts and a retraction removes them', async () => {
    const token = newToken();
    const first = await postReport(h, reportBody({ calls_today: 6 }), token);
    expect(byRule((await h.json('/v1/numbers/13800138000')).body.violations)).toEqual({ cn_call_frequency: 1 });
    await postReport(h, reportBody({ calls_today: 2, contacted: 'unrelated_third_party' }), token);
    expect(byRule((await h.json('/v1/numbers/13800138000')).body.violations)).toEqual({ cn_third_party: 1 });
    const report = await h.json(`/v1/reports/${first.body.id}`);
    expect(report.body.violations).toEqual(['cn_third_party']);
    const retracted = await h.request(`/v1/reports/${first.body.id}`, { method: 'DELETE', headers: { 'x-reporter-token': token } });
    expect(retracted.status).toBe(204);
    expect((await h.json('/v1/numbers/13800138000')).body.violations).toEqual([]);
  });

  it('counts them per claimed agency across numbers, for the agency', async () => {
    await postReport(h, reportBody({ claimed_agency: '花呗', payment_requested: 'personal_account' }), newToken());
    await postReport(h, reportBody({ number: '13900139000', claimed_agency: 'alipay', payment_requested: 'personal_account', calls_today: 9 }), newToken());
    await postReport(h, reportBody({ number: '13700137000', claimed_agency: '京东金融', calls_today: 9 }), newToken());
    const agency = await h.json('/v1/agencies/alipay?lang=en');
    expect(agency.status).toBe(200);
    expect(byRule(agency.body.violations)).toEqual({ cn_personal_account: 2, cn_call_frequency: 1 });
    expect(agency.body.violations[0].source.url).toMatch(/^https:\/\//);
  });

  it('the export line carries each number\'s violation counts', async () => {
    await postReport(h, reportBody({ contacted: 'unrelated_third_party' }), newToken());
    const res = await h.request('/v1/export/numbers.ndjson');
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.find((l) => l.key === '+8613800138000').violations).toEqual({ cn_third_party: '1' });
  });

  it('the number page explains them with their sources, in both languages', async () => {
    await postReport(h, reportBody({ contacted: 'unrelated_third_party', calls_today: 6, threatened: ['arrest'] }), newToken());
    const zh = await (await h.request('/n/+8613800138000')).text();
    expect(zh).toContain('举报显示的违规行为');
    expect(zh).toContain('向与债务无关的第三人催收');
    expect(zh).toContain('href="https://www.nfra.gov.cn"');
    expect(zh).toContain('当天 6 次');
    const en = await (await h.request('/n/+8613800138000?lang=en')).text();
    expect(en).toContain('Rules the reports say were broken');
    expect(en).toContain('More than 3 collection calls in a day');
    expect(en).toContain('Threatened to: have someone arrested');
    expect(en).toContain('6 calls that day');
    expect(en).not.toMatch(/\b6 that day/);
    const agency = await (await h.request('/agencies/alipay?lang=en')).text();
    expect(agency).toContain('Collecting from people unrelated to the debt');
  });
});
