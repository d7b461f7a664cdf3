import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { problemType } from './problem-helpers';

const TOKEN = 'admin-token-0123456789abcdef0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };

/** One request per admin route, with a body that would be valid. */
const adminRequests: { method: string; path: string; body?: unknown }[] = [
  { method: 'GET', path: '/v1/admin/audit' },
  { method: 'GET', path: '/v1/admin/disputes' },
  { method: 'POST', path: '/v1/admin/disputes/dsp_x/resolve', body: { action: 'reject', note: 'no' } },
  { method: 'POST', path: '/v1/admin/official-numbers', body: { number: '95188', agency_id: 'alipay', source: 'https://example.org' } },
  { method: 'DELETE', path: '/v1/admin/official-numbers?number=95188' },
  { method: 'POST', path: '/v1/admin/reports/r_x/hide', body: { reason: 'spam' } },
  { method: 'POST', path: '/v1/admin/reports/r_x/unhide', body: {} },
  { method: 'POST', path: '/v1/admin/import', body: '' },
];

let h: Harness;
afterEach(async () => {
  await h?.close();
});

function send(route: (typeof adminRequests)[number], headers: Record<string, string>) {
  return h.json(route.path, { method: route.method, headers, body: route.body });
}

describe('admin authentication', () => {
  it('answers 503 admin-disabled on every admin route when no ADMIN_TOKEN is configured', async () => {
    h = await createHarness();
    for (const route of adminRequests) {
      const res = await send(route, auth);
      expect(res.status, `${route.method} ${route.path}`).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ type: problemType('admin-disabled'), status: 503 });
    }
  });

  it('rejects missing, wrong and almost-right tokens on every admin route with 401 and WWW-Authenticate', async () => {
    h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: `Bearer ${TOKEN.slice(0, -1)}` },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Bearer ${TOKEN.slice(0, -1)}E` },
      { authorization: `Basic ${btoa(`admin:${TOKEN}`)}` },
      { authorization: TOKEN },
    ];
    for (const [i, route] of adminRequests.entries()) {
      // Each route from its own address so the failure limit is not what answers.
      for (const [j, headers] of attempts.entries()) {
        const res = await send(route, { ...headers, ...fromIp(`198.51.100.${i * 10 + j}`) });
        expect(res.status, `${route.method} ${route.path} #${j}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
        expect(res.body).toMatchObject({ type: problemType('unauthorized'), status: 401 });
      }
    }
  });

  it('lets the right token through (case-insensitive scheme)', async () => {
    h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
    expect((await h.json('/v1/admin/audit', { headers: auth })).status).toBe(200);
    expect((await h.json('/v1/admin/audit', { headers: { authorization: `bearer ${TOKEN}` } })).status).toBe(200);
  });

  // The lockout after repeated failures is tested with every other limit in rate-limits.test.ts.

  it('keeps admin answers out of shared caches and cross-origin reads', async () => {
    h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
    const res = await h.request('/v1/admin/audit', { headers: { ...auth, origin: 'https://example.org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('documents the admin routes and their bearer scheme in /openapi.json', async () => {
    h = await createHarness();
    const { body } = await h.json('/openapi.json');
    expect(body.components.securitySchemes.adminToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/admin/audit',
        '/v1/admin/disputes',
        '/v1/admin/disputes/{id}/resolve',
        '/v1/admin/official-numbers',
        '/v1/admin/reports/{id}/hide',
        '/v1/admin/reports/{id}/unhide',
        '/v1/admin/import',
        '/v1/disputes',
        '/v1/disputes/{id}',
        '/v1/stats',
        '/v1/export/numbers.ndjson',
      ]),
    );
    expect(Object.keys(body.paths['/v1/admin/import'].post.requestBody.content)).toEqual(['application/x-ndjson']);
    expect(body.components.schemas.ImportLine.properties).toHaveProperty('external_id');
    expect(body.paths['/v1/admin/audit'].get.security).toEqual([{ adminToken: [] }]);
  });
});
