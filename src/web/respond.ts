import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { htmlDocument } from './layout';

/**
 * Answers with a server-rendered page.
 *
 * @example
 * return page(c, MessagePage({ page: ctx, title, message }), 404);
 */
export async function page(c: Context<AppEnv>, element: unknown, status = 200) {
  // Pages carry a per-browser CSRF token and fresh verdicts: never cache them in shared caches.
  c.header('cache-control', 'private, no-store');
  return c.html(await htmlDocument(element), status as 200);
}

/** Whether page.js is asking (it submits forms with fetch and wants JSON back). */
export function wantsJson(c: Context<AppEnv>): boolean {
  return (c.req.header('accept') ?? '').includes('application/json');
}
