import { env, SELF } from 'cloudflare:test';
import { addressBookMultiGet, createDAVClient, type DAVAddressBook, type DAVObject } from 'tsdav';
import { describe, expect, it } from 'vitest';
import { d1Database } from '../../src/db/d1';
import { loadReferenceSeed } from '../../src/db/reference-seed';

const ORIGIN = 'https://collector-check.test/';

/** A scored number as the write path leaves it (the triggers log the change as they would for a report). */
async function scored(id: number, key: string, verdict: string, activity: number) {
  await env.DB.batch([
    env.DB.prepare("insert into numbers (id, key, e164, region, type, block_key, created_at) values (?, ?, ?, 'CN', 'mobile', ?, 0)").bind(id, key, key, key.slice(0, -2)),
    env.DB.prepare("insert into number_stats (number_id, reports_total, reporters, verdict, scam_probability, abuse_level, activity, scored_at, updated_at) values (?, 4, 4, ?, 0.97, 'low', ?, ?, ?)").bind(
      id,
      verdict,
      activity,
      Date.now(),
      Date.now(),
    ),
  ]);
}

// The deployed entry point (src/worker.ts) answers WebDAV methods: tsdav syncs through SELF.fetch.
describe('worker entry: CardDAV', () => {
  it('serves discovery, the initial sync and an incremental sync of a blocklist', async () => {
    await loadReferenceSeed(d1Database(env.DB), Date.now());
    await env.DB.batch(['number_changes', 'number_stats', 'numbers'].map((t) => env.DB.prepare(`delete from ${t}`)));
    await scored(1, '+8617012345678', 'likely_scam', 3);
    await scored(2, '+8617087654321', 'likely_scam', 2);

    const client = await createDAVClient({
      serverUrl: ORIGIN,
      credentials: {},
      authMethod: 'Custom',
      authFunction: async () => ({}),
      defaultAccountType: 'carddav',
      fetch: ((input: RequestInfo | URL, init?: RequestInit) => SELF.fetch(String(input), init)) as typeof fetch,
    });
    const scam = (await client.fetchAddressBooks()).find((b) => b.url.endsWith('/books/scam/'))!;
    const sync = async (book: DAVAddressBook) =>
      (await client.smartCollectionSyncDetailed({ collection: { ...book, objectMultiGet: addressBookMultiGet } as DAVAddressBook, method: 'webdav' })) as DAVAddressBook & {
        objects: { created: DAVObject[]; updated: DAVObject[]; deleted: DAVObject[] };
      };
    const tel = (card: DAVObject) => /TEL[^:]*:(.+)/.exec(String(card.data))?.[1]?.trim();

    const initial = await sync({ ...scam, syncToken: undefined, objects: [] });
    expect(initial.objects.created.map(tel)).toEqual(['+8617012345678', '+8617087654321']);

    await env.DB.prepare("update number_stats set verdict = 'likely_legitimate', scam_probability = 0.1 where number_id = 2").run();
    await scored(3, '+8617011112222', 'likely_scam', 1);
    const next = await sync({ ...initial, objects: initial.objects.created });
    expect(next.objects.created.map(tel)).toEqual(['+8617011112222']);
    expect(next.objects.deleted.map((d) => d.url.split('/').at(-1))).toEqual(['8617087654321.vcf']);
    expect(next.objects.updated).toEqual([]);

    const options = await SELF.fetch(`${ORIGIN}dav/books/scam/`, { method: 'OPTIONS' });
    expect(options.headers.get('dav')).toContain('addressbook');
  });
});
