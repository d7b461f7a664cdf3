import { Hono, type Context } from 'hono';
import type { AppEnv } from '../deps';
import { agencyDetail } from '../services/agencies';
import { apiClient, type ApiFetch } from './api-client';
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
import { page } from './respond';
import { widgetJs } from './widget/widget-js';

export type { ApiFetch } from './api-client';

/**
 * The server-rendered pages, their assets, the widget and the embed page. Data comes from
 * the app's own JSON API through `fetchApi`, so pages and API never disagree.
 *
 * @example
 * app.route('/', webRoutes((request, env) => app.fetch(request, env)));
 */
export function webRoutes(fetchApi: ApiFetch) {
  const web = new Hono<AppEnv>();

  // Middleware is attached per path: a sub-app's '*' would also wrap the JSON API once mounted.
  for (const path of ['/', '/search', '/about/scores', '/agencies/:id']) web.use(path, pageHeaders);

  web.get('/assets/site.css', assetHeaders(false), (c) => asset(c, siteCss, 'text/css'));
  web.get('/assets/page.js', assetHeaders(false), (c) => asset(c, pageJs, 'text/javascript'));
  web.get('/assets/icon.svg', assetHeaders(false), (c) => asset(c, iconSvg, 'image/svg+xml'));
  web.get('/widget.js', assetHeaders(true), (c) => asset(c, widgetJs, 'text/javascript'));

  web.get('/', async (c) => {
    const api = apiClient(c, fetchApi);
    const [stats, agencies] = await Promise.all([api.stats(), api.agencies()]);
    return page(c, HomePage({ page: pageContext(c), stats: stats.ok ? stats.body : null, agencies: agencies.ok ? agencies.body.items : [] }));
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

  web.route('/', reportPages(fetchApi));
  web.route('/', myReportPages(fetchApi));
  web.route('/', disputePages(fetchApi));
  return web;
}

function asset(c: Context<AppEnv>, body: string, type: string) {
  c.header('content-type', `${type}; charset=utf-8`);
  c.header('cache-control', 'public, max-age=3600');
  return c.body(body);
}
