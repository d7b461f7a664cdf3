import type { Hook } from '@hono/zod-openapi';
import type { FieldError } from './problem';
import { validationProblem } from './problem';

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

/**
 * Turns zod issues into RFC 9457 `errors[]`. Unknown fields get one entry each, so a client
 * sees which field to drop.
 *
 * @example
 * fieldErrors([{ code: 'unrecognized_keys', path: [], keys: ['x'], message: '' }])
 * // [{ path: 'x', message: 'Unknown field.' }]
 */
export function fieldErrors(issues: readonly ZodIssueLike[], prefix: PropertyKey[] = []): FieldError[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({ path: joinPath([...path, key]), message: 'Unknown field.' }));
    }
    return [{ path: joinPath(path), message: issue.message }];
  });
}

function joinPath(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The hook every router uses: a failed zod-openapi validation becomes a problem, never a 500. */
export const validationHook: Hook<unknown, any, any, any> = (result) => {
  if (!result.success) {
    const issues = (result.error as { issues: ZodIssueLike[] }).issues;
    const target = (result as { target?: string }).target;
    // Query and path parameters are named as such, so "region" in the query is not mistaken for a body field.
    const prefix = target === 'query' ? ['query'] : target === 'param' ? ['path'] : [];
    throw validationProblem(fieldErrors(issues, prefix));
  }
};
