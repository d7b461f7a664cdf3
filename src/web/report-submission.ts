import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import type { ApiClient } from './api-client';
import { readSiteCookie, setSiteCookie, verifyCsrfToken } from './csrf';
import type { Strings } from './i18n';
import { formValuesFrom, reportBodyFrom, type FormFields, type ReportFormValues } from './report-form-data';

const REPORTER_COOKIE = 'cc_reporter';
const REPORTER_COOKIE_SECONDS = 365 * 24 * 3600;

export type SubmissionOutcome =
  | { ok: true; status: 'created' | 'updated' }
  | { ok: false; httpStatus: 400 | 403 | 409 | 413 | 429 | 500 | 503; errors: string[]; values: ReportFormValues };

/**
 * Submits the report form through `POST /v1/reports` in-process, so the form gets exactly
 * the API's validation, masking and rate limits. The reporter token lives in an HttpOnly
 * cookie: one browser is one reporter, and page scripts never see the token.
 */
export async function submitReportForm(
  c: Context<AppEnv>,
  api: ApiClient,
  number: string,
  t: Strings,
  { embedded }: { embedded: boolean },
): Promise<SubmissionOutcome> {
  let fields: FormFields;
  try {
    fields = (await c.req.parseBody({ all: true })) as FormFields;
  } catch {
    // A body that says it is a form but is not one (broken multipart, bad encoding).
    return { ok: false, httpStatus: 400, errors: [t.formUnreadable], values: formValuesFrom({}) };
  }
  const values = formValuesFrom(fields);
  const csrf = typeof fields.csrf === 'string' ? fields.csrf : undefined;
  if (!(await verifyCsrfToken(c, csrf, { allowWithoutCookie: embedded }))) {
    return { ok: false, httpStatus: 403, errors: [t.csrfFailed], values };
  }
  const token = readSiteCookie(c, REPORTER_COOKIE);
  const result = await api.postReport(reportBodyFrom(number, values), token && token.length >= 16 ? token : undefined);
  if (result.ok) {
    if (result.body.reporter_token) setSiteCookie(c, REPORTER_COOKIE, result.body.reporter_token, REPORTER_COOKIE_SECONDS);
    return { ok: true, status: result.body.status };
  }
  const { problem } = result;
  if (result.status === 429) {
    const retry = result.headers.get('retry-after') ?? '60';
    c.header('retry-after', retry);
    return { ok: false, httpStatus: 429, errors: [t.rateLimited(retry)], values };
  }
  const errors = problem.errors?.length ? problem.errors.map((e) => `${fieldLabel(t, e.path)}: ${e.message}`) : [problem.detail || problem.title];
  const httpStatus = ([400, 403, 409, 413] as const).find((s) => s === result.status) ?? (result.status >= 500 ? 503 : 400);
  return { ok: false, httpStatus, errors, values };
}

/** Names the form field an API validation error points at, in the page's language. */
function fieldLabel(t: Strings, path: string): string {
  const field = path.split('.')[0] ?? path;
  const labels: Record<string, string> = {
    called_at: t.calledAt,
    claimed_agency: t.claimedAgency,
    tags: t.conduct,
    debt_with_claimed_agency: t.debtWith,
    hotline_check: t.hotlineCheck,
    identification: t.identification,
    payment_requested: t.payment,
    comment: t.comment,
  };
  return labels[field] ?? path;
}
