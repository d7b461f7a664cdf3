import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../deps';
import { randomToken } from '../security/hasher';

const MAX_AGE_MS = 24 * 3600 * 1000;
const NONCE = /^[0-9a-f]{32}$/;

/**
 * Cookie names get the `__Host-` prefix over HTTPS, so a sibling subdomain cannot plant
 * them (the prefix needs Secure, which plain-HTTP development cannot set).
 */
export function cookieName(c: Context<AppEnv>, name: string): string {
  return isHttps(c) ? `__Host-${name}` : name;
}

export function isHttps(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** Sets an HttpOnly, SameSite=Lax cookie scoped to the whole site. */
export function setSiteCookie(c: Context<AppEnv>, name: string, value: string, maxAgeSeconds: number): void {
  setCookie(c, cookieName(c, name), value, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    maxAge: maxAgeSeconds,
  });
}

export function readSiteCookie(c: Context<AppEnv>, name: string): string | undefined {
  return getCookie(c, cookieName(c, name));
}

async function sign(c: Context<AppEnv>, issuedAt: string, nonce: string): Promise<string> {
  // Namespaced inside the token purpose; a reporter token never looks like "csrf/v1:…".
  return c.var.deps.hasher.hash('token', `csrf/v1:${issuedAt}:${nonce}`);
}

/**
 * A signed double-submit token: the form carries `issuedAt.nonce.signature`, the cookie
 * carries the nonce. Reuses the browser's nonce so several open tabs stay valid.
 *
 * @example
 * const token = await issueCsrfToken(c); // put it in <input type="hidden" name="csrf">
 */
export async function issueCsrfToken(c: Context<AppEnv>): Promise<string> {
  let nonce = readSiteCookie(c, 'cc_csrf');
  if (!nonce || !NONCE.test(nonce)) {
    nonce = randomToken(16);
    setSiteCookie(c, 'cc_csrf', nonce, MAX_AGE_MS / 1000);
  }
  const issuedAt = c.var.deps.clock().toString(36);
  return `${issuedAt}.${nonce}.${await sign(c, issuedAt, nonce)}`;
}

/**
 * Checks a posted token. The origin check (hono/csrf) runs before this; the token adds a
 * second, cookie-bound proof. Inside a cross-site iframe (`/embed`) browsers withhold
 * SameSite cookies, so there `allowWithoutCookie` accepts a fresh signed token alone.
 */
export async function verifyCsrfToken(
  c: Context<AppEnv>,
  token: string | undefined,
  { allowWithoutCookie = false }: { allowWithoutCookie?: boolean } = {},
): Promise<boolean> {
  const [issuedAt, nonce, signature] = (token ?? '').split('.');
  if (!issuedAt || !nonce || !signature || !NONCE.test(nonce)) return false;
  const age = c.var.deps.clock() - parseInt(issuedAt, 36);
  if (!(age >= -60_000 && age <= MAX_AGE_MS)) return false;
  if (!constantTimeEqual(signature, await sign(c, issuedAt, nonce))) return false;
  const cookie = readSiteCookie(c, 'cc_csrf');
  if (cookie === undefined) return allowWithoutCookie;
  return constantTimeEqual(cookie, nonce);
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
