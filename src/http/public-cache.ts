import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import type { AppEnv } from '../deps';

/**
 * Public reads may be fetched from any site (the widget) and cached briefly; writes are
 * allowed cross-origin only from ALLOWED_ORIGINS. Admin routes get neither.
 */
export const apiCors: MiddlewareHandler<AppEnv> = async (c, next) => {
  // The admin API is for the operator's own tools, never for scripts on other sites.
  if (c.req.path.startsWith('/v1/admin/')) return next();
  const isRead = c.req.method === 'GET' || c.req.method === 'HEAD';
  const isPreflight = c.req.method === 'OPTIONS';
  const writeAllowed = (origin: string) => (c.var.deps.config.allowedOrigins.includes(origin) ? origin : null);
  const handler = cors({
    origin: isRead ? '*' : writeAllowed,
    allowMethods: isPreflight ? ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'] : undefined,
    allowHeaders: ['Content-Type', 'X-Reporter-Token', 'If-None-Match'],
    exposeHeaders: ['ETag', 'Retry-After', 'Location'],
    maxAge: 600,
  });
  return handler(c, next);
};

const etagMiddleware = etag({ weak: true });

/** ETag + If-None-Match (304) and a short Cache-Control on successful public GETs. */
export const publicGetCaching: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
  await etagMiddleware(c, async () => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('cache-control')) {
      c.header('cache-control', 'public, max-age=60, stale-while-revalidate=60');
    }
  });
};
