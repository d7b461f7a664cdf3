import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../deps';
import { apiClient, type ApiClient, type ApiFetch, type ApiResult } from './api-client';
import type { Lookup } from './api-types';
import { issueCsrfToken } from './csrf';
import { canonicalNumber } from './number-display';
import { href, numberPath, pageContext, type PageContext } from './page-context';
import { embedHeaders, pageHeaders } from './page-headers';
import { EmbedPage } from './pages/embed';
import { MessagePage } from './pages/message';
import { emptyDisputeValues } from './dispute-submission';
import { NumberPage, type DisputeFormState, type ReportFormState } from './pages/number';
import { defaultFormValues } from './report-form-data';
import { jsonOutcome, reportNotice, submitReportForm } from './report-submission';
import { page, wantsJson } from './respond';

const RECENT_REPORTS = 10;

/**
 * `/n/{number}` and `/embed`: a number's verdict with the report form, and the form's POST.
 * A failed no-JS submit answers with the page itself; its error summary has `autofocus`, so
 * the browser lands on the form with its messages rather than at the top. (No `#report` in
 * the form's action: browsers skip autofocus when the URL has a fragment.)
 */
export function reportPages(fetchApi: ApiFetch) {
  const web = new Hono<AppEnv>();
  // Middleware is attached per path: a sub-app's '*' would also wrap the JSON API once mounted.
  for (const path of ['/n/:number', '/n/:number/report']) web.use(path, pageHeaders);
  for (const path of ['/embed', '/embed/report']) web.use(path, embedHeaders);
  for (const path of ['/n/:number/report', '/embed/report']) web.use(path, csrf());

  web.get('/n/:number', async (c) => {
    const ctx = pageContext(c);
    const input = c.req.param('number');
    const api = apiClient(c, fetchApi);
    const found = await lookupOrMessage(c, ctx, api, input);
    if (found instanceof Response) return found;
    const canonical = canonicalNumber(found);
    // One URL per number, whatever was pasted ("138-0013-8000" → "/n/+8613800138000").
    if (canonical !== input) return c.redirect(href(ctx, numberPath(canonical), pickParams(c, ['msg'])), 301);
    const notice = reportNotice(ctx.t, c.req.query('msg'));
    return renderNumberPage(c, ctx, api, found, { values: defaultFormValues(c.var.deps.clock()), notice }, 200);
  });

  // Reloading or sharing the URL a failed submit left in the address bar.
  web.get('/n/:number/report', (c) => c.redirect(`${href(pageContext(c), numberPath(c.req.param('number')))}#report`, 303));

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

  web.get('/embed', async (c) => {
    const ctx = pageContext(c);
    const query = (c.req.query('number') ?? c.req.query('q') ?? '').trim().slice(0, 64);
    if (!query) return page(c, EmbedPage({ page: ctx, lookup: null, reports: [] }));
    const notice = reportNotice(ctx.t, c.req.query('msg'));
    return renderEmbed(c, ctx, apiClient(c, fetchApi), query, { values: defaultFormValues(c.var.deps.clock()), notice }, 200);
  });

  web.post('/embed/report', async (c) => {
    const ctx = pageContext(c);
    const number = (c.req.query('number') ?? '').trim().slice(0, 64);
    const api = apiClient(c, fetchApi);
    const outcome = await submitReportForm(c, api, number, ctx.t, { embedded: true });
    if (wantsJson(c)) return jsonOutcome(c, ctx, outcome);
    if (outcome.ok) return c.redirect(`${href(ctx, '/embed', { number, msg: outcome.status })}#report-form`, 303);
    return renderEmbed(c, ctx, api, number, { values: outcome.values, errors: outcome.errors }, outcome.httpStatus);
  });

  return web;
}

/** The number page with the state of its two forms (the report form, the dispute form). */
export async function renderNumberPage(
  c: Context<AppEnv>,
  ctx: PageContext,
  api: ApiClient,
  lookup: Lookup,
  form: ReportFormState,
  status: number,
  dispute: DisputeFormState = { values: emptyDisputeValues },
) {
  const reports = await api.reports(canonicalNumber(lookup), RECENT_REPORTS);
  ctx.csrfToken = await issueCsrfToken(c);
  return page(c, NumberPage({ page: ctx, lookup, reports: reports.ok ? reports.body.items : [], form, dispute }), status);
}

async function renderEmbed(c: Context<AppEnv>, ctx: PageContext, api: ApiClient, query: string, form: ReportFormState, status: number) {
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
export async function lookupOrMessage(c: Context<AppEnv>, ctx: PageContext, api: ApiClient, input: string): Promise<Lookup | Response> {
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

function pickParams(c: Context<AppEnv>, names: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of names) {
    const value = c.req.query(name);
    if (value) params[name] = value;
  }
  return params;
}
