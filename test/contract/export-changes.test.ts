/**
 * The incremental export (`?since=`), on both runtimes: what changed after a time, removals
 * marked, a profile's view, bucketed counts and the licence in the headers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { report, reportMany, scamReport } from './blocklist-helpers';

const ADMIN = 'export-changes-admin-token-0123456789';
const DAY = 86_400_000;
let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: ADMIN } });
});
afterEach(async () => {
  await h.close();
});

const admin = { authorization: `Bearer ${ADMIN}` };

async function changes(query: string, headers: Record<string, string> = {}) {
  const res = await h.request(`/v1/export/numbers.ndjson?${query}`, { headers });
  const text = await res.text();
  return { res, lines: text.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

describe('GET /v1/export/numbers.ndjson?since=', () => {
  it('gives what changed since then, and marks numbers that left the export or the profile as removed', async () => {
    await reportMany(h, '17012345678', scamReport, 4);
    const hidden: string[] = [];
    for (let i = 0; i < 4; i++) {
      hidden.push((await report(h, '17087654321', scamReport)).id);
      h.clock.advance(2 * DAY);
    }
    const start = await changes(`since=${new Date(0).toISOString()}`);
    expect(start.lines.map((l) => l.key)).toEqual(['+8617012345678', '+8617087654321']);
    expect(start.lines[0]).toMatchObject({ verdict: 'likely_scam', reports: { total: '2-4', reporters: '2-4' } });
    expect(start.lines[0].removed).toBeUndefined();
    const nextSince = start.res.headers.get('x-next-since')!;
    expect(Date.parse(nextSince)).toBe(h.clock.now());
    expect(start.res.headers.get('link')).toBe('<https://opendatacommons.org/licenses/odbl/1-0/>; rel="license"');

    h.clock.advance(1000);
    // A new scam number; one whose reports an admin hides (it leaves the export); one that becomes official.
    await reportMany(h, '17011112222', scamReport, 4);
    for (const id of hidden) {
      expect((await h.json(`/v1/admin/reports/${id}/hide`, { method: 'POST', headers: admin, body: { reason: 'spam' } })).status).toBe(200);
    }
    const official = await h.json('/v1/admin/official-numbers', { method: 'POST', headers: admin, body: { number: '17012345678', agency_id: 'alipay', source: 'https://example.org/alipay-contact' } });
    expect(official.status).toBe(201);

    const all = await changes(`since=${encodeURIComponent(nextSince)}`);
    expect(all.lines.find((l) => l.key === '+8617011112222')).toMatchObject({ verdict: 'likely_scam', reports: { total: '2-4' } });
    expect(all.lines.find((l) => l.key === '+8617087654321')).toEqual({ key: '+8617087654321', removed: true });
    // Still reported, so still exported; official now, so out of every blocklist.
    expect(all.lines.find((l) => l.key === '+8617012345678')).toMatchObject({ key: '+8617012345678', reports: { total: '2-4' } });
    expect(all.lines).toHaveLength(3);

    const scam = await changes(`since=${encodeURIComponent(nextSince)}&profile=scam`);
    expect(scam.lines).toEqual([
      { key: '+8617012345678', removed: true },
      { key: '+8617087654321', removed: true },
      expect.objectContaining({ key: '+8617011112222', verdict: 'likely_scam' }),
    ]);

    const later = await changes(`since=${encodeURIComponent(new Date(h.clock.now() + 1000).toISOString())}`);
    expect(later.lines).toEqual([]);
  });

  it('takes a profile without since (the whole current list), answers 304 to its ETag, and refuses bad input', async () => {
    await reportMany(h, '17012345678', scamReport, 4);
    await report(h, '13800138000', { tags: ['professional'] });
    const full = await changes('');
    expect(full.lines).toHaveLength(2);
    const scam = await changes('profile=scam');
    expect(scam.lines.map((l) => l.key)).toEqual(['+8617012345678']);
    const etag = scam.res.headers.get('etag')!;
    expect(etag).not.toBe(full.res.headers.get('etag'));
    expect((await changes('profile=scam', { 'if-none-match': etag })).res.status).toBe(304);
    for (const query of ['since=yesterday', 'since=2026-06-01', 'profile=everything']) {
      const res = await h.request(`/v1/export/numbers.ndjson?${query}&lang=en`);
      expect(res.status, query).toBe(400);
    }
  });

  it("reads a space where the offset's '+' belongs, and says how to write since when it is wrong", async () => {
    const start = h.clock.now() - 1000;
    const at = new Date(start).toISOString().slice(0, 19);
    await reportMany(h, '17012345678', scamReport, 2);
    const encoded = await changes(`since=${encodeURIComponent(`${at}+00:00`)}`);
    // As `date -u -Iseconds` prints it, pasted unencoded: the '+' arrives as a space.
    const unencoded = await h.request(`/v1/export/numbers.ndjson?since=${at}+00:00`);
    expect(unencoded.status).toBe(200);
    const text = JSON.stringify(encoded.lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    expect(JSON.stringify(await unencoded.text())).toBe(text);
    expect(encoded.lines.length).toBeGreaterThan(0);
    const plusEight = await h.request(`/v1/export/numbers.ndjson?since=${new Date(start + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`);
    expect(plusEight.status).toBe(200);
    expect(JSON.stringify(await plusEight.text())).toBe(text);

    for (const [lang, hint] of [['en', 'URL-encode the offset\'s "+" as %2B'], ['zh-CN', '要按 URL 编码写成 %2B']] as const) {
      const res = await h.json(`/v1/export/numbers.ndjson?since=yesterday&lang=${lang}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ message: expect.stringContaining(hint) })]);
      expect(res.body.errors[0].path).toMatch(/since$/);
      expect(res.body.errors[0].message).toContain('2026-06-01T00:00:00Z');
    }
  });
});
