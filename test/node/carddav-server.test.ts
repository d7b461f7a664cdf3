/**
 * The built Node server (as `npm start` runs it) answers WebDAV methods over real HTTP: an
 * iPhone-style tsdav client with a subscription token discovers its book, syncs it, and after a
 * change syncs again and sees exactly what changed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addressBookMultiGet, createDAVClient, type DAVAddressBook, type DAVObject } from 'tsdav';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/db/sqlite-file';
import { migrationsFolder } from '../harness/node';
import { startNodeServer, type RunningServer } from '../harness/node-server';

const dir = mkdtempSync(join(tmpdir(), 'collector-check-carddav-'));
const path = join(dir, 'carddav.db');
let server: RunningServer | undefined;
afterAll(() => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A scored number as the write path leaves it; the triggers log it as they would for a report. */
function scored(client: ReturnType<typeof openSqliteDatabase>['client'], id: number, key: string, verdict: string) {
  client.prepare("insert into numbers (id, key, e164, region, type, block_key, created_at) values (?, ?, ?, 'CN', 'mobile', ?, 0)").run(id, key, key, key.slice(0, -2));
  client
    .prepare("insert into number_stats (number_id, reports_total, reporters, verdict, scam_probability, abuse_level, activity, scored_at, updated_at) values (?, 4, 4, ?, 0.97, 'low', ?, ?, ?)")
    .run(id, verdict, 10 - id, Date.now(), Date.now());
}

describe('CardDAV on the built Node server', () => {
  it('serves discovery, sync and incremental sync over HTTP with Basic auth', async () => {
    const seed = openSqliteDatabase(path, { migrationsFolder });
    scored(seed.client, 1, '+8617012345678', 'likely_scam');
    scored(seed.client, 2, '+8617087654321', 'likely_scam');
    seed.close();
    server = await startNodeServer({ DB_PATH: path });

    const created = await (await fetch(`${server.base}/v1/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ profile: 'scam', lang: 'en' }) })).json() as { token: string };
    const client = await createDAVClient({
      serverUrl: `${server.base}/`,
      credentials: { username: 'iphone', password: created.token },
      authMethod: 'Basic',
      defaultAccountType: 'carddav',
    });
    const books = await client.fetchAddressBooks();
    expect(books.map((b) => new URL(b.url).pathname)).toEqual(['/dav/subscription/books/scam/']);
    const sync = async (book: DAVAddressBook) =>
      (await client.smartCollectionSyncDetailed({ collection: { ...book, objectMultiGet: addressBookMultiGet } as DAVAddressBook, method: 'webdav' })) as DAVAddressBook & {
        objects: { created: DAVObject[]; updated: DAVObject[]; deleted: DAVObject[] };
      };
    const tel = (card: DAVObject) => /TEL[^:]*:(.+)/.exec(String(card.data))?.[1]?.trim();

    const initial = await sync({ ...books[0]!, syncToken: undefined, objects: [] });
    expect(initial.objects.created.map(tel)).toEqual(['+8617012345678', '+8617087654321']);
    expect(String(initial.objects.created[0]!.data)).toContain('FN:Likely fake collector — collector-check');

    const live = openSqliteDatabase(path, { migrationsFolder });
    live.client.prepare("update number_stats set verdict = 'suspicious', scam_probability = 0.6 where number_id = 1").run();
    scored(live.client, 3, '+8617011112222', 'likely_scam');
    live.close();
    const next = await sync({ ...initial, objects: initial.objects.created });
    expect(next.objects.created.map(tel)).toEqual(['+8617011112222']);
    expect(next.objects.deleted.map((d) => d.url.split('/').at(-1))).toEqual(['8617012345678.vcf']);
    expect(next.objects.updated).toEqual([]);
  });
});
