import type { Context } from 'hono';

/** How a runtime tells the client's IP address; null when it cannot. */
export type ClientAddress = (c: Context) => string | null;

/** Workers: Cloudflare sets CF-Connecting-IP on every request. */
export const cloudflareClientAddress: ClientAddress = (c) => c.req.header('cf-connecting-ip') ?? null;

/** First address in X-Forwarded-For, for a Node server behind a trusted proxy. */
export function forwardedClientAddress(c: Context): string | null {
  return c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || null;
}
