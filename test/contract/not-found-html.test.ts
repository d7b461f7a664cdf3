import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';

/** What Chromium sends when a person opens a link. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('unknown paths', () => {
  it('a browser gets an HTML 404 page in its language, with the site’s CSP and a search box', async () => {
    const cases: [acceptLanguage: string, lang: string, title: string][] = [
      ['zh-CN,zh;q=0.9', 'zh-CN', '页面不存在'],
      ['en-US,en;q=0.9', 'en', 'Page not found'],
    ];
    for (const [acceptLanguage, lang, title] of cases) {
      const res = await h.request('/n0pe/typo', { headers: { accept: BROWSER_ACCEPT, 'accept-language': acceptLanguage } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).toContain('action="/search"');
    }
    // The JSON API answers problems even to a browser.
    const api = await h.request('/v1/nothing-here', { headers: { accept: BROWSER_ACCEPT } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('API clients keep problem+json: JSON, */* (curl, fetch) or no Accept at all', async () => {
    for (const accept of ['application/json', '*/*', 'application/problem+json', undefined]) {
      const res = await h.request('/v1/nothing-here', { headers: accept ? { accept } : {} });
      expect(res.status, String(accept)).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(((await res.json()) as { type: string }).type).toBeTruthy();
    }
  });
});
