import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { localize, ProblemError, text } from '../http/problem';
import { formFieldOf, type FormError } from './components/form-errors';

/** What a form shows when a write service refused its submission. */
export interface FormProblem {
  status: number;
  errors: FormError[];
  /** Seconds from the problem's Retry-After, when it was a rate limit. */
  retryAfter: string | null;
}

const internalError = text('服务器出了问题，请求没有完成。', 'Something went wrong on our side. The request was not completed.');

/**
 * The problem a form submission threw, in the page's language, each field message placed at
 * the form field it names. Anything but a problem is logged and shown as our own failure (503),
 * so the person keeps what they typed.
 *
 * @example
 * const problem = formProblem(c, error, ['relation', 'statement', 'contact']);
 */
export function formProblem(c: Context<AppEnv>, error: unknown, fields: readonly string[]): FormProblem {
  const lang = c.var.lang;
  if (!(error instanceof ProblemError)) {
    c.var.deps.logger.error(`form submission failed on ${c.req.method} ${new URL(c.req.url).pathname}`, error);
    return { status: 503, errors: [{ field: null, message: localize(lang, internalError) }], retryAfter: null };
  }
  const fieldErrors = error.extensions.errors ?? [];
  const errors: FormError[] = fieldErrors.length
    ? fieldErrors.map((e) => ({ field: formFieldOf(e.path, fields), message: localize(lang, e.message) }))
    : [{ field: null, message: localize(lang, error.detail) }];
  return { status: error.status, errors, retryAfter: error.headers['retry-after'] ?? null };
}
