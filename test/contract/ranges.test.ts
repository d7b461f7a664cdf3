import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { bind, statement } from '../../src/db/database';
import { rateLimits } from '../../src/http/rate-limit';
import { newToken, postReport, reportBody } from './report-helpers';
import { problemType } from './problem-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

async function sha256Hex(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

interface RangeItem {
  suffix: string;
  verdict: string;
  scam_probability: number;
  abuse_level: string;
  official: boolean;
}

/** What a client does: hash the key, ask for the bucket, find its own suffix in it. */
async function privateLookup(key: string, prefixLength = 5): Promise<RangeItem | undefined> {
  const hex = await sha256Hex(key);
  const { status, body } = await h.json<{ prefix: string; items: RangeItem[] }>(`/v1/ranges/${hex.slice(0, prefixLength)}`);
  expect(status).toBe(200);
  expect(body.prefix).toBe(hex.slice(0, prefixLength));
  return body.items.find((item) => item.suffix === hex.slice(prefixLength));
}

/** A seeded generator, so a failure names numbers that can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const KINDS: Record<string, unknown>[] = [
  { tags: ['threats', 'fake_legal_documents'], payment_requested: 'personal_account', debt_with_claimed_agency: 'no', hotline_check: 'denied' },
  { tags: ['professional'], hotline_check: 'confirmed', debt_with_claimed_agency: 'yes', identification: { employee_id_given: true, company_name_given: true, authorization_letter_given: true } },
  { tags: ['repeated_calls', 'insults', 'third_party_contact'] },
  { tags: ['impersonates_authority'], payment_requested: 'third_party_app' },
];

describe('GET /v1/ranges/{prefix}', () => {
  it('gives, for random numbers, the verdict the lookup gives, matched on the client', async () => {
    const random = seeded(20261201);
    const prefixes = ['138', '139', '150', '186', '177'];
    const numbers = Array.from({ length: 10 }, () => prefixes[Math.floor(random() * prefixes.length)]! + String(Math.floor(random() * 1e8)).padStart(8, '0'));
    let ip = 1;
    for (const [i, number] of numbers.slice(0, 7).entries()) {
      const reports = 1 + Math.floor(random() * 3);
      for (let r = 0; r < reports; r++) {
        const answer = await postReport(h, reportBody({ number, ...KINDS[(i + r) % KINDS.length] }), newToken(), `203.0.${ip}.${ip++ % 250}`);
        expect(answer.status).toBe(201);
      }
    }
    const verdicts = new Set<string>();
    for (const [i, number] of numbers.entries()) {
      const { body: lookup } = await h.json(`/v1/numbers/${number}`);
      if (i < 7) verdicts.add(lookup.verdict);
      const item = await privateLookup(lookup.number.key, i % 2 ? 4 : 5);
      if (i < 7) {
        expect(item, number).toEqual({
          suffix: expect.any(String),
          verdict: lookup.verdict,
          scam_probability: lookup.scam_probability,
          abuse_level: lookup.abuse.level,
          official: false,
        });
      } else {
        // Never reported: absent from its bucket, and the lookup has nothing to say either.
        expect(item, number).toBeUndefined();
        expect(lookup.verdict).toBe('unknown');
      }
    }
    // The comparison means something only if the reports led to different verdicts.
    expect(verdicts.size, [...verdicts].join()).toBeGreaterThan(1);
  });

  it('finds official numbers nobody has reported', async () => {
    const item = await privateLookup('CN:95188');
    const { body: lookup } = await h.json('/v1/numbers/95188');
    expect(item).toMatchObject({ verdict: 'official', official: true, scam_probability: lookup.scam_probability });
  });

  it('reveals nothing but hash suffixes: no key, no E.164, no digits', async () => {
    const number = '13912345678';
    await postReport(h, reportBody({ number, ...KINDS[0] }), newToken(), '203.0.113.9');
    const hex = await sha256Hex('+8613912345678');
    for (const length of [4, 5]) {
      const res = await h.request(`/v1/ranges/${hex.slice(0, length)}`);
      const text = await res.text();
      for (const shown of ['13912345678', '+8613912345678', '8613912345678', '139 1234 5678', '1234 5678', '12345678']) expect(text).not.toContain(shown);
      const body = JSON.parse(text) as { prefix: string; items: Record<string, unknown>[] };
      expect(Object.keys(body).sort()).toEqual(['items', 'prefix']);
      expect(body.items.length).toBeGreaterThan(0);
      for (const item of body.items) {
        expect(Object.keys(item).sort()).toEqual(['abuse_level', 'official', 'scam_probability', 'suffix', 'verdict']);
        expect(item.suffix).toMatch(new RegExp(`^[0-9a-f]{${64 - length}}$`));
      }
    }
  });

  it('accepts upper-case hex and answers an empty bucket for a prefix nobody is in', async () => {
    const hex = await sha256Hex('CN:95188');
    const upper = await h.json(`/v1/ranges/${hex.slice(0, 5).toUpperCase()}`);
    expect(upper.body.prefix).toBe(hex.slice(0, 5));
    expect(upper.body.items.some((i: RangeItem) => i.suffix === hex.slice(5))).toBe(true);
    const officials = (await h.tables()).official_numbers as { number_key: string }[];
    expect(officials.length).toBeGreaterThan(0);
    const taken = new Set(await Promise.all(officials.map(async (o) => (await sha256Hex(o.number_key)).slice(0, 5))));
    const empty = ['00000', 'fffff', '12345', 'abcde'].find((p) => !taken.has(p))!;
    const { status, body } = await h.json(`/v1/ranges/${empty}`);
    expect(status).toBe(200);
    expect(body.items).toEqual([]);
  });

  it('answers a localized validation problem for prefixes that are too long, too short or not hex', async () => {
    for (const bad of ['ec61f3', 'ec6', 'ghijk', 'ec61f3c620a98bdead8c1f1f0ae747abd1b62a0c2dba4fd4bc22cf0d1d8653e5']) {
      const en = await h.json(`/v1/ranges/${bad}?lang=en`);
      expect(en.status, bad).toBe(400);
      expect(en.headers.get('content-type')).toContain('application/problem+json');
      expect(en.body).toMatchObject({ type: problemType('validation-error'), status: 400 });
      expect(en.body.errors[0].message).toMatch(/first 5 hex characters/);
      const zh = await h.json(`/v1/ranges/${bad}`);
      expect(zh.status).toBe(400);
      expect(zh.body.errors[0].message).toMatch(/SHA-256 十六进制摘要的前 5 个字符/);
    }
  });

  it('is publicly cacheable with an ETag, and answers 304 when unchanged', async () => {
    const prefix = (await sha256Hex('CN:95188')).slice(0, 5);
    const first = await h.request(`/v1/ranges/${prefix}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await h.request(`/v1/ranges/${prefix}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('changes when a report changes a number in the bucket', async () => {
    const key = '+8615012345678';
    expect(await privateLookup(key)).toBeUndefined();
    await postReport(h, reportBody({ number: '15012345678', ...KINDS[0] }), newToken(), '203.0.113.20');
    const item = await privateLookup(key);
    const { body: lookup } = await h.json('/v1/numbers/15012345678');
    expect(item?.verdict).toBe(lookup.verdict);
  });

  it('fills in the key hashes of numbers stored before they were kept', async () => {
    await postReport(h, reportBody({ number: '18612345678', ...KINDS[0] }), newToken(), '203.0.113.30');
    await h.database.atomic([bind(statement('update numbers set key_hash = null'), [])]);
    const item = await privateLookup('+8618612345678');
    expect(item).toBeDefined();
    const rows = (await h.tables()).numbers as { key_hash: string | null; key: string }[];
    for (const row of rows) expect(row.key_hash).toBe(await sha256Hex(row.key));
  });

  it('shares the lookups’ read limit', async () => {
    const reader = { ...fromIp('100.64.1.2'), 'x-reporter-token': 'range-reader-token-000000' };
    const prefix = (await sha256Hex('CN:95188')).slice(0, 5);
    for (let i = 0; i < rateLimits.readsPerReader.limit; i++) expect((await h.request(`/v1/ranges/${prefix}`, { headers: reader })).status).toBe(200);
    const limited = await h.request(`/v1/ranges/${prefix}`, { headers: reader });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect((await h.request('/v1/numbers/95188', { headers: reader })).status).toBe(429);
  });
});
