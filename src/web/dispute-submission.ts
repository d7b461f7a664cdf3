import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { disputeBodyOrThrow, receiveDispute } from '../routes/disputes/intake';
import type { FormError } from './components/form-errors';
import { verifyCsrfToken } from './csrf';
import { formProblem } from './form-problems';
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
 * Files the dispute form through the API's own intake (`routes/disputes/intake.ts`): the same
 * validation and rate limit, the contact stored only masked and hashed; its messages are
 * placed at the fields.
 */
export async function submitDisputeForm(c: Context<AppEnv>, number: string, t: Strings): Promise<DisputeOutcome> {
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
  try {
    const { id } = await receiveDispute(c, disputeBodyOrThrow(body));
    return { ok: true, id };
  } catch (error) {
    const problem = formProblem(c, error, DISPUTE_FIELDS);
    if (problem.status === 429) {
      const retry = problem.retryAfter ?? '60';
      c.header('retry-after', retry);
      return { ok: false, httpStatus: 429, errors: [{ field: null, message: disputeText(c.var.lang).rateLimited(retry) }], values };
    }
    return { ok: false, httpStatus: problem.status === 400 ? 400 : 503, errors: problem.errors, values };
  }
}
