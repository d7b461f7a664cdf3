import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { receiveReport, reportBodyOrThrow } from '../routes/reports/intake';
import type { FormError } from './components/form-errors';
import { readSiteCookie, setSiteCookie, verifyCsrfToken } from './csrf';
import { formProblem } from './form-problems';
import type { Strings } from './i18n';
import type { Lang } from '../http/lang';
import { formValuesFrom, reportBodyFrom, type FormFields, type ReportFormValues } from './report-form-data';
import type { PageContext } from './page-context';
import { circumstancesText } from './text/circumstances';
import { complaintsText } from './text/complaints';
import { href } from './page-context';

export const REPORTER_COOKIE = 'cc_reporter';
const REPORTER_COOKIE_SECONDS = 365 * 24 * 3600;

export type SubmissionOutcome =
  | { ok: true; status: 'created' | 'updated'; id: string }
  | { ok: false; httpStatus: 400 | 403 | 409 | 413 | 429 | 500 | 503; errors: FormError[]; values: ReportFormValues };

/** The report form's own fields, which validation messages are placed next to. */
export const REPORT_FIELDS = [
  'called_at',
  'claimed_agency',
  'debt_with_claimed_agency',
  'hotline_check',
  'identification',
  'payment_requested',
  'tags',
  'comment',
  'caller_company',
  'calls_today',
  'calls_last_7_days',
  'overdue_stage',
  'contacted',
  'threatened',
] as const;

/** The reporter token of this browser, when its cookie holds one. */
export function reporterCookie(c: Context<AppEnv>): string | undefined {
  const token = readSiteCookie(c, REPORTER_COOKIE);
  return token && token.length >= 16 ? token : undefined;
}

/**
 * Submits the report form through the API's own intake (`routes/reports/intake.ts`), so the
 * form gets exactly the API's validation, masking and rate limits. The reporter token lives
 * in an HttpOnly cookie: one browser is one reporter, and page scripts never see the token.
 */
export async function submitReportForm(
  c: Context<AppEnv>,
  number: string,
  t: Strings,
  { embedded }: { embedded: boolean },
): Promise<SubmissionOutcome> {
  let fields: FormFields;
  try {
    fields = (await c.req.parseBody({ all: true })) as FormFields;
  } catch {
    // A body that says it is a form but is not one (broken multipart, bad encoding).
    return { ok: false, httpStatus: 400, errors: [{ field: null, message: t.formUnreadable }], values: formValuesFrom({}) };
  }
  const values = formValuesFrom(fields);
  const csrf = typeof fields.csrf === 'string' ? fields.csrf : undefined;
  if (!(await verifyCsrfToken(c, csrf, { allowWithoutCookie: embedded }))) {
    return { ok: false, httpStatus: 403, errors: [{ field: null, message: t.csrfFailed }], values };
  }
  try {
    const receipt = await receiveReport(c, reportBodyOrThrow(reportBodyFrom(number, values)), reporterCookie(c));
    if (receipt.reporter_token) setSiteCookie(c, REPORTER_COOKIE, receipt.reporter_token, REPORTER_COOKIE_SECONDS);
    return { ok: true, status: receipt.status, id: receipt.id };
  } catch (error) {
    const problem = formProblem(c, error, REPORT_FIELDS);
    if (problem.status === 429) {
      const retry = problem.retryAfter ?? '60';
      c.header('retry-after', retry);
      return { ok: false, httpStatus: 429, errors: [{ field: null, message: t.rateLimited(retry) }], values };
    }
    const httpStatus = ([400, 403, 409, 413] as const).find((s) => s === problem.status) ?? (problem.status >= 500 ? 503 : 400);
    return { ok: false, httpStatus, errors: problem.errors, values };
  }
}

/** The report form's field labels in the page's language, for the error summary. */
export function reportFieldLabels(t: Strings, lang: Lang): Record<string, string> {
  return {
    called_at: t.calledAt,
    claimed_agency: t.claimedAgency,
    tags: t.conduct,
    debt_with_claimed_agency: t.debtWith,
    hotline_check: t.hotlineCheck,
    identification: t.identification,
    payment_requested: t.payment,
    comment: t.comment,
    caller_company: t.callerCompany,
    ...circumstanceLabels(lang),
  };
}

function circumstanceLabels(lang: Lang): Record<string, string> {
  const c = circumstancesText(lang);
  return { calls_today: c.callsToday, calls_last_7_days: c.callsLast7Days, overdue_stage: c.overdueStage, contacted: c.contacted, threatened: c.threatened };
}

/** The notice after a report was stored (`?msg=` on the page the form redirects to). */
export function reportNotice(t: Strings, msg: string | undefined): string | undefined {
  return msg === 'created' ? t.reportCreated : msg === 'updated' ? t.reportUpdated : undefined;
}

/**
 * The answer to page.js's fetch submission: a message to show, and each error with the field
 * it belongs to, so the script can place it as the no-JS page does.
 */
export function jsonOutcome(c: Context<AppEnv>, ctx: PageContext, outcome: SubmissionOutcome) {
  c.header('cache-control', 'no-store');
  if (outcome.ok) {
    const complaint = complaintLink(ctx, outcome.id);
    return c.json({ ok: true, status: outcome.status, message: reportNotice(ctx.t, outcome.status), complaint_url: complaint.href, complaint_label: complaint.label }, 200);
  }
  const labels = reportFieldLabels(ctx.t, ctx.lang);
  const errors = outcome.errors.map((e) => ({ field: e.field, label: e.field ? labels[e.field] : null, message: e.message }));
  return c.json({ ok: false, errors, message: ctx.t.errorSummary, colon: ctx.t.colon }, outcome.httpStatus);
}

/**
 * The link a stored report's notice offers: its complaint texts on "my reports" (the page
 * checks the reporter cookie, so the id in the address shows nothing to anyone else).
 */
export function complaintLink(ctx: PageContext, reportId: string): { href: string; label: string } {
  return { href: href(ctx, `/my/reports/${encodeURIComponent(reportId)}/complaint`), label: complaintsText(ctx.lang).link };
}
