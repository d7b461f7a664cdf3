import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import { problemType } from './problem-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('health', () => {
  it('answers ok after checking the database', async () => {
    const res = await h.json('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'ok', runtime: h.runtime === 'node' ? 'sqlite' : 'd1' });
  });
});

describe('reference seed', () => {
  it('is not loaded twice: a second start-up writes nothing and duplicates nothing', async () => {
    const before = await h.json('/v1/agencies?limit=100');
    expect(await loadReferenceSeed(h.database, h.clock.now())).toBe(false);
    const after = await h.json('/v1/agencies?limit=100');
    expect(after.body.items).toEqual(before.body.items);
    const alipay = after.body.items.find((a: { id: string }) => a.id === 'alipay');
    expect(alipay.official_numbers).toHaveLength(1);
  });

  it('gives every official number a source, and Fenqile none (no verified hotline)', async () => {
    const { body } = await h.json('/v1/agencies?limit=100');
    const officials = body.items.flatMap((a: { official_numbers: { source: string }[] }) => a.official_numbers);
    expect(officials.length).toBeGreaterThanOrEqual(25);
    for (const official of officials) expect(official.source).toMatch(/https?:\/\//);
    const fenqile = body.items.find((a: { id: string }) => a.id === 'fenqile');
    expect(fenqile.official_numbers).toEqual([]);
  });
});

describe('GET /v1/agencies', () => {
  it('finds Alipay by alias, with 95188 and its source', async () => {
    for (const q of ['蚂蚁', 'alipay', '支付宝催收', '花呗', 'ALIPAY ']) {
      const { status, body } = await h.json(`/v1/agencies?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      const alipay = body.items.find((a: { id: string }) => a.id === 'alipay');
      expect(alipay, q).toBeDefined();
      expect(alipay.official_numbers[0]).toMatchObject({ number: '95188', key: 'CN:95188', agency_id: 'alipay' });
      expect(alipay.official_numbers[0].source).toContain('alipay.com');
    }
  });

  it('localizes names by lang and Accept-Language', async () => {
    const zh = await h.json('/v1/agencies?q=alipay');
    expect(zh.body.items[0].name).toBe(zh.body.items[0].name_zh);
    const en = await h.json('/v1/agencies?q=alipay&lang=en');
    expect(en.body.items[0].name).toBe(en.body.items[0].name_en);
    const accept = await h.json('/v1/agencies?q=alipay', { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(accept.body.items[0].name).toBe(accept.body.items[0].name_en);
  });

  it('pages with an opaque cursor through every agency exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: { id: string }[]; next_cursor: string | null } } = await h.json(
        `/v1/agencies?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(7);
      seen.push(...res.body.items.map((a) => a.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    const all = await h.json('/v1/agencies?limit=100');
    expect(seen).toEqual(all.body.items.map((a: { id: string }) => a.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rejects a forged cursor and a bad limit with a validation problem', async () => {
    const forged = await h.json('/v1/agencies?cursor=not-a-cursor!!');
    expect(forged.status).toBe(400);
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
    expect(forged.body.errors[0].path).toBe('query.cursor');
    const limit = await h.json('/v1/agencies?limit=0');
    expect(limit.status).toBe(400);
    expect(limit.body).toMatchObject({ type: problemType('validation-error'), status: 400 });
    expect(limit.body.errors[0].path).toBe('query.limit');
  });
});

describe('GET /v1/agencies/{id}', () => {
  it('shows aliases, official numbers with sources and complaint channels', async () => {
    const { status, body } = await h.json('/v1/agencies/alipay?lang=en');
    expect(status).toBe(200);
    expect(body.aliases).toEqual(expect.arrayContaining(['蚂蚁', 'alipay', '花呗']));
    expect(body.official_numbers[0]).toMatchObject({ number: '95188', purpose: 'Alipay official customer service hotline' });
    expect(body.complaint_channels.map((c: { value: string }) => c.value)).toEqual(expect.arrayContaining(['12378', '12321', '110']));
    expect(body.reported_numbers).toEqual([]);
  });

  it('answers 404 as a problem for an unknown agency', async () => {
    const res = await h.json('/v1/agencies/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: problemType('not-found'), status: 404, title: '未找到' });
  });
});

describe('GET /v1/tags', () => {
  it('lists the 14 conduct tags with zh-CN and en labels', async () => {
    const zh = await h.json('/v1/tags');
    expect(zh.status).toBe(200);
    expect(zh.body.items.map((t: { tag: string }) => t.tag)).toEqual([
      'out_of_hours', 'repeated_calls', 'threats', 'insults', 'third_party_contact', 'fake_legal_documents',
      'impersonates_authority', 'personal_account_payment', 'refuses_identification', 'unknown_debt',
      'asks_sensitive_info', 'spoofed_local_number', 'robocall', 'professional',
    ]);
    const threats = zh.body.items.find((t: { tag: string }) => t.tag === 'threats');
    expect(threats.label).toBe('威胁恐吓');
    expect(threats.labels).toEqual({ 'zh-CN': '威胁恐吓', en: 'Threats' });
    const en = await h.json('/v1/tags?lang=en');
    expect(en.body.items.find((t: { tag: string }) => t.tag === 'threats').label).toBe('Threats');
    expect(en.body.items.find((t: { tag: string }) => t.tag === 'professional').positive).toBe(true);
  });
});

describe('OpenAPI and docs', () => {
  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const { status, body } = await h.json('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/health', '/v1/agencies', '/v1/agencies/{id}', '/v1/tags']));
    expect(body.components.schemas.AgencyDetail).toBeDefined();
  });

  it('serves a self-contained API reference at /docs', async () => {
    const res = await h.request('/docs');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('/v1/agencies/{id}');
    expect(page).not.toMatch(/<script[^>]+src=/);
  });
});

describe('errors', () => {
  it('answers unknown routes with a 404 problem', async () => {
    const res = await h.json('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: problemType('not-found'), status: 404 });
    expect(typeof res.body.detail).toBe('string');
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await h.json('/v1/tags', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
    expect(res.body).toMatchObject({ type: problemType('method-not-allowed'), status: 405 });
  });
});

describe('public GETs', () => {
  it('allow any origin, carry an ETag and answer 304 when it matches', async () => {
    const first = await h.request('/v1/agencies/alipay', { headers: { origin: 'https://example.org' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const second = await h.request('/v1/agencies/alipay', { headers: { 'if-none-match': etag! } });
    expect(second.status).toBe(304);
  });
});
