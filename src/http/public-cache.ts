import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../deps';

const corsOptions = {
  allowHeaders: ['Content-Type', 'X-Reporter-Token', 'If-None-Match'],
  exposeHeaders: ['ETag', 'Retry-After', 'Location'],
  maxAge: 600,
};
// Built once: a cors() handler per request showed in the lookup's profile.
const readCors = cors({ ...corsOptions, origin: '*' });
const preflightCors = cors({
  ...corsOptions,
  origin: (origin, c: Context<AppEnv>) => (c.var.deps.config.allowedOrigins.includes(origin) ? origin : null),
  allowMethods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'],
});
const writeCors = cors({ ...corsOptions, origin: (origin, c: Context<AppEnv>) => (c.var.deps.config.allowedOrigins.includes(origin) ? origin : null) });

/**
 * Public reads may be fetched from any site (the widget) and cached briefly; writes are
 * allowed cross-origin only from ALLOWED_ORIGINS. Admin routes get neither.
 */
export const apiCors: MiddlewareHandler<AppEnv> = async (c, next) => {
  // The admin API is for the operator's own tools, never for scripts on other sites.
  if (c.req.path.startsWith('/v1/admin/')) return next();
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD') return readCors(c, next);
  if (method === 'OPTIONS') return preflightCors(c, next);
  return writeCors(c, next);
};

/**
 * ETag + If-None-Match (304) and a short Cache-Control on successful public GETs. The tag is
 * a hash of the JSON text as `c.json` writes it, so nothing re-reads the response body.
 */
export const publicGetCaching: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
  const plain = c.json.bind(c);
  c.json = ((object: unknown, arg?: number | ResponseInit, headers?: Record<string, string>) => {
    const status = typeof arg === 'number' ? arg : (arg?.status ?? 200);
    if (status !== 200) return plain(object as never, arg as never, headers as never);
    const text = JSON.stringify(object);
    const tag = weakEtag(text);
    const extra = { ...(typeof arg === 'object' ? Object.fromEntries(new Headers(arg.headers).entries()) : {}), ...headers };
    if (matches(c.req.header('if-none-match'), tag)) return c.body(null, 304, { ...extra, etag: tag });
    return c.body(text, 200, { 'content-type': 'application/json', ...extra, etag: tag });
  }) as typeof c.json;
  await next();
  if (c.res.status === 200 && !c.res.headers.has('cache-control')) {
    c.header('cache-control', 'public, max-age=60, stale-while-revalidate=60');
  }
  if (c.res.status === 304 && !c.res.headers.has('cache-control')) c.header('cache-control', 'public, max-age=60, stale-while-revalidate=60');
};

function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = tag.slice(2);
  return ifNoneMatch.split(',').some((candidate) => {
    const t = candidate.trim();
    return t === '*' || t === tag || t === opaque || t.replace(/^W\//, '') === opaque;
  });
}

/**
 * A weak validator from a SHA-1 of the text (node:crypto, which Workers provide under
 * nodejs_compat): a native hash of a few kilobytes costs microseconds, where Web Crypto's
 * async digest over a cloned body cost a seventh of a lookup.
 *
 * @example
 * weakEtag('{"a":1}') // 'W/"…27 base64url characters…"'
 */
export function weakEtag(text: string): string {
  return `W/"${createHash('sha1').update(text).digest('base64url')}"`;
}
