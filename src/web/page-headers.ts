import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../deps';

/**
 * Everything a page loads comes from this server: no inline scripts or styles, no CDNs.
 * Inline SVG and `tel:` links need no exception.
 */
const baseDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
};

/** Pages of the site itself: framing only by ourselves (the report form must not be clickjacked). */
export const pageHeaders: MiddlewareHandler<AppEnv> = secureHeaders({
  contentSecurityPolicy: { ...baseDirectives, frameAncestors: ["'self'"] },
  referrerPolicy: 'strict-origin-when-cross-origin',
  strictTransportSecurity: false,
});

/** `/embed` exists to be framed by other sites, so it drops X-Frame-Options and allows any ancestor. */
export const embedHeaders: MiddlewareHandler<AppEnv> = secureHeaders({
  contentSecurityPolicy: { ...baseDirectives, frameAncestors: ['*'] },
  xFrameOptions: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: 'cross-origin',
  referrerPolicy: 'strict-origin-when-cross-origin',
  strictTransportSecurity: false,
});

/** Page assets; the widget script is loaded by other sites, so it may be embedded cross-origin. */
export const assetHeaders = (crossOrigin: boolean): MiddlewareHandler<AppEnv> => async (c, next) => {
  await next();
  c.header('x-content-type-options', 'nosniff');
  c.header('cross-origin-resource-policy', crossOrigin ? 'cross-origin' : 'same-origin');
};
