import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import { agencyRepository } from '../db/agency-repository';
import type { AppEnv } from '../deps';
import { apiClient, type ApiClient, type ApiFetch, type ApiResult } from './api-client';
import type { Lookup } from './api-types';
import { iconSvg } from './assets/icon-svg';
import { pageJs } from './assets/page-js';
import { siteCss } from './assets/site-css';
import { issueCsrfToken } from './csrf';
import { htmlDocument } from './layout';
import { href, numberPath, pageContext, type PageContext } from './page-context';
import { assetHeaders, embedHeaders, pageHeaders } from './page-headers';
import { AgencyPage } from './pages/agency';
import { EmbedPage } from './pages/embed';
import { HomePage } from './pages/home';
import { MessagePage } from './pages/message';
import { NumberPage, canonicalNumber } from './pages/number';
import { defaultFormValues, type ReportFormValues } from './report-form-data';
import { submitReportForm, type SubmissionOutcome } from './report-submission';
import { widgetJs } from './widget/widget-js';

export type { ApiFetch } from './api-client';

const RECENT_REPORTS = 10;

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
  for (const path of ['/', '/search', '/n/:number', '/n/:number/report', '/agencies/:id']) web.use(path, pageHeaders);
  for (const path of ['/embed', '/embed/report']) web.use(path, embedHeaders);
  for (const path of ['/n/:number/report', '/embed/report']) web.use(path, csrf());

  web.get('/assets/site.css', assetHeaders(false), (c) => asset(c, siteCss, 'text/css'));
  web.get('/assets/page.js', assetHeaders(false), (c) => asset(c, pageJs, 'text/javascript'));
  web.get('/assets/icon.svg', assetHeaders(false), (c) => asset(c, iconSvg, 'image/svg+xml'));
  web.get('/widget.js', assetHeaders(true), (c) => asset(c, widgetJs, 'text/javascript'));

  web.get('/', async (c) => {
    const api = apiClient(c, fetchApi);
    const [stats, agencies] = await Promise.all([api.stats(), api.agencies()]);
    return page(c, HomePage({ page: pageContext(c), stats: stats.ok ? stats.body : null, agencies: agencies.ok ? agencies.body.items : [] }));
  });

  web.get('/search', (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 64);
    const ctx = pageContext(c);
    return c.redirect(query ? href(ctx, numberPath(query)) : href(ctx, '/'), 303);
  });

  web.get('/n/:number', async (c) => {
    const ctx = pageContext(c);
    const input = c.req.param('number');
    const api = apiClient(c, fetchApi);
    const found = await lookupOrMessage(c, ctx, api, input);
    if (found instanceof Response) return found;
    const canonical = canonicalNumber(found);
    // One URL per number, whatever was pasted ("138-0013-8000" → "/n/+8613800138000").
    if (canonical !== input) return c.redirect(href(ctx, numberPath(canonical), pickParams(c, ['msg'])), 301);
    const notice = noticeFor(ctx, c.req.query('msg'));
    return renderNumberPage(c, ctx, api, found, { values: defaultFormValues(c.var.deps.clock()), notice }, 200);
  });

  web.post('/n/:number/report', async (c) => {
    const ctx = pageContext(c);
    const input = c.req.param('number');
    const api = apiClient(c, fetchApi);
    const outcome = await submitReportForm(c, api, input, ctx.t, { embedded: false });
    if (wantsJson(c)) return jsonOutcome(c, ctx, outcome);
    if (outcome.ok) return c.redirect(`${href(ctx, numberPath(input), { msg: outcome.status })}#report`, 303);
    const found = await lookupOrMessage(c, ctx, api, input);
    if (found instanceof Response) return found;
    return renderNumberPage(c, ctx, api, found, { values: outcome.values, errors: outcome.errors }, outcome.httpStatus);
  });

  web.get('/agencies/:id', async (c) => {
    const ctx = pageContext(c);
    const detail = await agencyRepository(c.var.deps.database.db).detail(c.req.param('id'));
    if (!detail) return page(c, MessagePage({ page: ctx, title: ctx.t.notFound, message: ctx.t.agencyNotFound }), 404);
    return page(c, AgencyPage({ page: ctx, detail }));
  });

  web.get('/embed', async (c) => {
    const ctx = pageContext(c);
    const query = (c.req.query('number') ?? c.req.query('q') ?? '').trim().slice(0, 64);
    if (!query) return page(c, EmbedPage({ page: ctx, lookup: null, reports: [] }));
    const notice = noticeFor(ctx, c.req.query('msg'));
    return renderEmbed(c, ctx, apiClient(c, fetchApi), query, { values: defaultFormValues(c.var.deps.clock()), notice }, 200);
  });

  web.post('/embed/report', async (c) => {
    const ctx = pageContext(c);
    const number = (c.req.query('number') ?? '').trim().slice(0, 64);
    const api = apiClient(c, fetchApi);
    const outcome = await submitReportForm(c, api, number, ctx.t, { embedded: true });
    if (wantsJson(c)) return jsonOutcome(c, ctx, outcome);
    if (outcome.ok) return c.redirect(href(ctx, '/embed', { number, msg: outcome.status }), 303);
    return renderEmbed(c, ctx, api, number, { values: outcome.values, errors: outcome.errors }, outcome.httpStatus);
  });

  return web;
}

type FormState = { values: ReportFormValues; errors?: string[]; notice?: string };

async function renderNumberPage(c: Context<AppEnv>, ctx: PageContext, api: ApiClient, lookup: Lookup, form: FormState, status: number) {
  const reports = await api.reports(canonicalNumber(lookup), RECENT_REPORTS);
  ctx.csrfToken = await issueCsrfToken(c);
  return page(c, NumberPage({ page: ctx, lookup, reports: reports.ok ? reports.body.items : [], form }), status);
}

async function renderEmbed(c: Context<AppEnv>, ctx: PageContext, api: ApiClient, query: string, form: FormState, status: number) {
  const found = query ? await api.lookup(query) : null;
  if (!found?.ok) {
    const failure = lookupFailure(c, ctx, found);
    return page(c, EmbedPage({ page: ctx, lookup: null, reports: [], query, searchError: failure.message }), failure.status);
  }
  const reports = await api.reports(canonicalNumber(found.body), 3);
  ctx.csrfToken = await issueCsrfToken(c);
  return page(c, EmbedPage({ page: ctx, lookup: found.body, reports: reports.ok ? reports.body.items : [], query, form }), status);
}

/** The lookup, or the page to answer with when there is none (invalid number, API trouble). */
async function lookupOrMessage(c: Context<AppEnv>, ctx: PageContext, api: ApiClient, input: string): Promise<Lookup | Response> {
  const found = input.trim() ? await api.lookup(input) : null;
  if (found?.ok) return found.body;
  const failure = lookupFailure(c, ctx, found);
  const title = failure.status === 400 ? ctx.t.invalidNumber : ctx.t.siteName;
  return page(c, MessagePage({ page: ctx, title, message: failure.message, query: input }), failure.status);
}

/**
 * What a page says when the lookup did not answer: the number is not one (400; also a blank
 * one, which the API cannot even route), the reader is over the read limit (429 with the
 * API's Retry-After), or the service is in trouble (503).
 */
function lookupFailure(c: Context<AppEnv>, ctx: PageContext, found: ApiResult<Lookup> | null): { status: 400 | 429 | 503; message: string } {
  if (!found || found.status === 400 || found.status === 404) return { status: 400, message: ctx.t.invalidNumber };
  if (found.status === 429) {
    const retry = found.headers.get('retry-after') ?? '60';
    c.header('retry-after', retry);
    return { status: 429, message: ctx.t.lookupRateLimited(retry) };
  }
  return { status: 503, message: ctx.t.lookupUnavailable };
}

function noticeFor(ctx: PageContext, msg: string | undefined): string | undefined {
  return msg === 'created' ? ctx.t.reportCreated : msg === 'updated' ? ctx.t.reportUpdated : undefined;
}

function wantsJson(c: Context<AppEnv>): boolean {
  return (c.req.header('accept') ?? '').includes('application/json');
}

/** The answer to page.js's fetch submission: a message to show; the page then refreshes its parts. */
function jsonOutcome(c: Context<AppEnv>, ctx: PageContext, outcome: SubmissionOutcome) {
  c.header('cache-control', 'no-store');
  if (outcome.ok) return c.json({ ok: true, status: outcome.status, message: noticeFor(ctx, outcome.status) }, 200);
  return c.json({ ok: false, errors: outcome.errors, message: ctx.t.reportFailed }, outcome.httpStatus);
}

function pickParams(c: Context<AppEnv>, names: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of names) {
    const value = c.req.query(name);
    if (value) params[name] = value;
  }
  return params;
}

async function page(c: Context<AppEnv>, element: unknown, status = 200) {
  // Pages carry a per-browser CSRF token and fresh verdicts: never cache them in shared caches.
  c.header('cache-control', 'private, no-store');
  return c.html(await htmlDocument(element), status as 200);
}

function asset(c: Context<AppEnv>, body: string, type: string) {
  c.header('content-type', `${type}; charset=utf-8`);
  c.header('cache-control', 'public, max-age=3600');
  return c.body(body);
}
