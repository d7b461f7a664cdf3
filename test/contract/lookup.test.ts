import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { newToken, postReport, reportBody } from './report-helpers';
import { problemType } from './problem-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('GET /v1/numbers/{number}', () => {
  it('answers 200 with verdict unknown and a real number block for a number nobody reported', async () => {
    const { status, body } = await h.json('/v1/numbers/%2B86%20138%200013%208000?lang=en');
    expect(status).toBe(200);
    expect(body.number).toMatchObject({ key: '+8613800138000', e164: '+8613800138000', region: 'CN', type: 'mobile', carrier: 'China Mobile' });
    expect(body.verdict).toBe('unknown');
    expect(body.official).toBeNull();
    expect(body.reports).toMatchObject({ total: 0, reporters: 0, last_30_days: 0, first_at: null, last_at: null });
    expect(body.reports.weekly).toHaveLength(26);
    expect(body.reasons.find((r: { code: string }) => r.code === 'prior')).toBeDefined();
    expect(body.advice.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(['verify_identity', 'never_pay_personal_account']));
  });

  it('names the agency, its source and says official for a registered number', async () => {
    const { body } = await h.json('/v1/numbers/95188?lang=en');
    expect(body.number).toMatchObject({ key: 'CN:95188', e164: null, type: 'service' });
    expect(body.verdict).toBe('official');
    expect(body.official).toMatchObject({ agency_id: 'alipay', name: 'Alipay (Ant Group: Huabei, Jiebei)' });
    expect(body.official.source).toContain('alipay.com');
  });

  it('says to call the official number back when reports say it was spoofed', async () => {
    await postReport(h, reportBody({ number: '95188', tags: ['spoofed_local_number'], payment_requested: 'personal_account' }), newToken(), '203.0.113.1');
    await postReport(h, reportBody({ number: '95188', tags: ['spoofed_local_number'] }), newToken(), '198.51.100.1');
    const { body } = await h.json('/v1/numbers/95188?lang=en');
    expect(body.verdict).toBe('official');
    const callBack = body.advice.find((a: { code: string }) => a.code === 'call_back_official');
    expect(callBack).toMatchObject({ phone: '95188' });
    expect(callBack.message).toMatch(/call .* back yourself/i);
  });

  it('aggregates reports: counts, shares, tag labels, weekly histogram and dates', async () => {
    await postReport(h, reportBody({ tags: ['threats', 'insults'], claimed_agency: 'alipay' }), newToken(), '203.0.113.1');
    h.clock.advance(8 * 86_400_000);
    await postReport(
      h,
      reportBody({ tags: ['threats'], claimed_agency: '京东白条', called_at: new Date(h.clock.now() - 60_000).toISOString() }),
      newToken(),
      '198.51.100.1',
    );
    const { body } = await h.json('/v1/numbers/13800138000?lang=en');
    expect(body.reports).toMatchObject({ total: 2, reporters: 2, last_30_days: 2 });
    expect(body.reports.first_at).toBe('2026-06-15T12:00:00.000Z');
    expect(body.reports.last_at).toBe('2026-06-23T12:00:00.000Z');
    const weeks = body.reports.weekly as { week: string; count: number }[];
    expect(weeks.at(-1)).toEqual({ week: '2026-06-22', count: 1 });
    expect(weeks.at(-2)).toEqual({ week: '2026-06-15', count: 1 });
    expect(weeks.reduce((s, w) => s + w.count, 0)).toBe(2);
    expect(body.tags).toEqual([
      { tag: 'threats', label: 'Threats', count: 2 },
      { tag: 'insults', label: 'Insults', count: 1 },
    ]);
    expect(body.claimed_agencies.map((c: { agency_id: string; share: number }) => [c.agency_id, c.share])).toEqual(
      expect.arrayContaining([['alipay', 0.5], ['jd_finance', 0.5]]),
    );
    const hotlines = body.advice.filter((a: { code: string }) => a.code === 'call_official_hotline').map((a: { phone: string }) => a.phone);
    expect(hotlines).toEqual(expect.arrayContaining(['95188', '95118']));
  });

  it('localizes labels and messages: zh-CN by default, en by lang or Accept-Language', async () => {
    await postReport(h, reportBody({ tags: ['threats'] }), newToken());
    const zh = await h.json('/v1/numbers/13800138000');
    expect(zh.body.tags[0].label).toBe('威胁恐吓');
    expect(zh.body.number.carrier).toBe('中国移动');
    const en = await h.json('/v1/numbers/13800138000', { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.body.tags[0].label).toBe('Threats');
    expect(en.body.advice[0].message).toMatch(/[a-z]/);
  });

  it('answers invalid numbers with invalid-number, never a 500', async () => {
    for (const input of ['abc', '1', '%E2%80%8B', '99999999999999999999']) {
      const res = await h.json(`/v1/numbers/${input}`);
      expect(res.status, input).toBe(400);
      expect(res.body.type).toEqual(problemType('invalid-number'));
      expect(res.body.detail.length).toBeGreaterThan(5);
    }
  });

  it('carries an ETag, a short Cache-Control, and answers 304 when unchanged', async () => {
    await postReport(h, reportBody(), newToken());
    const first = await h.request('/v1/numbers/13800138000', { headers: fromIp('192.0.2.10') });
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const again = await h.request('/v1/numbers/13800138000', { headers: { ...fromIp('192.0.2.10'), 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    await postReport(h, reportBody({ tags: ['threats'] }), newToken());
    const changed = await h.request('/v1/numbers/13800138000', { headers: { ...fromIp('192.0.2.10'), 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
  });

  it('is one read, the same with 1 report as with 40 (plus the rate limiter on D1)', async () => {
    await postReport(h, reportBody({ number: '13900139000' }), newToken(), '203.0.113.1');
    for (let i = 0; i < 40; i++) {
      await postReport(h, reportBody({ tags: i % 2 ? ['threats'] : ['insults'] }), newToken(), `10.${i}.0.1`);
      h.clock.advance(3_600_000);
    }
    // Reference data is read once per process and then only re-checked every few seconds.
    await h.json('/v1/numbers/95188', { headers: fromIp('192.0.2.50') });
    h.queries.reset();
    await h.json('/v1/numbers/13900139000', { headers: fromIp('192.0.2.50') });
    const withOne = h.queries.count();
    h.queries.reset();
    await h.json('/v1/numbers/13800138000', { headers: fromIp('192.0.2.50') });
    const withForty = h.queries.count();
    h.queries.reset();
    await h.json('/v1/numbers/13700137000', { headers: fromIp('192.0.2.50') });
    const unknown = h.queries.count();
    expect(withForty).toBe(withOne);
    expect(unknown).toBe(withOne);
    // Node keeps rate limits in memory; on Workers the D1-backed limiter adds its read and its write.
    expect(withOne).toBe(h.runtime === 'node' ? 1 : 3);
  });
});
