import { normalizePhone, type NormalizedNumber } from '../domain/phone';
import type { Lang } from './lang';
import { ProblemError } from './problem';

const RECENT_LIMIT = 10_000;
const recent = new Map<string, ReturnType<typeof normalizePhone>>();

/**
 * Normalizes what a person pasted, or answers 400 `invalid-number` saying what was wrong.
 *
 * @example
 * parseNumberOrThrow('138-0013-8000', 'CN', 'en', 'number').key // '+8613800138000'
 */
export function parseNumberOrThrow(input: string, region: string | undefined, lang: Lang, path: string): NormalizedNumber {
  const key = `${region ?? 'CN'}|${lang}|${input}`;
  let result = recent.get(key);
  if (!result) {
    result = normalizePhone(input, { region: region ?? 'CN', lang });
    // People look up the same few numbers while they ring: parsing is a large share of a lookup.
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    recent.set(key, result);
  }
  if (result.ok) return result.number;
  throw new ProblemError(400, 'invalid-number', result.messages, {
    reason: result.reason,
    errors: [{ path, message: result.messages }],
  });
}
