import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../deps';
import { decodeReportCursor, encodeReportCursor } from '../http/cursor';
import { ProblemError } from '../http/problem';
import { reporterIdentity } from '../http/reporter-identity';
import { retractReport } from '../routes/reports/intake';
import { findOwnReport, ownReports, type OwnReport } from '../services/report-views';
import type { FormError } from './components/form-errors';
import { issueCsrfToken, verifyCsrfToken } from './csrf';
import { href, pageContext, type PageContext } from './page-context';
import { pageHeaders } from './page-headers';
import { EditReportPage } from './pages/edit-report';
import { MessagePage } from './pages/message';
import { MyReportsPage } from './pages/my-reports';
import { ComplaintsPage } from './pages/complaints';
import { ownReportComplaints } from '../services/complaints';
import { DEFAULT_OFFSET, localDateTime, type ReportFormValues } from './report-form-data';
import { reporterCookie, submitReportForm } from './report-submission';
import { formProblem } from './form-problems';
import { page } from './respond';
import { myReportsText } from './text/my-reports';

const NOTICES = ['retracted', 'updated', 'created', 'gone'] as const;

/**
 * "My reports": the reports of this browser's reporter cookie, read and changed through the
 * same services and intake as the API's (`/v1/reporter/reports`, `POST /v1/reports`,
 * `DELETE /v1/reports/{id}`).
 */
export function myReportPages() {
  const web = new Hono<AppEnv>();
  for (const path of ['/my/reports', '/my/reports/:id/edit', '/my/reports/:id/retract', '/my/reports/:id/complaint']) web.use(path, pageHeaders);
  for (const path of ['/my/reports/:id/edit', '/my/reports/:id/retract']) web.use(path, csrf());

  web.get('/my/reports', async (c) => {
    const ctx = pageContext(c);
    const text = myReportsText(ctx.lang);
    const msg = NOTICES.find((n) => n === c.req.query('msg'));
    const notice = msg ? { ok: msg !== 'gone', text: text[msg] } : undefined;
    const token = reporterCookie(c);
    ctx.csrfToken = await issueCsrfToken(c);
    if (!token) return page(c, MyReportsPage({ page: ctx, reports: [], nextCursor: null, notice }));
    try {
      const { reporterHash } = await reporterIdentity(c, token, false);
      const after = decodeReportCursor(c.req.query('cursor')?.slice(0, 500));
      const mine = await ownReports(c.var.deps.database, reporterHash, after, 20, ctx.lang, c.var.deps.clock());
      return page(c, MyReportsPage({ page: ctx, reports: mine.items, nextCursor: encodeReportCursor(mine.next), notice }));
    } catch (error) {
      const invalid = error instanceof ProblemError && error.status === 400;
      if (!invalid) c.var.deps.logger.error('my reports failed', error);
      return page(c, MessagePage({ page: ctx, title: text.title, message: text.unavailable }), invalid ? 400 : 503);
    }
  });

  web.get('/my/reports/:id/edit', async (c) => {
    const ctx = pageContext(c);
    const found = await ownReportOr(c, ctx);
    if (found instanceof Response) return found;
    ctx.csrfToken = await issueCsrfToken(c);
    return page(c, EditReportPage({ page: ctx, report: found, values: formValuesOf(found) }));
  });

  web.post('/my/reports/:id/edit', async (c) => {
    const ctx = pageContext(c);
    const found = await ownReportOr(c, ctx);
    if (found instanceof Response) return found;
    // Past the window, a POST would file a second report instead of changing this one.
    if (!found.editable_until) return renderEdit(c, ctx, found, formValuesOf(found), [], 409);
    const number = found.number.e164 ?? found.number.key.replace(/^[A-Z]{2}:/, '');
    const outcome = await submitReportForm(c, number, ctx.t, { embedded: false });
    if (outcome.ok) return c.redirect(href(ctx, '/my/reports', { msg: outcome.status }), 303);
    return renderEdit(c, ctx, found, outcome.values, outcome.errors, outcome.httpStatus);
  });

  // Complaint texts for one's own report: the same service as GET /v1/reports/{id}/complaint.
  web.get('/my/reports/:id/complaint', async (c) => {
    const ctx = pageContext(c);
    const token = reporterCookie(c);
    if (token) {
      const { reporterHash } = await reporterIdentity(c, token, false);
      const { deps } = c.var;
      const id = (c.req.param('id') ?? '').slice(0, 64);
      const complaints = await ownReportComplaints({ database: deps.database, reference: c.var.reference, now: deps.clock() }, reporterHash, id, ctx.lang);
      if (complaints) return page(c, ComplaintsPage({ page: ctx, complaints }));
    }
    return c.redirect(href(ctx, '/my/reports', { msg: 'gone' }), 303);
  });

  web.post('/my/reports/:id/retract', async (c) => {
    const ctx = pageContext(c);
    const fields = await c.req.parseBody();
    const token = reporterCookie(c);
    if (!(await verifyCsrfToken(c, typeof fields.csrf === 'string' ? fields.csrf : undefined)) || !token) {
      return page(c, MessagePage({ page: ctx, title: myReportsText(ctx.lang).title, message: ctx.t.csrfFailed }), 403);
    }
    try {
      await retractReport(c, c.req.param('id'), token);
      return c.redirect(href(ctx, '/my/reports', { msg: 'retracted' }), 303);
    } catch (error) {
      if (error instanceof ProblemError && (error.status === 404 || error.status === 403)) return c.redirect(href(ctx, '/my/reports', { msg: 'gone' }), 303);
      const problem = formProblem(c, error, []);
      if (problem.retryAfter) c.header('retry-after', problem.retryAfter);
      const text = myReportsText(ctx.lang);
      return page(c, MessagePage({ page: ctx, title: text.title, message: text.failed + problem.errors.map((e) => e.message).join(' ') }), problem.status === 429 ? 429 : 503);
    }
  });

  return web;
}

/** The reader's own report named in the path, or the page saying it is not there. */
async function ownReportOr(c: Context<AppEnv>, ctx: PageContext): Promise<OwnReport | Response> {
  const token = reporterCookie(c);
  if (token) {
    const { reporterHash } = await reporterIdentity(c, token, false);
    const found = await findOwnReport(c.var.deps.database, reporterHash, (c.req.param('id') ?? '').slice(0, 64), ctx.lang, c.var.deps.clock());
    if (found) return found;
  }
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
    caller_company: report.caller_company ?? '',
    calls_today: report.calls_today === null ? '' : String(report.calls_today),
    calls_last_7_days: report.calls_last_7_days === null ? '' : String(report.calls_last_7_days),
    overdue_stage: report.overdue_stage ?? '',
    contacted: report.contacted ?? '',
    threatened: report.threatened,
  };
}
