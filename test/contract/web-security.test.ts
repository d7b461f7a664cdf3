import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { rateLimits } from '../../src/http/rate-limit';
import { postReport, reportBody } from './report-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ALLOWED_ORIGINS: 'https://partner.example' } });
  await postReport(h, reportBody({ tags: ['threats'] }), 'web-security-reporter-01', '198.51.100.60');
});
afterEach(async () => {
  await h.close();
});

const client = fromIp('198.51.100.61');

/** The CSP every page carries: nothing from elsewhere, nothing inline, no plugins, no <base>. */
function expectPageHeaders(res: Response, { framedBy, cached = false }: { framedBy: 'self' | 'anyone'; cached?: boolean }) {
  const csp = res.headers.get('content-security-policy') ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
    expect(csp, res.url).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain(framedBy === 'self' ? "frame-ancestors 'self'" : 'frame-ancestors *');
  expect(res.headers.get('x-frame-options')).toBe(framedBy === 'self' ? 'SAMEORIGIN' : null);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  // Pages carry a per-browser CSRF token; only the static API reference may be cached.
  expect(res.headers.get('cache-control')).toContain(cached ? 'public' : 'no-store');
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
}

async function page(path: string, init: RequestInit = {}) {
  const res = await h.request(path, { ...init, headers: { ...client, ...(init.headers as Record<string, string>) } });
  expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
  return res;
}

describe('security headers on every page', () => {
  it('sends the CSP and the other headers on every HTML route, error pages included', async () => {
    const pages: [string, number, 'self' | 'anyone'][] = [
      ['/', 200, 'self'],
      ['/n/+8613800138000', 200, 'self'],
      ['/n/not-a-number', 400, 'self'],
      ['/agencies/alipay', 200, 'self'],
      ['/agencies/no-such-agency', 404, 'self'],
      ['/docs', 200, 'self'],
      ['/embed', 200, 'anyone'],
      ['/embed?number=13800138000', 200, 'anyone'],
      ['/embed?number=not-a-number', 400, 'anyone'],
    ];
    for (const [path, status, framedBy] of pages) {
      const res = await page(path);
      expect(res.status, path).toBe(status);
      expectPageHeaders(res, { framedBy, cached: path === '/docs' });
    }
  });

  it('sends them on refused form posts and on the page that says the reader is over the read limit', async () => {
    const forged = await page('/n/+8613800138000/report', {
      method: 'POST',
      headers: { origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'comment=no+token',
    });
    expect(forged.status).toBe(403);
    expectPageHeaders(forged, { framedBy: 'self' });

    const reader = { 'x-reporter-token': 'heavy-reader-token-0001' };
    for (let i = 0; i < rateLimits.readsPerReader.limit; i++) await h.request('/v1/numbers/95188', { headers: { ...client, ...reader } });
    // Pages read through the API as the same reader (its cookie), so the limit shows as a page.
    const limited = await page('/n/+8613800138000', { headers: { cookie: `cc_reporter=${reader['x-reporter-token']}` } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expectPageHeaders(limited, { framedBy: 'self' });
  });

  it('answers a form body that cannot be parsed with a 400 page, not a 500', async () => {
    const home = await page('/n/+8613800138000');
    const csrf = /name="csrf" value="([^"]+)"/.exec(await home.text())![1]!;
    const cookie = home.headers.get('set-cookie')!.split(';')[0]!;
    for (const path of ['/n/+8613800138000/report', '/embed/report?number=13800138000']) {
      const res = await page(path, {
        method: 'POST',
        headers: { origin: 'http://localhost', cookie, 'content-type': 'multipart/form-data; boundary=xyz' },
        body: `--xyz\r\nbroken ${csrf}`,
      });
      expect(res.status, path).toBe(400);
    }
    const blank = await page('/embed/report?number=%09', {
      method: 'POST',
      headers: { origin: 'http://localhost', cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf }).toString(),
    });
    expect(blank.status).toBe(400);
  });
});

describe('CSRF on form posts', () => {
  async function formFor(path: string) {
    const res = await page(path);
    return {
      csrf: /name="csrf" value="([^"]+)"/.exec(await res.text())![1]!,
      cookie: res.headers.get('set-cookie')!.split(';')[0]!,
    };
  }
  const post = (path: string, headers: Record<string, string>, fields: Record<string, string>) =>
    h.request(path, {
      method: 'POST',
      headers: { ...client, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ called_at: '2026-06-15T19:00', tz_offset: '+08:00', ...fields }).toString(),
    });
  const reports = async () => (await h.tables()).reports!.length;

  it('accepts a same-origin post with the page token and cookie, and refuses every forgery without storing it', async () => {
    const { csrf, cookie } = await formFor('/n/+8613800138000');
    const before = await reports();
    const forgeries: [string, Record<string, string>, Record<string, string>][] = [
      ['cross-site origin', { origin: 'https://evil.example', cookie }, { csrf }],
      ['no token', { origin: 'http://localhost', cookie }, {}],
      ['token without its cookie', { origin: 'http://localhost' }, { csrf }],
      ['token for another cookie', { origin: 'http://localhost', cookie: 'cc_csrf=00000000000000000000000000000000' }, { csrf }],
      ['tampered token', { origin: 'http://localhost', cookie }, { csrf: csrf.replace(/.$/, (ch) => (ch === '0' ? '1' : '0')) }],
    ];
    for (const [name, headers, fields] of forgeries) {
      expect((await post('/n/+8613800138000/report', headers, fields)).status, name).toBe(403);
    }
    expect(await reports()).toBe(before);
    const genuine = await post('/n/+8613800138000/report', { origin: 'http://localhost', cookie }, { csrf });
    expect(genuine.status).toBe(303);
    expect(await reports()).toBe(before + 1);
  });

  it('lets the embed form post from inside a cross-site frame with a fresh token alone, and not with an expired one', async () => {
    const { csrf } = await formFor('/embed?number=13900139000');
    // Browsers send Origin of the frame (this site) but withhold its SameSite cookie there.
    expect((await post('/embed/report?number=13900139000', { origin: 'http://localhost' }, { csrf })).status).toBe(303);
    h.clock.advance(25 * 3_600_000);
    expect((await post('/embed/report?number=13900139000', { origin: 'http://localhost' }, { csrf })).status).toBe(403);
  });
});

describe('CORS, as docs/security.md states it', () => {
  const preflight = (path: string, origin: string, method: string) =>
    h.request(path, { method: 'OPTIONS', headers: { ...client, origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type,x-reporter-token' } });

  it('lets any site read public GETs, errors included, and see ETag and Retry-After', async () => {
    for (const path of ['/v1/numbers/13800138000', '/v1/numbers/not-a-number', '/v1/tags', '/v1/agencies/alipay', '/v1/stats']) {
      const res = await h.request(path, { headers: { ...client, origin: 'https://any-site.example' } });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag.*Retry-After/i);
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('allows cross-origin writes only from ALLOWED_ORIGINS, and never with credentials', async () => {
    for (const [path, method] of [['/v1/reports', 'POST'], ['/v1/reports/r_x', 'DELETE'], ['/v1/disputes', 'POST']] as const) {
      const allowed = await preflight(path, 'https://partner.example', method);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
      expect(allowed.headers.get('access-control-allow-methods')).toContain(method);
      expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-reporter-token');
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      expect((await preflight(path, 'https://evil.example', method)).headers.get('access-control-allow-origin')).toBeNull();
    }
    const write = (origin: string) =>
      h.request('/v1/reports', { method: 'POST', headers: { ...client, origin, 'content-type': 'application/json' }, body: JSON.stringify(reportBody()) });
    expect((await write('https://partner.example')).headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect((await write('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives admin routes and pages no CORS headers at all', async () => {
    const admin = await h.request('/v1/admin/audit', { headers: { ...client, origin: 'https://partner.example' } });
    expect(admin.headers.get('access-control-allow-origin')).toBeNull();
    const adminPreflight = await preflight('/v1/admin/import', 'https://partner.example', 'POST');
    expect(adminPreflight.headers.get('access-control-allow-origin')).toBeNull();
    const home = await h.request('/', { headers: { ...client, origin: 'https://partner.example' } });
    expect(home.headers.get('access-control-allow-origin')).toBeNull();
  });
});
