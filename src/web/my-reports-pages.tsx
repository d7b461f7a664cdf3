import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../deps';
import { apiClient, type ApiClient, type ApiFetch } from './api-client';
import type { OwnReport } from './api-types';
import type { FormError } from './components/form-errors';
import { issueCsrfToken, readSiteCookie, verifyCsrfToken } from './csrf';
import { href, pageContext, type PageContext } from './page-context';
import { pageHeaders } from './page-headers';
import { EditReportPage } from './pages/edit-report';
import { MessagePage } from './pages/message';
import { MyReportsPage } from './pages/my-reports';
import { DEFAULT_OFFSET, localDateTime, type ReportFormValues } from './report-form-data';
import { REPORTER_COOKIE, submitReportForm } from './report-submission';
import { page } from './respond';
import { myReportsText } from './text/my-reports';

const NOTICES = ['retracted', 'updated', 'created', 'gone'] as const;

/**
 * "My reports": the reports of this browser's reporter cookie, read and changed through the
 * same API as everyone's (`/v1/reporter/reports`, `POST /v1/reports`, `DELETE /v1/reports/{id}`).
 */
export function myReportPages(fetchApi: ApiFetch) {
  const web = new Hono<AppEnv>();
  for (const path of ['/my/reports', '/my/reports/:id/edit', '/my/reports/:id/retract']) web.use(path, pageHeaders);
  for (const path of ['/my/reports/:id/edit', '/my/reports/:id/retract']) web.use(path, csrf());

  web.get('/my/reports', async (c) => {
    const ctx = pageContext(c);
    const text = myReportsText(ctx.lang);
    const msg = NOTICES.find((n) => n === c.req.query('msg'));
    const notice = msg ? { ok: msg !== 'gone', text: text[msg] } : undefined;
    const token = reporterToken(c);
    ctx.csrfToken = await issueCsrfToken(c);
    if (!token) return page(c, MyReportsPage({ page: ctx, reports: [], nextCursor: null, notice }));
    const mine = await apiClient(c, fetchApi).myReports(token, c.req.query('cursor')?.slice(0, 500));
    if (!mine.ok) return page(c, MessagePage({ page: ctx, title: text.title, message: text.unavailable }), mine.status === 400 ? 400 : 503);
    return page(c, MyReportsPage({ page: ctx, reports: mine.body.items, nextCursor: mine.body.next_cursor, notice }));
  });

  web.get('/my/reports/:id/edit', async (c) => {
    const ctx = pageContext(c);
    const found = await ownReportOr(c, ctx, apiClient(c, fetchApi));
    if (found instanceof Response) return found;
    ctx.csrfToken = await issueCsrfToken(c);
    return page(c, EditReportPage({ page: ctx, report: found, values: formValuesOf(found) }));
  });

  web.post('/my/reports/:id/edit', async (c) => {
    const ctx = pageContext(c);
    const api = apiClient(c, fetchApi);
    const found = await ownReportOr(c, ctx, api);
    if (found instanceof Response) return found;
    // Past the window, a POST would file a second report instead of changing this one.
    if (!found.editable_until) return renderEdit(c, ctx, found, formValuesOf(found), [], 409);
    const number = found.number.e164 ?? found.number.key.replace(/^[A-Z]{2}:/, '');
    const outcome = await submitReportForm(c, api, number, ctx.t, { embedded: false });
    if (outcome.ok) return c.redirect(href(ctx, '/my/reports', { msg: outcome.status }), 303);
    return renderEdit(c, ctx, found, outcome.values, outcome.errors, outcome.httpStatus);
  });

  web.post('/my/reports/:id/retract', async (c) => {
    const ctx = pageContext(c);
    const fields = await c.req.parseBody();
    const token = reporterToken(c);
    if (!(await verifyCsrfToken(c, typeof fields.csrf === 'string' ? fields.csrf : undefined)) || !token) {
      return page(c, MessagePage({ page: ctx, title: myReportsText(ctx.lang).title, message: ctx.t.csrfFailed }), 403);
    }
    const result = await apiClient(c, fetchApi).retractReport(c.req.param('id'), token);
    if (result.ok) return c.redirect(href(ctx, '/my/reports', { msg: 'retracted' }), 303);
    if (result.status === 404 || result.status === 403) return c.redirect(href(ctx, '/my/reports', { msg: 'gone' }), 303);
    const text = myReportsText(ctx.lang);
    return page(c, MessagePage({ page: ctx, title: text.title, message: text.failed + (result.problem.detail || result.problem.title) }), 503);
  });

  return web;
}

function reporterToken(c: Context<AppEnv>): string | undefined {
  const token = readSiteCookie(c, REPORTER_COOKIE);
  return token && token.length >= 16 ? token : undefined;
}

/** The reader's own report named in the path, or the page saying it is not there. */
async function ownReportOr(c: Context<AppEnv>, ctx: PageContext, api: ApiClient): Promise<OwnReport | Response> {
  const token = reporterToken(c);
  const found = token ? await api.myReport(c.req.param('id') ?? '', token) : null;
  if (found?.ok) return found.body;
  return c.redirect(href(ctx, '/my/reports', { msg: 'gone' }), 303);
}

async function renderEdit(c: Context<AppEnv>, ctx: PageContext, report: OwnReport, values: ReportFormValues, errors: FormError[], status: number) {
  ctx.csrfToken = await issueCsrfToken(c);
  return page(c, EditReportPage({ page: ctx, report, values, errors }), status);
}

/** The form filled in with what was sent; the call time in China time, as the form shows it. */
function formValuesOf(report: OwnReport): ReportFormValues {
  return {
    called_at: localDateTime(Date.parse(report.called_at), DEFAULT_OFFSET),
    tz_offset: DEFAULT_OFFSET,
    claimed_agency: report.claimed_agency?.name ?? '',
    tags: report.tags.map((t) => t.tag),
    debt_with_claimed_agency: report.debt_with_claimed_agency,
    hotline_check: report.hotline_check,
    payment_requested: report.payment_requested,
    employee_id_given: report.identification.employee_id_given,
    company_name_given: report.identification.company_name_given,
    authorization_letter_given: report.identification.authorization_letter_given,
    comment: report.comment ?? '',
  };
}
