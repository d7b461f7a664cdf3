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

const DAY = 86_400_000;
const SNAPSHOT_AGE = 5 * 60_000;

describe('GET /v1/stats', () => {
  it('answers zeros on a fresh service, with the seeded official numbers counted', async () => {
    const { status, body, headers } = await h.json('/v1/stats');
    expect(status).toBe(200);
    expect(body.totals).toMatchObject({ numbers: 0, reports: 0, reporters: 0, open_disputes: 0, verdicts: {} });
    expect(body.totals.official_numbers).toBeGreaterThanOrEqual(25);
    expect(body).toMatchObject({ trending: [], top_tags: [], top_claimed_agencies: [] });
    expect(body.week).toEqual({ from: '2026-06-09', to: '2026-06-15' });
    expect(headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(headers.get('etag')).toBeTruthy();
  });

  it('counts totals, trending numbers this week, top tags and claimed agencies from the aggregates', async () => {
    // Last week: one number reported twice; this week: another reported three times.
    h.clock.set(h.clock.now() - 8 * DAY);
    for (const ip of ['203.0.113.1', '198.51.100.1']) {
      await postReport(h, reportBody({ number: '13900139000', tags: ['threats'], called_at: new Date(h.clock.now() - 60_000).toISOString() }), newToken(), ip);
    }
    h.clock.advance(8 * DAY);
    for (const ip of ['203.0.113.2', '198.51.100.2', '192.0.2.2']) {
      await postReport(h, reportBody({ tags: ['threats', 'insults'], claimed_agency: '京东白条' }), newToken(), ip);
    }
    await postReport(h, reportBody({ number: '13900139000', tags: ['fake_legal_documents'] }), newToken(), '192.0.2.9');

    const { body } = await h.json('/v1/stats?lang=en');
    expect(body.totals).toMatchObject({ numbers: 2, reports: 6, reporters: 6 });
    expect(Object.values(body.totals.verdicts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(2);
    // Trending ranks by independent evidence: three brand-new tokens on one number in a day look
    // coordinated and count as little more than one reporter, less than three reporters a week apart.
    expect(body.trending.map((t: { key: string; reports_this_week: number; reports_previous_week: number }) => [t.key, t.reports_this_week, t.reports_previous_week])).toEqual([
      ['+8613900139000', 1, 2],
      ['+8613800138000', 3, 0],
    ]);
    expect(body.trending[0]).toMatchObject({ type: 'mobile', verdict: expect.any(String), scam_probability: expect.any(Number), activity: expect.any(Number) });
    expect(body.trending[0].activity).toBeGreaterThan(body.trending[1].activity);
    expect(body.top_tags).toEqual([
      { tag: 'threats', label: 'Threats', count: 5 },
      { tag: 'insults', label: 'Insults', count: 3 },
      { tag: 'fake_legal_documents', label: 'Fake legal documents', count: 1 },
    ]);
    // A tie in reports is ordered by agency id.
    expect(body.top_claimed_agencies).toEqual([
      { agency_id: 'alipay', name: 'Alipay (Ant Group: Huabei, Jiebei)', reports: 3, numbers: 1 },
      { agency_id: 'jd_finance', name: 'JD Finance (JD Baitiao, Jintiao)', reports: 3, numbers: 1 },
    ]);
    const zh = await h.json('/v1/stats');
    expect(zh.body.top_tags[0].label).toBe('威胁恐吓');
  });

  it('does not let a burst from one address top trending', async () => {
    // Three people report one number over the week.
    h.clock.set(h.clock.now() - 5 * DAY);
    for (const ip of ['203.0.113.10', '198.51.100.10', '192.0.2.10']) {
      await postReport(h, reportBody({ number: '13900139000', hotline_check: 'denied', called_at: new Date(h.clock.now() - 60_000).toISOString() }), newToken(), ip);
      h.clock.advance(2 * DAY);
    }
    // Twelve fresh tokens report another from one network within the hour.
    h.clock.set(Date.parse('2026-06-15T11:00:00Z'));
    for (let i = 0; i < 12; i++) {
      const burst = await postReport(h, reportBody({ hotline_check: 'denied', called_at: new Date(h.clock.now() - 60_000).toISOString() }), newToken('burst'), `198.18.0.${i + 1}`);
      expect(burst.status).toBe(201);
      h.clock.advance(60_000);
    }
    const { body } = await h.json('/v1/stats');
    const trending = body.trending.map((t: { key: string; reports_this_week: number; activity: number }) => [t.key, t.reports_this_week]);
    expect(trending).toEqual([
      ['+8613900139000', 3],
      ['+8613800138000', 12],
    ]);
    expect(body.trending[0].activity).toBeGreaterThan(2);
    expect(body.trending[1].activity).toBeLessThan(2);
  });

  it('shows new reports within half a minute, and says so', async () => {
    const empty = await h.json('/v1/stats');
    expect(empty.body).toMatchObject({ updates_within_seconds: 30, trending: [] });
    expect(empty.headers.get('cache-control')).toMatch(/max-age=30\b/);
    await postReport(h, reportBody(), newToken(), '203.0.113.1');
    h.clock.advance(31_000);
    const fresh = await h.json('/v1/stats');
    expect(fresh.body.totals.reports).toBe(1);
    expect(fresh.body.trending.map((t: { key: string }) => t.key)).toEqual(['+8613800138000']);
    // Without new reports the snapshot is kept for minutes.
    h.queries.reset();
    h.clock.advance(120_000);
    expect((await h.json('/v1/stats')).body.generated_at).toBe(fresh.body.generated_at);
    expect(h.queries.count()).toBeLessThanOrEqual(1);
  });

  it('serves a snapshot for a few minutes instead of reading the aggregates on every request', async () => {
    await h.json('/v1/stats');
    await postReport(h, reportBody(), newToken(), '203.0.113.1');
    h.queries.reset();
    const cached = await h.json('/v1/stats');
    expect(cached.body.totals.reports).toBe(0);
    expect(h.queries.count()).toBeLessThanOrEqual(1);
    h.clock.advance(SNAPSHOT_AGE + 1000);
    const fresh = await h.json('/v1/stats');
    expect(fresh.body.totals.reports).toBe(1);
  });
});
