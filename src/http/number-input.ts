import { normalizePhone, type NormalizedNumber } from '../domain/phone';
import type { Lang } from './lang';
import { ProblemError } from './problem';

/**
 * Normalizes what a person pasted, or answers 400 `invalid-number` saying what was wrong.
 *
 * @example
 * parseNumberOrThrow('138-0013-8000', 'CN', 'en', 'number').key // '+8613800138000'
 */
export function parseNumberOrThrow(input: string, region: string | undefined, lang: Lang, path: string): NormalizedNumber {
  const result = normalizePhone(input, { region: region ?? 'CN', lang });
  if (result.ok) return result.number;
  throw new ProblemError(400, 'invalid-number', result.messages, {
    reason: result.reason,
    errors: [{ path, message: result.messages }],
  });
}
