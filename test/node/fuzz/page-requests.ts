import fc from 'fast-check';
import { brokenPercent, headerSafe, hostileString, invalidUtf8, percentEncode } from './hostile-input';
import type { FuzzRequest } from './requests';

const formFields = ['csrf', 'called_at', 'tz_offset', 'claimed_agency', 'tags', 'debt_with_claimed_agency', 'hotline_check', 'payment_requested', 'employee_id_given', 'comment'];

/**
 * Requests for the server-rendered pages, which the OpenAPI document does not list: page
 * paths with hostile segments and queries, and report-form posts with hostile fields,
 * bodies and CSRF tokens (the page's own token included, so some get past the check).
 */
export function pageRequests(csrf: { token: string; cookie: string }): fc.Arbitrary<FuzzRequest> {
  const segment = fc.oneof(fc.constantFrom('13800138000', '+8613800138000', '95188', 'alipay'), hostileString.filter(Boolean).map(percentEncode), brokenPercent);
  const query = fc.option(
    fc.tuple(fc.constantFrom('lang', 'msg', 'q', 'number', 'x'), fc.oneof(hostileString.map(percentEncode), brokenPercent)).map(([k, v]) => `?${k}=${v}`),
    { nil: '' },
  );
  const get = fc
    .tuple(fc.constantFrom('/', '/search', '/n/:s', '/agencies/:s', '/embed', '/verify', '/docs', '/widget.js', '/assets/site.css'), segment, query)
    .map(([path, s, q]) => ({ kind: `GET ${path}`, method: 'GET', url: path.replace(':s', s) + (q || (path === '/search' || path === '/embed' ? `?q=${s}` : '')), headers: {} }));
  const field = fc.tuple(fc.constantFrom(...formFields), fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constantFrom('threats', 'unknown', 'none', '2026-06-15T20:00', '+08:00') }));
  const form = fc.tuple(fc.array(field, { maxLength: 12 }), fc.boolean()).map(([fields, withToken]) => {
    const params = new URLSearchParams(fields);
    if (withToken) params.set('csrf', csrf.token);
    return params.toString();
  });
  const body = fc.oneof(
    { weight: 4, arbitrary: form.map((text) => ({ type: 'application/x-www-form-urlencoded', bytes: text as string | Uint8Array })) },
    { weight: 1, arbitrary: invalidUtf8.map((bytes) => ({ type: 'application/x-www-form-urlencoded', bytes: bytes as string | Uint8Array })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ type: 'multipart/form-data; boundary=xyz', bytes: bytes as string | Uint8Array })) },
    { weight: 1, arbitrary: hostileString.map((text) => ({ type: headerSafe(text) || 'text/plain', bytes: text as string | Uint8Array })) },
  );
  const post = fc
    .tuple(fc.constantFrom('/n/:s/report', '/embed/report?number=:s'), segment, body, fc.boolean(), fc.constantFrom(undefined, 'application/json'))
    .map(([path, s, b, sameSite, accept]) => ({
      kind: `POST ${path.split('?')[0]}`,
      method: 'POST',
      url: path.replace(':s', s),
      headers: {
        'content-type': b.type,
        ...(sameSite ? { origin: 'http://localhost', cookie: csrf.cookie } : { origin: 'https://evil.example' }),
        ...(accept ? { accept } : {}),
      },
      body: b.bytes,
    }));
  return fc
    .tuple(fc.oneof(get, post), fc.ipV4())
    .map(([request, ip]) => ({ ...request, headers: { ...request.headers, 'x-forwarded-for': ip } as Record<string, string> }));
}
