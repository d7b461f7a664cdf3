import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { reporters, reports } from '../../src/db/schema';
import { exportedNumbers } from '../../src/routes/export/number-lines';
import { newToken, postReport, reportBody } from './report-helpers';

const TOKEN = 'export-admin-token-0123456789abcdef';

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
});
afterEach(async () => {
  await h.close();
});

async function exportLines(headers: Record<string, string> = {}) {
  const res = await h.request('/v1/export/numbers.ndjson', { headers });
  const text = await res.text();
  return { res, text, lines: text.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

describe('GET /v1/export/numbers.ndjson', () => {
  it('streams one line of aggregates per reported number, with no identities, IPs or comments', async () => {
    const tokens = [newToken('secret-a'), newToken('secret-b'), newToken('secret-c')];
    await postReport(h, reportBody({ tags: ['threats', 'insults'], comment: 'He said his name was ZHANG-UNIQUE-COMMENT.' }), tokens[0]!, '203.0.113.77');
    await postReport(h, reportBody({ tags: ['threats'], claimed_agency: '京东白条', comment: 'UNIQUE-COMMENT-TWO' }), tokens[1]!, '198.51.100.88');
    await postReport(h, reportBody({ number: '010-8888 1234', tags: ['professional'], comment: null }), tokens[2]!, '192.0.2.99');

    const { res, text, lines } = await exportLines();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    expect(res.headers.get('etag')).toMatch(/^W\/"/);
    expect(lines.map((l) => l.key)).toEqual(['+8613800138000', '+861088881234']);
    expect(lines[0]).toMatchObject({
      key: '+8613800138000',
      e164: '+8613800138000',
      region: 'CN',
      type: 'mobile',
      verdict: expect.any(String),
      scam_probability: expect.any(Number),
      abuse_level: expect.any(String),
      top_tags: [
        { tag: 'threats', count: '2-4' },
        { tag: 'insults', count: '1' },
      ],
      top_claimed_agency: { agency_id: 'alipay', name: '支付宝（蚂蚁集团：花呗、借呗）', name_en: 'Alipay (Ant Group: Huabei, Jiebei)', reports: '1' },
      reports: { total: '2-4', reporters: '2-4', first_at: '2026-06-15T12:00:00.000Z', last_at: '2026-06-15T12:00:00.000Z' },
      recycled_at: null,
      updated_at: '2026-06-15T12:00:00.000Z',
    });
    expect(Object.keys(lines[0]).sort()).toEqual(
      ['abuse_level', 'e164', 'key', 'recycled_at', 'region', 'reports', 'scam_probability', 'top_claimed_agency', 'top_tags', 'type', 'updated_at', 'verdict', 'violations'],
    );

    const secrets = [
      ...tokens,
      '203.0.113',
      '198.51.100',
      '192.0.2',
      'UNIQUE-COMMENT',
      ...(await h.database.db.select({ hash: reporters.tokenHash }).from(reporters)).map((r) => r.hash),
      ...(await h.database.db.select({ hash: reports.ipHash }).from(reports)).map((r) => r.hash!),
      ...(await h.database.db.select({ id: reports.id }).from(reports)).map((r) => r.id),
    ];
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it("names a registered agency by its registered names, and an unregistered one as callers gave it, in the full and the incremental export", async () => {
    const since = new Date(h.clock.now() - 1000).toISOString();
    await postReport(h, reportBody({ claimed_agency: 'alipay' }), newToken('claim-a'), '203.0.113.21');
    await postReport(h, reportBody({ number: '010-8888 1234', claimed_agency: '某某信息咨询公司' }), newToken('claim-b'), '198.51.100.21');
    const registered = { agency_id: 'alipay', name: '支付宝（蚂蚁集团：花呗、借呗）', name_en: 'Alipay (Ant Group: Huabei, Jiebei)', reports: '1' };
    const full = (await exportLines()).lines;
    expect(full.map((l) => l.top_claimed_agency)).toEqual([registered, { agency_id: null, name: '某某信息咨询公司', name_en: null, reports: '1' }]);
    const changes = await h.request(`/v1/export/numbers.ndjson?since=${encodeURIComponent(since)}`);
    const changed = (await changes.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(changed.find((l) => l.key === '+8613800138000').top_claimed_agency).toEqual(registered);
  });

  it('answers 304 to a matching If-None-Match and changes its ETag when a number changes', async () => {
    await postReport(h, reportBody(), newToken(), '203.0.113.1');
    const first = await exportLines();
    const etag = first.res.headers.get('etag')!;
    const again = await h.request('/v1/export/numbers.ndjson', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    h.clock.advance(1000);
    await postReport(h, reportBody({ tags: ['insults'] }), newToken(), '198.51.100.1');
    const changed = await exportLines({ 'if-none-match': etag });
    expect(changed.res.status).toBe(200);
    expect(changed.res.headers.get('etag')).not.toBe(etag);
    expect(changed.lines[0].reports.total).toBe('2-4');
  });

  it('leaves out numbers whose reports are all hidden, and pages through many numbers in order', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await postReport(h, reportBody({ number: `1380013800${i}` }), newToken(), `203.0.113.${i + 1}`)).body.id);
    }
    const hidden = await h.json(`/v1/admin/reports/${ids[2]}/hide`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: { reason: 'spam' },
    });
    expect(hidden.status).toBe(200);
    const keys: string[] = [];
    for await (const line of exportedNumbers(h.database.db, 2)) keys.push(line.key);
    expect(keys).toEqual(['+8613800138000', '+8613800138001', '+8613800138003', '+8613800138004']);
    expect((await exportLines()).lines.map((l) => l.key)).toEqual(keys);
  });

  it('is empty, not an error, before anything is reported', async () => {
    const { res, text } = await exportLines();
    expect(res.status).toBe(200);
    expect(text).toBe('');
  });
});
