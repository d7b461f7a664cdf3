import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { pageContext } from './page-context';
import { pageHeaders } from './page-headers';
import { MessagePage } from './pages/message';
import { page } from './respond';

type NotFoundHandler = (c: Context<AppEnv>) => Response | Promise<Response>;

/**
 * Wraps the API's not-found handler: a browser asking for HTML on an unknown path gets a
 * page in its language (with the site's CSP and a search box); API clients, which ask for
 * JSON or anything, keep their problem+json. 405s stay problems: they only happen to clients.
 *
 * @example
 * app.notFound(htmlNotFound(notFoundHandler(() => app.routes)));
 */
export function htmlNotFound(apiNotFound: NotFoundHandler): NotFoundHandler {
  return async (c) => {
    const answer = await apiNotFound(c);
    if (answer.status !== 404 || !asksForHtml(c)) return answer;
    const ctx = pageContext(c);
    await pageHeaders(c, async () => {
      c.res = await page(c, MessagePage({ page: ctx, title: ctx.t.notFound, message: ctx.t.notFoundText }), 404);
    });
    return c.res;
  };
}

/**
 * Browsers list text/html in Accept when they navigate; fetch, curl and SDKs do not. The JSON
 * API under /v1/ answers problems whoever asks: its clients parse them, and a browser shows them.
 */
function asksForHtml(c: Context<AppEnv>): boolean {
  if (c.req.path.startsWith('/v1/')) return false;
  return /(^|,)\s*text\/html\b/i.test(c.req.header('accept') ?? '');
}
