/**
 * Blocklist downloads on both runtimes: the .vcf parses with ical.js and round-trips every
 * number, the .csv parses with csv-parse, profiles keep their limit and their order by
 * activity, and official numbers never appear.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { abusiveReport, reportMany, scamReport } from './blocklist-helpers';

let h: Harness;
/** Number keys by what was reported on them. */
const numbers = { scamFew: '+8617012345678', scamMore: '+8617087654321', scamMost: '+862188889999', abusive: '+862188881234', official: 'CN:95188' };

beforeAll(async () => {
  h = await createHarness();
  await reportMany(h, '17012345678', scamReport, 4);
  await reportMany(h, '17087654321', scamReport, 5);
  await reportMany(h, '021-8888 9999', scamReport, 6);
  await reportMany(h, '021-8888 1234', abusiveReport, 4);
  // The official hotline, reported like a scam and like an abuser: it must stay off every list.
  await reportMany(h, '95188', { ...scamReport, tags: ['threats', 'insults', 'third_party_contact'] }, 4);
});
afterAll(async () => {
  await h.close();
});

/** Number keys of a profile, most active first, from the snapshots themselves. */
async function byActivity(verdicts: string[] | null, abuse: string[] | null): Promise<string[]> {
  const tables = await h.tables();
  const keyOf = new Map(tables.numbers!.map((n) => [n.id, n.key as string]));
  const official = new Set(tables.official_numbers!.map((o) => o.number_key));
  return tables
    .number_stats!.filter((s) => (verdicts ? verdicts.includes(s.verdict as string) : s.verdict !== 'official') && (abuse ? abuse.includes(s.abuse_level as string) : true))
    .filter((s) => !official.has(keyOf.get(s.number_id)!) && (s.reports_total as number) > 0 && (s.reporters as number) >= 2)
    .sort((a, b) => (b.activity as number) - (a.activity as number))
    .map((s) => keyOf.get(s.number_id)!);
}

function vcards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  const list = Array.isArray(parsed[0]) ? parsed : [parsed];
  return list.map((jcard) => new ICAL.Component(jcard as never));
}

describe('blocklist downloads', () => {
  it('lists the profiles with their downloads, address books and licence, in both languages', async () => {
    const en = await h.json('/v1/blocklists?lang=en');
    expect(en.status).toBe(200);
    expect(en.body.items.map((p: { id: string }) => p.id)).toEqual(['scam', 'scam-and-suspicious', 'abusive-collectors']);
    expect(en.body.items[0]).toMatchObject({ title: 'Likely scams', downloads: { vcf: expect.stringContaining('/v1/blocklists/scam.vcf'), csv: expect.stringContaining('/v1/blocklists/scam.csv') } });
    expect(en.body.items[0].carddav).toMatch(/\/dav\/books\/scam\/$/);
    expect(en.body.licence.id).toBe('ODbL-1.0');
    const zh = await h.json('/v1/blocklists');
    expect(zh.body.items[0].title).toBe('疑似诈骗');
  });

  it('gives a vCard file that ical.js parses, one card per number, every number round-tripping', async () => {
    const res = await h.request('/v1/blocklists/scam.vcf?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/vcard');
    expect(res.headers.get('etag')).toMatch(/^"/);
    expect(res.headers.get('link')).toContain('rel="license"');
    const generatedAt = res.headers.get('x-generated-at')!;
    expect(Date.parse(generatedAt)).toBe(h.clock.now());
    const cards = vcards(await res.text());
    const expected = await byActivity(['likely_scam'], null);
    expect(expected).toEqual(expect.arrayContaining([numbers.scamFew, numbers.scamMore, numbers.scamMost]));
    expect(cards.map((c) => c.getFirstPropertyValue('tel'))).toEqual(expected);
    for (const card of cards) {
      expect(card.getFirstPropertyValue('version')).toBe('3.0');
      expect(card.getFirstPropertyValue('fn')).toBe('Likely fake collector — collector-check');
      expect(card.getFirstPropertyValue('url')).toBe(`http://localhost/n/${card.getFirstPropertyValue('tel')}?lang=en`);
      expect(card.getFirstPropertyValue('uid')).toBe(`urn:collector-check:${card.getFirstPropertyValue('tel')}`);
      expect(card.getFirstPropertyValue('note')).toMatch(/^Chance it is a scam: \d+–\d+%\. Abuse reported: \w+\. Reports and what to do: http/);
      // The file says when it was made, in the file.
      expect(card.getFirstPropertyValue('x-collector-check-generated')).toBe(generatedAt.replace(/\.\d{3}Z$/, 'Z'));
    }
    const zh = vcards(await (await h.request('/v1/blocklists/scam.vcf')).text());
    expect(zh[0]!.getFirstPropertyValue('fn')).toBe('疑似诈骗催收 — collector-check');
  });

  it('gives a CSV that csv-parse reads, with bucketed report counts, its generation time and licence', async () => {
    const res = await h.request('/v1/blocklists/scam-and-suspicious.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    const rows = parseCsv(text, { columns: true, comment: '#' }) as Record<string, string>[];
    expect(text.split('\r\n').filter((l) => l.startsWith('#'))).toEqual([
      `# collector-check blocklist "scam-and-suspicious", generated ${res.headers.get('x-generated-at')!}, numbers: ${rows.length}`,
      '# Data licence: Open Database License (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1-0/',
    ]);
    expect(Object.keys(rows[0]!)).toEqual(['number', 'e164', 'verdict', 'scam_probability', 'abuse_level', 'reports', 'last_at']);
    expect(rows.map((r) => r.e164)).toEqual(await byActivity(['likely_scam', 'suspicious'], null));
    const most = rows.find((r) => r.e164 === numbers.scamMost)!;
    expect(most).toMatchObject({ number: numbers.scamMost, verdict: 'likely_scam', reports: '5-9' });
    expect(Number(most.scam_probability)).toBeGreaterThan(0.5);
    expect(Date.parse(most.last_at!)).toBeGreaterThan(0);
    expect(rows.find((r) => r.e164 === numbers.scamFew)!.reports).toBe('2-4');
  });

  it('keeps the most active numbers within a limit', async () => {
    const all = await byActivity(['likely_scam'], null);
    for (const limit of [1, 2]) {
      const rows = parseCsv(await (await h.request(`/v1/blocklists/scam.csv?limit=${limit}`)).text(), { columns: true, comment: '#' }) as Record<string, string>[];
      expect(rows.map((r) => r.e164)).toEqual(all.slice(0, limit));
    }
  });

  it('never lists an official number, whatever was reported on it', async () => {
    const lookup = await h.json('/v1/numbers/95188');
    expect(lookup.body.reports.total).toBeGreaterThan(0);
    for (const profile of ['scam', 'scam-and-suspicious', 'abusive-collectors']) {
      const csv = await (await h.request(`/v1/blocklists/${profile}.csv`)).text();
      expect(csv).not.toContain('95188');
      const vcf = await (await h.request(`/v1/blocklists/${profile}.vcf`)).text();
      expect(vcf).not.toContain('95188');
    }
    const abusive = parseCsv(await (await h.request('/v1/blocklists/abusive-collectors.csv')).text(), { columns: true, comment: '#' }) as Record<string, string>[];
    expect(abusive.map((r) => r.e164)).toEqual(await byActivity(null, ['high']));
    expect(abusive.map((r) => r.e164)).toContain(numbers.abusive);
  });

  it('answers 304 to its ETag until the list changes', async () => {
    const first = await h.request('/v1/blocklists/scam.vcf');
    const etag = first.headers.get('etag')!;
    const again = await h.request('/v1/blocklists/scam.vcf', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // Another language or limit is another file.
    expect((await h.request('/v1/blocklists/scam.vcf?lang=en', { headers: { 'if-none-match': etag } })).status).toBe(200);
    expect((await h.request('/v1/blocklists/scam.vcf?limit=1', { headers: { 'if-none-match': etag } })).status).toBe(200);
    await reportMany(h, '17011112222', scamReport, 4);
    const changed = await h.request('/v1/blocklists/scam.vcf', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('refuses a bad limit with a localized 400', async () => {
    for (const path of ['/v1/blocklists/scam.csv?limit=0', '/v1/blocklists/scam.csv?limit=999999', '/v1/blocklists/scam.csv?limit=abc']) {
      const res = await h.json(`${path}&lang=en`);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('answers an unknown profile or format with a 404 that names the profiles, in both languages', async () => {
    for (const file of ['nope.csv', 'nope.vcf', 'scam.json', 'scam', 'SCAM.csv']) {
      const en = await h.json(`/v1/blocklists/${file}?lang=en`);
      expect(en.status, file).toBe(404);
      expect(en.headers.get('content-type')).toContain('application/problem+json');
      expect(en.body.profiles).toEqual(['scam', 'scam-and-suspicious', 'abusive-collectors']);
      expect(en.body.detail).toContain(`No blocklist file "${file}". The profiles are scam (Likely scams), scam-and-suspicious`);
      expect(en.body.detail).toContain('abusive-collectors.csv');
      const zh = await h.json(`/v1/blocklists/${file}`);
      expect(zh.status).toBe(404);
      expect(zh.body.detail).toContain(`没有名为“${file}”的拦截名单文件。可用的名单有：scam（疑似诈骗）、scam-and-suspicious`);
    }
  });
});

describe('POST /v1/subscriptions', () => {
  it('issues a token stored only as a keyed hash, with the URLs to enter', async () => {
    const res = await h.json('/v1/subscriptions', { method: 'POST', body: { profile: 'abusive-collectors', limit: 3000 } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ profile: 'abusive-collectors', limit: 3000, lang: 'zh-CN' });
    expect(res.body.carddav.address_book).toMatch(/\/dav\/subscription\/books\/abusive-collectors\/$/);
    expect(res.body.downloads.vcf).toContain('limit=3000');
    expect(await h.dumpDatabase()).not.toContain(res.body.token);
    const rows = (await h.tables()).subscriptions!;
    expect(rows.at(-1)).toMatchObject({ profile: 'abusive-collectors', limit: 3000, lang: 'zh-CN' });
  });

  it('refuses unknown profiles and fields, and limits how many one address makes', async () => {
    const bad = await h.json('/v1/subscriptions?lang=en', { method: 'POST', body: { profile: 'everything' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('profile');
    expect((await h.json('/v1/subscriptions', { method: 'POST', body: { profile: 'scam', limit: 0 } })).status).toBe(400);
    expect((await h.json('/v1/subscriptions', { method: 'POST', body: { profile: 'scam', extra: 1 } })).status).toBe(400);
    let status = 201;
    for (let i = 0; i < 25 && status === 201; i++) status = (await h.json('/v1/subscriptions', { method: 'POST', body: { profile: 'scam' }, headers: { 'x-forwarded-for': '192.0.2.44', 'cf-connecting-ip': '192.0.2.44' } })).status;
    expect(status).toBe(429);
  });
});
