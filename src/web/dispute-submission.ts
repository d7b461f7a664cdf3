import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import type { ApiClient } from './api-client';
import { formFieldOf, type FormError } from './components/form-errors';
import { verifyCsrfToken } from './csrf';
import type { Strings } from './i18n';
import type { FormFields } from './report-form-data';
import { disputeText } from './text/disputes';

/** What the dispute form shows: defaults, or what was typed before a failed submit. */
export interface DisputeFormValues {
  relation: string;
  statement: string;
  contact: string;
}

export const DISPUTE_FIELDS = ['relation', 'statement', 'contact'] as const;

export const emptyDisputeValues: DisputeFormValues = { relation: '', statement: '', contact: '' };

export type DisputeOutcome =
  | { ok: true; id: string }
  | { ok: false; httpStatus: 400 | 403 | 429 | 503; errors: FormError[]; values: DisputeFormValues };

/**
 * Files the dispute form through `POST /v1/disputes` in-process: the API validates, rate-limits
 * and stores the contact only masked and hashed; its messages come back placed at the fields.
 */
export async function submitDisputeForm(c: Context<AppEnv>, api: ApiClient, number: string, t: Strings): Promise<DisputeOutcome> {
  const fields = (await c.req.parseBody()) as FormFields;
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : '');
  const values: DisputeFormValues = {
    relation: text('relation').slice(0, 32),
    statement: text('statement').slice(0, 4000),
    contact: text('contact').slice(0, 400),
  };
  if (!(await verifyCsrfToken(c, text('csrf') || undefined))) {
    return { ok: false, httpStatus: 403, errors: [{ field: null, message: t.csrfFailed }], values };
  }
  const body: Record<string, unknown> = { number, region: 'CN', relation: values.relation, statement: values.statement };
  if (values.contact.trim()) body.contact = values.contact;
  const result = await api.postDispute(body);
  if (result.ok) return { ok: true, id: result.body.id };
  if (result.status === 429) {
    const retry = result.headers.get('retry-after') ?? '60';
    c.header('retry-after', retry);
    return { ok: false, httpStatus: 429, errors: [{ field: null, message: disputeText(c.var.lang).rateLimited(retry) }], values };
  }
  const { problem } = result;
  const errors: FormError[] = problem.errors?.length
    ? problem.errors.map((e) => ({ field: formFieldOf(e.path, DISPUTE_FIELDS), message: e.message }))
    : [{ field: null, message: problem.detail || problem.title }];
  return { ok: false, httpStatus: result.status === 400 ? 400 : 503, errors, values };
}
