/**
 * The pages call the JSON API in-process. These tests stand in for the API with a recorder,
 * to prove what the report form sends it (the page's language, both as `?lang=` and as
 * Accept-Language) and that a localized problem comes back next to the field it names.
 */
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import type { AppDeps, AppEnv } from '../../src/deps';
import { langMiddleware } from '../../src/http/lang';
import { hmacHasher } from '../../src/security/hasher';
import { memoryRateLimiter } from '../../src/security/rate-limiter';
import { webRoutes } from '../../src/web';

const NUMBER = '+8613800138000';
const NOW = Date.parse('2026-06-15T12:00:00Z');

const lookup = {
  number: { input: NUMBER, key: NUMBER, e164: NUMBER, national: '138 0013 8000', region: 'CN', type: 'mobile', location: null, carrier: null },
  verdict: 'unknown',
  scam_probability: 0.5,
  confidence: 'low',
  abuse: { level: 'none', score: 0 },
  official: null,
  claimed_agencies: [],
  tags: [],
  reports: { total: 0, reporters: 0, last_30_days: 0, first_at: null, last_at: null, weekly: [] },
  dispute_open: false,
  reasons: [{ code: 'prior', effect: 'legit', weight: -0.1, message: '…' }],
  advice: [],
};

/** What a localized API answers for a call time in the future, in the language it was asked for. */
const futureMessage = { 'zh-CN': '来电时间晚于现在，请检查日期和时间。', en: 'The call time is in the future.' };

let recorded: Request[] = [];

function site() {
  recorded = [];
  const deps = {
    database: {} as Database,
    config: readConfig({}),
    clock: () => NOW,
    hasher: hmacHasher(async () => 'test-secret'),
    rateLimiter: memoryRateLimiter(),
    logger: { error() {}, warn() {}, info() {} },
    clientAddress: () => '127.0.0.1',
  } satisfies AppDeps;
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', langMiddleware);
  app.route(
    '/',
    webRoutes(async (request) => {
      recorded.push(request);
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/v1/reports') {
        const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
        const problem = { type: 'validation-error', title: '…', status: 400, detail: '…', errors: [{ path: 'called_at', message: futureMessage[lang] }] };
        return new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } });
      }
      if (url.pathname.endsWith('/reports')) return Response.json({ items: [], next_cursor: null });
      return Response.json(lookup);
    }),
  );
  return app;
}

async function submit(app: Hono<AppEnv>, query: string, headers: Record<string, string>) {
  const first = await app.request(`http://site.test/n/${NUMBER}${query}`, { headers });
  const html = await first.text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)![1]!;
  const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await app.request(`http://site.test/n/${NUMBER}/report${query}`, {
    method: 'POST',
    headers: { ...headers, origin: 'http://site.test', cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, called_at: '2026-06-16T20:00', tz_offset: '+08:00' }),
  });
  const post = recorded.find((r) => r.method === 'POST')!;
  return { status: res.status, html: await res.text(), post };
}

afterEach(() => {
  recorded = [];
});

describe('report form → API', () => {
  it('passes the page language (Accept-Language zh-CN) and shows the Chinese message under its field', async () => {
    const { status, html, post } = await submit(site(), '', { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(status).toBe(400);
    expect(new URL(post.url).searchParams.get('lang')).toBe('zh-CN');
    expect(post.headers.get('accept-language')).toBe('zh-CN');
    const field = /<div class="row" data-field="called_at">([\s\S]*?)<\/div>/.exec(html)![1]!;
    expect(field).toContain(`<p class="field-error" id="f-called_at-error">${futureMessage['zh-CN']}</p>`);
    expect(html).toContain('<a href="#f-called_at">来电时间</a>：');
  });

  it('passes ?lang=en even when the browser prefers Chinese', async () => {
    const { html, post } = await submit(site(), '?lang=en', { 'accept-language': 'zh-CN' });
    expect(new URL(post.url).searchParams.get('lang')).toBe('en');
    expect(post.headers.get('accept-language')).toBe('en');
    expect(html).toContain(`id="f-called_at-error">${futureMessage.en}</p>`);
  });

  it('page.js gets each message with its field and label, in the page language', async () => {
    const app = site();
    const first = await app.request(`http://site.test/n/${NUMBER}`);
    const csrf = /name="csrf" value="([^"]+)"/.exec(await first.text())![1]!;
    const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const res = await app.request(`http://site.test/n/${NUMBER}/report`, {
      method: 'POST',
      headers: { accept: 'application/json', origin: 'http://site.test', cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, called_at: '2026-06-16T20:00', tz_offset: '+08:00' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      errors: [{ field: 'called_at', label: '来电时间', message: futureMessage['zh-CN'] }],
    });
  });
});
