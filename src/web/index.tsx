import { Hono, type Context } from 'hono';
import type { AppEnv } from '../deps';
import { agencyDetail, listAgencies } from '../services/agencies';
import { currentStats, statsView } from '../services/stats';
import { iconSvg } from './assets/icon-svg';
import { pageJs } from './assets/page-js';
import { siteCss } from './assets/site-css';
import { href, numberPath, pageContext } from './page-context';
import { assetHeaders, pageHeaders } from './page-headers';
import { AboutScoresPage } from './pages/about-scores';
import { AgencyPage } from './pages/agency';
import { HomePage } from './pages/home';
import { MessagePage } from './pages/message';
import { disputePages } from './dispute-pages';
import { myReportPages } from './my-reports-pages';
import { reportPages } from './report-pages';
import { verifyPages } from './verify-pages';
import { page } from './respond';
import { widgetJs } from './widget/widget-js';
import { widgetPhoneJs } from './widget/phone-key.generated';

/**
 * The server-rendered pages, their assets, the widget and the embed page. Data comes from the
 * same services the JSON API's routes call, so pages and API never disagree.
 *
 * @example
 * app.route('/', webRoutes());
 */
export function webRoutes() {
  const web = new Hono<AppEnv>();

  // Middleware is attached per path: a sub-app's '*' would also wrap the JSON API once mounted.
  for (const path of ['/', '/search', '/about/scores', '/agencies/:id']) web.use(path, pageHeaders);

  web.get('/assets/site.css', assetHeaders(false), (c) => asset(c, siteCss, 'text/css'));
  web.get('/assets/page.js', assetHeaders(false), (c) => asset(c, pageJs, 'text/javascript'));
  web.get('/assets/icon.svg', assetHeaders(false), (c) => asset(c, iconSvg, 'image/svg+xml'));
  web.get('/widget.js', assetHeaders(true), (c) => asset(c, widgetJs, 'text/javascript'));
  // Loaded with import() by the widget's private mode from any site: a module script needs CORS.
  web.get('/widget-phone.js', assetHeaders(true), (c) => {
    c.header('access-control-allow-origin', '*');
    return asset(c, widgetPhoneJs, 'text/javascript');
  });

  web.get('/', async (c) => {
    const { deps, lang } = c.var;
    // The home page still answers when the statistics cannot be read: search matters more.
    const [stats, agencies] = await Promise.all([
      orLogged(c, 'stats', null, async () => statsView(await currentStats(deps.database, deps.clock()), lang)),
      orLogged(c, 'agencies', [], async () => (await listAgencies(deps.database, undefined, null, 100, lang)).items),
    ]);
    return page(c, HomePage({ page: pageContext(c), stats, agencies }));
  });

  web.get('/about/scores', (c) => page(c, AboutScoresPage({ page: pageContext(c) })));

  web.get('/search', (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 64);
    const ctx = pageContext(c);
    return c.redirect(query ? href(ctx, numberPath(query)) : href(ctx, '/'), 303);
  });

  web.get('/agencies/:id', async (c) => {
    const ctx = pageContext(c);
    const detail = await agencyDetail(c.var.deps.database, c.req.param('id'), ctx.lang);
    if (!detail) return page(c, MessagePage({ page: ctx, title: ctx.t.notFound, message: ctx.t.agencyNotFound }), 404);
    return page(c, AgencyPage({ page: ctx, detail }));
  });

  web.route('/', reportPages());
  web.route('/', verifyPages());
  web.route('/', myReportPages());
  web.route('/', disputePages());
  return web;
}

/** What `read` gives, or `fallback` (logged) when it fails. */
async function orLogged<T, F>(c: Context<AppEnv>, what: string, fallback: F, read: () => Promise<T>): Promise<T | F> {
  try {
    return await read();
  } catch (error) {
    c.var.deps.logger.error(`home page: ${what} unavailable`, error);
    return fallback;
  }
}

function asset(c: Context<AppEnv>, body: string, type: string) {
  c.header('content-type', `${type}; charset=utf-8`);
  c.header('cache-control', 'public, max-age=3600');
  return c.body(body);
}
