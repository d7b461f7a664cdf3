/**
 * What the CardDAV server answers beyond the happy path a client library walks, on both
 * runtimes: the RFCs' preconditions, read-only refusals, and hostile bodies that must never 500.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { reportMany, scamReport } from './blocklist-helpers';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await reportMany(h, '17012345678', scamReport, 4);
});
afterAll(async () => {
  await h.close();
});

const BOOK = '/dav/books/scam/';
const CARD = `${BOOK}8617012345678.vcf`;
const dav = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
  h.request(path, { method, body, headers: { 'content-type': 'application/xml; charset=utf-8', ...headers } });

const sync = (token: string) => `<?xml version="1.0"?>
<d:sync-collection xmlns:d="DAV:"><d:sync-token>${token}</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>`;

describe('CardDAV protocol details', () => {
  it('discovers through /.well-known/carddav and says what it speaks', async () => {
    const wellKnown = await h.request('/.well-known/carddav', { method: 'PROPFIND', redirect: 'manual' });
    expect(wellKnown.status).toBe(301);
    expect(new URL(wellKnown.headers.get('location')!, 'http://localhost').pathname).toBe('/dav/');
    const withCredentials = await h.request('/.well-known/carddav', { headers: { authorization: 'Basic eDp5' }, redirect: 'manual' });
    expect(new URL(withCredentials.headers.get('location')!, 'http://localhost').pathname).toBe('/dav/subscription/');
    const options = await h.request(BOOK, { method: 'OPTIONS' });
    expect(options.headers.get('dav')).toBe('1, 3, addressbook');
    expect(options.headers.get('allow')).toContain('REPORT');
  });

  it('answers PROPFIND with found properties under 200 and unknown ones under 404, in any prefix', async () => {
    const res = await dav('PROPFIND', BOOK, '<A:propfind xmlns:A="DAV:" xmlns:Z="urn:example:unknown"><A:prop><A:displayname/><Z:colour/><getctag xmlns="http://calendarserver.org/ns/"/></A:prop></A:propfind>', { depth: '0' });
    expect(res.status).toBe(207);
    const text = await res.text();
    expect(text).toMatch(/<d:propstat><d:prop>\s*<d:displayname>疑似诈骗 — collector-check<\/d:displayname>\s*<cs:getctag>[^<]+<\/cs:getctag>\s*<\/d:prop>\s*<d:status>HTTP\/1.1 200 OK<\/d:status>/);
    expect(text).toMatch(/<x:colour xmlns:x="urn:example:unknown"\/>\s*<\/d:prop>\s*<d:status>HTTP\/1.1 404 Not Found<\/d:status>/);
    expect(text.match(/<d:response>/g)).toHaveLength(1);
    const depth1 = await (await dav('PROPFIND', BOOK, '', { depth: '1' })).text();
    expect(depth1).toContain(`<d:href>${CARD}</d:href>`);
  });

  it('answers PROPFIND at Depth 0 and 1 only: infinity is 403 propfind-finite-depth, anything else 400, absent reads as 1', async () => {
    const body = '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>';
    for (const depth of ['infinity', 'Infinity']) {
      const res = await dav('PROPFIND', BOOK, body, { depth });
      expect(res.status, depth).toBe(403);
      expect(res.headers.get('content-type')).toContain('xml');
      expect(await res.text()).toMatch(/<d:error [^>]*xmlns:d="DAV:"[^>]*>\s*<d:propfind-finite-depth\/>/);
    }
    for (const depth of ['7', '2', '-1', 'one', '0,1']) {
      const en = await dav('PROPFIND', BOOK, body, { depth, 'accept-language': 'en' });
      expect(en.status, depth).toBe(400);
      expect(en.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await en.json()) as { type: string; detail: string };
      expect(problem.type).toMatch(/validation-error$/);
      expect(problem.detail).toContain('The Depth header is 0, 1 or infinity');
      const zh = (await (await dav('PROPFIND', BOOK, body, { depth })).json()) as { detail: string };
      expect(zh.detail).toContain('Depth 请求头只能是 0、1 或 infinity');
    }
    // Depth 0 is the book alone; Depth 1 and an absent Depth add its cards.
    const zero = await (await dav('PROPFIND', BOOK, body, { depth: '0' })).text();
    expect(zero.match(/<d:response>/g)).toHaveLength(1);
    for (const headers of [{ depth: '1' }, {}] as Record<string, string>[]) {
      const res = await dav('PROPFIND', BOOK, body, headers);
      expect(res.status).toBe(207);
      expect(await res.text()).toContain(`<d:href>${CARD}</d:href>`);
    }
  });

  it('serves a card with its ETag and 304, and 404 for numbers outside the book', async () => {
    const card = await h.request(CARD);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toContain('text/vcard');
    const etag = card.headers.get('etag')!;
    expect((await h.request(CARD, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await h.request(`${BOOK}8613900000000.vcf`)).status).toBe(404);
    expect((await h.request(`${BOOK}not-a-card`)).status).toBe(404);
    expect((await h.request('/dav/books/everything/')).status).toBe(404);
    expect((await h.request('/dav/books/abusive-collectors/8617012345678.vcf')).status).toBe(404);
  });

  it('answers multiget per href, 404 for cards it does not have', async () => {
    const body = `<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/><c:address-data/></d:prop>
      <d:href>${CARD}</d:href><d:href>${BOOK}8613900000000.vcf</d:href><d:href>/elsewhere</d:href></c:addressbook-multiget>`;
    const text = await (await dav('REPORT', BOOK, body)).text();
    expect(text.match(/<d:response>/g)).toHaveLength(3);
    expect(text).toContain('BEGIN:VCARD&#13;\nVERSION:3.0');
    expect(text.match(/HTTP\/1.1 404 Not Found/g)).toHaveLength(2);
  });

  it('filters addressbook-query by property text, and refuses filters it does not support', async () => {
    const query = (filter: string) =>
      dav('REPORT', BOOK, `<c:addressbook-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/></d:prop><c:filter>${filter}</c:filter></c:addressbook-query>`, { depth: '1' });
    const hit = await (await query('<c:prop-filter name="TEL"><c:text-match match-type="ends-with">45678</c:text-match></c:prop-filter>')).text();
    expect(hit.match(/<d:response>/g)).toHaveLength(1);
    const miss = await (await query('<c:prop-filter name="TEL"><c:text-match>99999</c:text-match></c:prop-filter>')).text();
    expect(miss).not.toContain('<d:response>');
    const negated = await (await query('<c:prop-filter name="TEL"><c:text-match negate-condition="yes">99999</c:text-match></c:prop-filter>')).text();
    expect(negated.match(/<d:response>/g)).toHaveLength(1);
    const unsupported = await query('<c:prop-filter name="TEL"><c:param-filter name="TYPE"/></c:prop-filter>');
    expect(unsupported.status).toBe(403);
    expect(await unsupported.text()).toContain('<card:supported-filter/>');
  });

  it('refuses a sync token it did not issue, or one from the future, with valid-sync-token', async () => {
    for (const token of ['nonsense', 'data:,99999999', 'data:,-1', 'https://elsewhere/sync/1']) {
      const res = await dav('REPORT', BOOK, sync(token));
      expect(res.status, token).toBe(403);
      expect(await res.text()).toContain('<d:valid-sync-token/>');
    }
    const fresh = await (await dav('REPORT', BOOK, sync(''))).text();
    const token = /<d:sync-token>([^<]+)<\/d:sync-token>/.exec(fresh)![1]!;
    const again = await dav('REPORT', BOOK, sync(token));
    expect(again.status).toBe(207);
    expect(await again.text()).not.toContain('<d:response>');
  });

  it('is read-only', async () => {
    for (const method of ['PUT', 'DELETE', 'MKCOL', 'PROPPATCH', 'MOVE', 'COPY', 'LOCK', 'POST']) {
      const res = await dav(method, CARD, 'BEGIN:VCARD\r\nEND:VCARD\r\n');
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toContain('PROPFIND');
    }
  });

  it('answers hostile bodies and paths with 4xx, never 5xx', async () => {
    const fixed = [
      '<!DOCTYPE x [<!ENTITY a "aaaa">]><d:propfind xmlns:d="DAV:"><d:prop>&a;</d:prop></d:propfind>',
      '<d:propfind xmlns:d="DAV:"><d:prop></d:propfind>',
      '<x:propfind xmlns:d="DAV:"/>',
      '<d:propfind xmlns:d="DAV:"/><d:propfind xmlns:d="DAV:"/>',
      '<d:sync-collection xmlns:d="DAV:"><d:sync-level>infinite</d:sync-level></d:sync-collection>',
      `${'<a xmlns="DAV:">'.repeat(100)}${'</a>'.repeat(100)}`,
      '<d:propfind xmlns:d="DAV:">&bogus;</d:propfind>',
      '\u0000\u0001',
    ];
    const arbitrary = fc.sample(fc.string({ maxLength: 300 }), { numRuns: 60, seed: 7 });
    const xmlish = fc.sample(fc.array(fc.constantFrom('<', '>', '/', 'd:', 'prop', 'propfind', 'xmlns:d="DAV:"', ' ', '&amp;', '&', '"', '<![CDATA[', ']]>', '<!--', '-->', 'sync-token'), { maxLength: 40 }).map((p) => p.join('')), { numRuns: 80, seed: 11 });
    for (const body of [...fixed, ...arbitrary, ...xmlish]) {
      for (const [method, path] of [['PROPFIND', BOOK], ['REPORT', BOOK], ['PROPFIND', '/dav/'], ['REPORT', '/dav/principal/']] as const) {
        const res = await dav(method, path, body, { depth: '1' });
        expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      }
    }
    for (const path of ['/dav/books/scam/../../etc/passwd', '/dav/books/%00/', '/dav/books/scam/x/y/z', '/dav/subscription/books/scam/', '/dav//books']) {
      expect((await dav('PROPFIND', path, '')).status, path).toBeLessThan(500);
    }
  });
});
