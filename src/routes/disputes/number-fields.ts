import { z } from '@hono/zod-openapi';
import { normalizePhone, type NormalizedNumber } from '../../domain/phone';
import type { Lang } from '../../http/lang';
import { ProblemError } from '../../http/problem';

export const NumberField = z.string().min(1).max(64).openapi({ description: 'As people paste it (SPEC §3).', example: '+86 138 0013 8000' });
export const RegionField = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'An ISO 3166-1 alpha-2 region code, e.g. CN.')
  .optional()
  .openapi({ description: 'Region the number is dialled from; defaults to CN.', example: 'CN' });

/**
 * Reads a number from a request or answers 400 `invalid-number` naming the field.
 *
 * @example
 * const number = readNumber(body.number, body.region, c.var.lang, 'number');
 */
export function readNumber(input: string, region: string | undefined, lang: Lang, path = 'number'): NormalizedNumber {
  const result = normalizePhone(input, { region: region ?? 'CN', lang });
  if (!result.ok) {
    throw new ProblemError(400, 'invalid-number', result.message, { errors: [{ path, message: result.message }] });
  }
  return result.number;
}
