/**
 * The blocklist address books through a CardDAV client nobody here wrote (tsdav), on both
 * runtimes: discovery from /.well-known/carddav, the initial sync, new reports, and an
 * incremental sync that sees exactly the cards that changed and went. Once as an iPhone would
 * subscribe (Basic auth with a subscription token, ctag polling), once as a plain client without
 * credentials (sync-collection).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressBookMultiGet, createDAVClient, fetchVCards, type DAVAddressBook, type DAVObject } from 'tsdav';
import { createHarness, type Harness } from '#harness';
import { abusiveReport, reportMany, scamReport } from './blocklist-helpers';

const ADMIN = 'carddav-admin-token-0123456789abcdef';
const SERVER = 'https://cc.example/';
let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: ADMIN } });
});
afterEach(async () => {
  await h.close();
});

/** tsdav's requests go to the app under test instead of the network. */
const appFetch = (() => (input: RequestInfo | URL, init?: RequestInit) => h.request(String(input), init)) as () => typeof fetch;

async function client(credentials?: { username: string; password: string }) {
  return createDAVClient({
    serverUrl: SERVER,
    credentials: credentials ?? {},
    ...(credentials ? { authMethod: 'Basic' as const } : { authMethod: 'Custom' as const, authFunction: async () => ({}) }),
    defaultAccountType: 'carddav',
    fetch: appFetch(),
  });
}

type Client = Awaited<ReturnType<typeof client>>;

/** An address book as tsdav's smart sync wants it: with the multiget and fetch it uses for changes. */
function syncable(book: DAVAddressBook, objects: DAVObject[] = []): DAVAddressBook {
  return {
    ...book,
    objects,
    objectMultiGet: addressBookMultiGet,
    fetchObjects: ({ collection, headers, fetch }: { collection: DAVAddressBook; headers?: Record<string, string>; fetch?: typeof globalThis.fetch }) =>
      fetchVCards({ addressBook: collection, headers, fetch }),
  } as DAVAddressBook;
}

const tel = (card: DAVObject) => /TEL[^:]*:(.+)/.exec(String(card.data))?.[1]?.trim();
const fileOf = (url: string) => url.split('/').at(-1);

async function sync(c: Client, book: DAVAddressBook, method: 'webdav' | 'basic') {
  const result = (await c.smartCollectionSyncDetailed({ collection: book, method })) as DAVAddressBook & {
    objects: { created: DAVObject[]; updated: DAVObject[]; deleted: DAVObject[] };
  };
  return result;
}

async function registerOfficial(number: string) {
  const res = await h.json('/v1/admin/official-numbers', {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}` },
    body: { number, agency_id: 'alipay', source: 'https://example.org/alipay-contact' },
  });
  expect(res.status).toBe(201);
}

describe('CardDAV address books', () => {
  it('a plain client without credentials discovers the public books and syncs a profile incrementally', async () => {
    await reportMany(h, '17012345678', scamReport, 4);
    await reportMany(h, '17087654321', scamReport, 4);
    await reportMany(h, '02188881234', abusiveReport, 4);

    const c = await client();
    const books = await c.fetchAddressBooks();
    expect(books.map((b) => b.url)).toEqual([
      `${SERVER}dav/books/scam/`,
      `${SERVER}dav/books/scam-and-suspicious/`,
      `${SERVER}dav/books/abusive-collectors/`,
    ]);
    const scam = books[0]!;
    expect(scam.reports).toEqual(expect.arrayContaining(['syncCollection', 'addressbookMultiget', 'addressbookQuery']));
    expect(scam.syncToken).toMatch(/^data:,\d+$/);

    const initial = await sync(c, syncable({ ...scam, syncToken: undefined }), 'webdav');
    expect(initial.objects.created.map(tel).sort()).toEqual(['+8617012345678', '+8617087654321']);
    expect(initial.objects.deleted).toEqual([]);
    // Accept-Language decides the public books' language; zh-CN without one.
    expect(String(initial.objects.created[0]!.data)).toContain('FN:疑似诈骗催收 — collector-check');

    const abusive = await sync(c, syncable({ ...books[2]!, syncToken: undefined }), 'webdav');
    expect(abusive.objects.created.map(tel)).toEqual(['+862188881234']);

    // New reports: a new scam number appears, one leaves (it is registered as official).
    await reportMany(h, '17011112222', scamReport, 4);
    await registerOfficial('17012345678');

    const next = await sync(c, syncable({ ...scam, syncToken: initial.syncToken }, initial.objects.created), 'webdav');
    expect(next.objects.created.map(tel)).toEqual(['+8617011112222']);
    expect(next.objects.updated).toEqual([]);
    expect(next.objects.deleted.map((d) => fileOf(d.url))).toEqual(['8617012345678.vcf']);
    expect(next.syncToken).not.toBe(initial.syncToken);

    // Nothing more changed: an empty answer with the same token.
    const quiet = await sync(c, syncable({ ...scam, syncToken: next.syncToken }, []), 'webdav');
    expect(quiet.objects).toEqual({ created: [], updated: [], deleted: [] });
    expect(quiet.syncToken).toBe(next.syncToken);
  });

  it('an iPhone-style client with a subscription token gets its own book, limit and language, and polls the ctag', async () => {
    await reportMany(h, '17012345678', scamReport, 4);
    await reportMany(h, '17087654321', scamReport, 6);
    const created = await h.json('/v1/subscriptions', { method: 'POST', body: { profile: 'scam', limit: 1, lang: 'en' } });
    expect(created.status).toBe(201);
    expect(created.body.carddav.server).toBe('http://localhost/dav/subscription/');
    const token = created.body.token as string;

    const c = await client({ username: 'any name at all', password: token });
    const books = await c.fetchAddressBooks();
    expect(books.map((b) => b.url)).toEqual([`${SERVER}dav/subscription/books/scam/`]);
    expect(books[0]!.displayName).toBe('Likely scams — collector-check');

    const initial = await sync(c, syncable({ ...books[0]!, ctag: undefined }), 'basic');
    // The limit keeps the most active number: six reports beat four.
    expect(initial.objects.created.map(tel)).toEqual(['+8617087654321']);
    expect(String(initial.objects.created[0]!.data)).toContain('FN:Likely fake collector — collector-check');
    const held = initial.objects.created;
    // Single cards answer the same: the one past the limit is not in this book.
    const authorization = `Basic ${btoa(`phone:${token}`)}`;
    expect((await h.request('/dav/subscription/books/scam/8617087654321.vcf', { headers: { authorization } })).status).toBe(200);
    expect((await h.request('/dav/subscription/books/scam/8617012345678.vcf', { headers: { authorization } })).status).toBe(404);
    expect((await h.request('/dav/books/scam/8617012345678.vcf')).status).toBe(200);

    const unchanged = await sync(c, syncable({ ...books[0]!, ctag: initial.ctag }, held), 'basic');
    expect(unchanged.objects).toEqual({ created: [], updated: [], deleted: [] });

    await registerOfficial('17087654321');
    const next = await sync(c, syncable({ ...books[0]!, ctag: initial.ctag }, held), 'basic');
    expect(next.objects.created.map(tel)).toEqual(['+8617012345678']);
    expect(next.objects.deleted.map((d) => fileOf(d.url))).toEqual(['8617087654321.vcf']);

    // The same token works through sync-collection too.
    const viaSync = await sync(c, syncable({ ...books[0]!, syncToken: undefined }), 'webdav');
    expect(viaSync.objects.created.map(tel)).toEqual(['+8617012345678']);
  });

  it('the subscription tree asks for credentials and refuses a wrong token; the public tree refuses a wrong one too', async () => {
    const none = await h.request('/dav/subscription/', { method: 'PROPFIND', headers: { depth: '0' } });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    const wrong = `Basic ${btoa('me:sub_not-a-token')}`;
    expect((await h.request('/dav/subscription/', { method: 'PROPFIND', headers: { authorization: wrong } })).status).toBe(401);
    expect((await h.request('/dav/books/scam/', { method: 'PROPFIND', headers: { authorization: wrong } })).status).toBe(401);
    expect((await h.request('/dav/books/scam/', { method: 'PROPFIND', headers: { authorization: 'Basic %%%' } })).status).toBe(401);
    // Without credentials the public tree answers.
    expect((await h.request('/dav/books/scam/', { method: 'PROPFIND', headers: { depth: '0' } })).status).toBe(207);
  });

  it('limits reads per subscription token, then answers 429 with Retry-After', async () => {
    const created = await h.json('/v1/subscriptions', { method: 'POST', body: { profile: 'scam' } });
    const authorization = `Basic ${btoa(`phone:${created.body.token}`)}`;
    let res: Response | undefined;
    for (let i = 0; i <= 600; i++) {
      res = await h.request('/dav/subscription/', { headers: { authorization } });
      if (res.status !== 200) break;
    }
    expect(res!.status).toBe(429);
    expect(Number(res!.headers.get('retry-after'))).toBeGreaterThan(0);
    // The limiter keeps only keyed hashes, never the token.
    expect(h.rateLimitKeys().join('\n')).not.toContain(created.body.token);
    expect(h.rateLimitKeys().some((key) => key.startsWith('blocklist:subscription:'))).toBe(true);
    // Another device, with no token, still gets in.
    expect((await h.request('/dav/', { headers: { 'x-forwarded-for': '198.51.100.200', 'cf-connecting-ip': '198.51.100.200' } })).status).toBe(200);
  });
});
