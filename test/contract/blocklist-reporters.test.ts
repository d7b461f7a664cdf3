/**
 * No blocklist lists a number on the word of a single reporter, on both runtimes: one report
 * makes a lookup say "suspicious", but the CSV, the vCard file, the CardDAV book and the
 * profile export wait for a second, distinct reporter, and the change log (sync-collection,
 * `?since=`) brings the number in when that reporter comes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

const NUMBER = '13600002222';
const E164 = '+8613600002222';
const BOOK = '/dav/books/scam-and-suspicious/';
const sync = (token: string) =>
  `<d:sync-collection xmlns:d="DAV:"><d:sync-token>${token}</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>`;

async function anonymousReport(ip: string) {
  const { status, body } = await h.json('/v1/reports', {
    method: 'POST',
    body: { number: NUMBER, called_at: new Date(h.clock.now() - 60_000).toISOString(), threatened: ['arrest'] },
    headers: fromIp(ip),
  });
  expect(status, JSON.stringify(body)).toBe(201);
}

async function listed() {
  const csv = await (await h.request('/v1/blocklists/scam-and-suspicious.csv')).text();
  const vcf = await (await h.request('/v1/blocklists/scam-and-suspicious.vcf')).text();
  const card = await h.request(`${BOOK}8613600002222.vcf`);
  const exported = await (await h.request('/v1/export/numbers.ndjson?profile=scam-and-suspicious')).text();
  return { csv: csv.includes(E164), vcf: vcf.includes(`TEL;TYPE=VOICE:${E164}`), card: card.status === 200, export: exported.includes(`"${E164}"`) };
}

async function syncToken(body: string): Promise<string> {
  return /<d:sync-token>([^<]+)<\/d:sync-token>/.exec(body)![1]!;
}

describe('blocklists and a single reporter', () => {
  it('lists a number only once a second reporter corroborates it, and the sync brings it in then', async () => {
    await anonymousReport('198.51.100.7');
    const one = (await h.json(`/v1/numbers/${NUMBER}?lang=en`)).body as { verdict: string };
    expect(one.verdict).toBe('suspicious');
    expect((await h.tables()).number_stats!.map((s) => s.reporters)).toEqual([1]);
    expect(await listed()).toEqual({ csv: false, vcf: false, card: false, export: false });
    const afterOne = await syncToken(await (await h.request(BOOK, { method: 'REPORT', body: sync(''), headers: { 'content-type': 'application/xml' } })).text());
    const since = new Date(h.clock.now()).toISOString();

    const logged = async () => (await h.tables()).number_changes!.length;
    const shown = async () => {
      const [s] = (await h.tables()).number_stats!;
      return [s!.verdict, Math.floor((s!.scam_probability as number) * 10), s!.abuse_level];
    };
    const [loggedBefore, shownBefore] = [await logged(), await shown()];
    h.clock.advance(86_400_000);
    await anonymousReport('203.0.113.40');
    expect((await h.tables()).number_stats!.map((s) => s.reporters)).toEqual([2]);
    // The second reporter is a change of its own in the log, whether or not the snapshot moved too.
    const snapshotMoved = JSON.stringify(await shown()) !== JSON.stringify(shownBefore);
    expect(await logged()).toBe(loggedBefore + 1 + (snapshotMoved ? 1 : 0));
    expect(((await h.json(`/v1/numbers/${NUMBER}?lang=en`)).body as { verdict: string }).verdict).toBe('suspicious');
    expect(await listed()).toEqual({ csv: true, vcf: true, card: true, export: true });

    // A device that synced after the first report gets the card now, whether or not the snapshot moved.
    const changed = await (await h.request(BOOK, { method: 'REPORT', body: sync(afterOne), headers: { 'content-type': 'application/xml' } })).text();
    expect(changed).toContain(`<d:href>${BOOK}8613600002222.vcf</d:href>`);
    expect(changed).not.toContain('404 Not Found');
    const feed = await (await h.request(`/v1/export/numbers.ndjson?since=${encodeURIComponent(since)}&profile=scam-and-suspicious`)).text();
    expect(feed.trim().split('\n').map((l) => JSON.parse(l) as { key: string; removed?: true })).toEqual([expect.objectContaining({ key: E164 })]);
    expect(feed).not.toContain('"removed"');
  });

  it('says so in every profile description, in both languages', async () => {
    const en = (await h.json('/v1/blocklists?lang=en')).body as { items: { description: string }[] };
    const zh = (await h.json('/v1/blocklists')).body as { items: { description: string }[] };
    for (const item of en.items) expect(item.description).toContain('at least two different people');
    for (const item of zh.items) expect(item.description).toContain('至少两位不同的举报人');
  });
});
