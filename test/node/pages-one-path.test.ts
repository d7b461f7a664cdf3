/**
 * Pages call the services directly: serving a page enters the app once, for the page's own
 * request, and never again for an in-process API call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app';
import { readConfig } from '../../src/config';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import { openSqliteDatabase, type SqliteDatabase } from '../../src/db/sqlite-file';
import { forwardedClientAddress } from '../../src/http/client-address';
import { hmacHasher } from '../../src/security/hasher';
import { memoryRateLimiter } from '../../src/security/rate-limiter';
import { migrationsFolder } from '../harness/node';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const SITE = 'http://site.test';

let dir: string;
let database: SqliteDatabase;
let app: ReturnType<typeof createApp>;
let entries: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'collector-check-pages-'));
  database = openSqliteDatabase(join(dir, 'test.db'), { migrationsFolder });
  await loadReferenceSeed(database, NOW);
  app = createApp({
    database,
    config: readConfig({ TRUST_PROXY: 'on' }),
    clock: () => NOW,
    hasher: hmacHasher(async () => 'test-secret'),
    rateLimiter: memoryRateLimiter(),
    logger: { error() {}, warn() {}, info() {} },
    clientAddress: forwardedClientAddress,
  });
  // app.request enters through app.fetch, and so would any call the pages made back into the app.
  entries = vi.spyOn(app, 'fetch');
});
afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The page, its CSRF token and the cookies it set. */
async function open(path: string) {
  const res = await app.request(`${SITE}${path}`, { headers: { 'x-forwarded-for': '192.0.2.70' } });
  const html = await res.text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { res, html, csrf, cookie };
}

function post(path: string, cookie: string, fields: Record<string, string>) {
  return app.request(`${SITE}${path}`, {
    method: 'POST',
    headers: { origin: SITE, cookie, 'x-forwarded-for': '192.0.2.70', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
}

describe('one data path', () => {
  it.each(['/', '/n/+8613800138000', '/embed?number=13800138000', '/agencies/alipay', '/my/reports'])('GET %s enters the app once', async (path) => {
    const { res } = await open(path);
    expect(res.status).toBe(200);
    expect(entries).toHaveBeenCalledTimes(1);
  });

  it('a report, its edit and its retraction each enter the app once', async () => {
    const page = await open('/n/+8613800138000');
    entries.mockClear();
    const created = await post('/n/+8613800138000/report', page.cookie, { csrf: page.csrf, called_at: '2026-06-15T19:00', tz_offset: '+08:00' });
    expect(created.status).toBe(303);
    expect(entries).toHaveBeenCalledTimes(1);

    const cookie = [page.cookie, ...created.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
    entries.mockClear();
    const mine = await app.request(`${SITE}/my/reports`, { headers: { cookie } });
    const html = await mine.text();
    expect(entries).toHaveBeenCalledTimes(1);
    const id = /\/my\/reports\/([^/"]+)\/retract/.exec(html)![1]!;

    entries.mockClear();
    const edit = await post(`/my/reports/${id}/edit`, cookie, { csrf: page.csrf, called_at: '2026-06-15T19:30', tz_offset: '+08:00' });
    expect(edit.status).toBe(303);
    expect(edit.headers.get('location')).toContain('msg=updated');
    expect(entries).toHaveBeenCalledTimes(1);

    entries.mockClear();
    const retract = await post(`/my/reports/${id}/retract`, cookie, { csrf: page.csrf });
    expect(retract.headers.get('location')).toContain('msg=retracted');
    expect(entries).toHaveBeenCalledTimes(1);
  });

  it('a dispute and its status page each enter the app once', async () => {
    const page = await open('/n/+8613800138000');
    entries.mockClear();
    const filed = await post('/n/+8613800138000/dispute', page.cookie, { csrf: page.csrf, relation: 'owner', statement: 'This is my own number.' });
    expect(filed.status).toBe(303);
    expect(entries).toHaveBeenCalledTimes(1);
    entries.mockClear();
    const status = await app.request(`${SITE}${filed.headers.get('location')}`);
    expect(status.status).toBe(200);
    expect(entries).toHaveBeenCalledTimes(1);
  });
});
