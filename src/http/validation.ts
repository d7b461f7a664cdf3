import type { Hook } from '@hono/zod-openapi';
import type { Lang } from './lang';
import type { FieldError } from './problem';
import { localize, validationProblem } from './problem';
import { issueText, type ZodIssueLike } from './validation-messages';

/**
 * Turns zod issues into RFC 9457 `errors[]` with messages in both languages. Unknown fields
 * get one entry each, so a client sees which field to drop.
 *
 * @example
 * localizedFieldErrors([{ code: 'unrecognized_keys', path: [], keys: ['x'], message: '' }])
 * // [{ path: 'x', message: { 'zh-CN': '未知字段。', en: 'Unknown field.' } }]
 */
export function localizedFieldErrors(issues: readonly ZodIssueLike[], prefix: PropertyKey[] = []): FieldError[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const message = issueText(issue);
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({ path: joinPath([...path, key]), message }));
    }
    return [{ path: joinPath(path), message }];
  });
}

/**
 * The same in one language (English by default), for summaries that are not problems.
 *
 * @example
 * fieldErrors([{ code: 'unrecognized_keys', path: [], keys: ['x'], message: '' }])
 * // [{ path: 'x', message: 'Unknown field.' }]
 */
export function fieldErrors(issues: readonly ZodIssueLike[], prefix: PropertyKey[] = [], lang: Lang = 'en'): { path: string; message: string }[] {
  return localizedFieldErrors(issues, prefix).map((e) => ({ path: e.path, message: localize(lang, e.message) }));
}

function joinPath(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The hook every router uses: a failed zod-openapi validation becomes a problem, never a 500. */
export const validationHook: Hook<unknown, any, any, any> = (result) => {
  if (!result.success) {
    const issues = (result.error as { issues: ZodIssueLike[] }).issues;
    const target = (result as { target?: string }).target;
    // Query, path and header parameters are named as such, so "region" in the query is not mistaken for a body field.
    const prefix = target === 'query' ? ['query'] : target === 'param' ? ['path'] : target === 'header' ? ['header'] : [];
    throw validationProblem(localizedFieldErrors(issues, prefix));
  }
};
