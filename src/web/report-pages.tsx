import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../deps';
import { ProblemError } from '../http/problem';
import type { NumberLookup } from '../services/lookup';
import { issueCsrfToken } from './csrf';
import { canonicalNumber } from './number-display';
import { readLookup, recentReports } from './number-reads';
import { href, numberPath, pageContext, type PageContext } from './page-context';
import { embedHeaders, pageHeaders } from './page-headers';
import { EmbedPage } from './pages/embed';
import { MessagePage } from './pages/message';
import { emptyDisputeValues } from './dispute-submission';
import { NumberPage, type DisputeFormState, type ReportFormState } from './pages/number';
import { defaultFormValues, PREFILL_PARAMS, prefilledFormValues } from './report-form-data';
import { complaintLink, jsonOutcome, reportNotice, submitReportForm } from './report-submission';
import { page, wantsJson } from './respond';

const RECENT_REPORTS = 10;

/**
 * `/n/{number}` and `/embed`: a number's verdict with the report form, and the form's POST.
 * A failed no-JS submit answers with the page itself; its error summary has `autofocus`, so
 * the browser lands on the form with its messages rather than at the top. (No `#report` in
 * the form's action: browsers skip autofocus when the URL has a fragment.)
 */
export function reportPages() {
  const web = new Hono<AppEnv>();
  // Middleware is attached per path: a sub-app's '*' would also wrap the JSON API once mounted.
  for (const path of ['/n/:number', '/n/:number/report']) web.use(path, pageHeaders);
  for (const path of ['/embed', '/embed/report']) web.use(path, embedHeaders);
  for (const path of ['/n/:number/report', '/embed/report']) web.use(path, csrf());

  web.get('/n/:number', async (c) => {
    const ctx = pageContext(c);
    const input = c.req.param('number');
    const found = await lookupOrMessage(c, ctx, input);
    if (found instanceof Response) return found;
    const canonical = canonicalNumber(found);
    // One URL per number, whatever was pasted ("138-0013-8000" → "/n/+8613800138000").
    if (canonical !== input) return c.redirect(href(ctx, withQuery(numberPath(canonical), carriedQuery(c, ['msg', 'report', ...PREFILL_PARAMS]))), 301);
    const notice = reportNotice(ctx.t, c.req.query('msg'));
    const reportId = c.req.query('report')?.slice(0, 64);
    const complaint = notice && reportId ? complaintLink(ctx, reportId) : undefined;
    // The verification guide's answers arrive as query parameters (web/verify-pages.tsx).
    const values = prefilledFormValues(c.var.deps.clock(), c.req.queries());
    return renderNumberPage(c, ctx, found, { values, notice, complaint }, 200);
  });

  // Reloading or sharing the URL a failed submit left in the address bar.
  web.get('/n/:number/report', (c) => c.redirect(`${href(pageContext(c), numberPath(c.req.param('number')))}#report`, 303));

  web.post('/n/:number/report', async (c) => {
    const ctx = pageContext(c);
    const input = c.req.param('number');
    const outcome = await submitReportForm(c, input, ctx.t, { embedded: false });
    if (wantsJson(c)) return jsonOutcome(c, ctx, outcome);
    if (outcome.ok) return c.redirect(`${href(ctx, numberPath(input), { msg: outcome.status, report: outcome.id })}#report`, 303);
    const found = await lookupOrMessage(c, ctx, input);
    if (found instanceof Response) return found;
    return renderNumberPage(c, ctx, found, { values: outcome.values, errors: outcome.errors }, outcome.httpStatus);
  });

  web.get('/embed', async (c) => {
    const ctx = pageContext(c);
    const query = (c.req.query('number') ?? c.req.query('q') ?? '').trim().slice(0, 64);
    if (!query) return page(c, EmbedPage({ page: ctx, lookup: null, reports: [] }));
    const notice = reportNotice(ctx.t, c.req.query('msg'));
    return renderEmbed(c, ctx, query, { values: defaultFormValues(c.var.deps.clock()), notice }, 200);
  });

  web.post('/embed/report', async (c) => {
    const ctx = pageContext(c);
    const number = (c.req.query('number') ?? '').trim().slice(0, 64);
    const outcome = await submitReportForm(c, number, ctx.t, { embedded: true });
    if (wantsJson(c)) return jsonOutcome(c, ctx, outcome);
    if (outcome.ok) return c.redirect(`${href(ctx, '/embed', { number, msg: outcome.status })}#report-form`, 303);
    return renderEmbed(c, ctx, number, { values: outcome.values, errors: outcome.errors }, outcome.httpStatus);
  });

  return web;
}

/** The number page with the state of its two forms (the report form, the dispute form). */
export async function renderNumberPage(
  c: Context<AppEnv>,
  ctx: PageContext,
  lookup: NumberLookup,
  form: ReportFormState,
  status: number,
  dispute: DisputeFormState = { values: emptyDisputeValues },
) {
  const reports = await recentReports(c, lookup, RECENT_REPORTS);
  ctx.csrfToken = await issueCsrfToken(c);
  return page(c, NumberPage({ page: ctx, lookup, reports, form, dispute }), status);
}

async function renderEmbed(c: Context<AppEnv>, ctx: PageContext, query: string, form: ReportFormState, status: number) {
  let lookup: NumberLookup;
  try {
    lookup = await readLookup(c, query);
  } catch (error) {
    const failed = lookupFailure(c, error);
    const searchError = failureMessage(ctx, failed, error);
    return page(c, EmbedPage({ page: ctx, lookup: null, reports: [], query, searchError }), failed);
  }
  const reports = await recentReports(c, lookup, 3);
  ctx.csrfToken = await issueCsrfToken(c);
  return page(c, EmbedPage({ page: ctx, lookup, reports, query, form }), status);
}

/** The lookup, or the page to answer with when there is none (invalid number, read limit, trouble). */
export async function lookupOrMessage(c: Context<AppEnv>, ctx: PageContext, input: string): Promise<NumberLookup | Response> {
  try {
    return await readLookup(c, input);
  } catch (error) {
    const failed = lookupFailure(c, error);
    if (failed === 400) return page(c, MessagePage({ page: ctx, title: ctx.t.invalidNumber, message: ctx.t.invalidNumber, query: input }), 400);
    return page(c, MessagePage({ page: ctx, title: ctx.t.siteName, message: failureMessage(ctx, failed, error), query: input }), failed);
  }
}

/** What a page says for a failed lookup; past the read limit it says when to try again. */
function failureMessage(ctx: PageContext, failed: 400 | 429 | 503, error: unknown): string {
  if (failed === 400) return ctx.t.invalidNumber;
  if (failed === 429) return ctx.t.lookupRateLimited((error instanceof ProblemError && error.headers['retry-after']) || '60');
  return ctx.t.lookupUnavailable;
}

/**
 * The status for a lookup that could not be answered: 400 for an invalid number; past the
 * read limit 429 with Retry-After, as the API answers; anything else is logged and is 503.
 */
function lookupFailure(c: Context<AppEnv>, error: unknown): 400 | 429 | 503 {
  if (error instanceof ProblemError && error.status === 400) return 400;
  if (error instanceof ProblemError && error.status === 429) {
    c.header('retry-after', error.headers['retry-after'] ?? '60');
    return 429;
  }
  if (!(error instanceof ProblemError)) c.var.deps.logger.error(`lookup failed on ${new URL(c.req.url).pathname}`, error);
  return 503;
}

/** The request's query parameters among `names` (repeated ones kept), as a query string. */
function carriedQuery(c: Context<AppEnv>, names: readonly string[]): string {
  const query = new URLSearchParams();
  const all = c.req.queries();
  for (const name of names) for (const value of all[name] ?? []) if (value) query.append(name, value);
  return query.toString();
}

function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}
