/**
 * The wire format of one bulk-import line (docs/api.md): a report's fields plus
 * `external_id`, `reporter`, `reported_at` and optionally `ip_prefix`. Shared by
 * `POST /v1/admin/import` and `npm run import`, which hand it to the import service.
 */
import { z } from '@hono/zod-openapi';
import { fieldErrors } from '../../http/validation';
import type { ParsedImportLine } from '../../services/import';
import { reportFields } from '../reports/schemas';
import { reportAnswersFromBody } from '../reports/submission';

export const ImportLineSchema = z
  .strictObject({
    ...reportFields,
    external_id: z.string().trim().min(1).max(200).openapi({ description: 'Idempotency key: a line whose external_id was imported before is skipped.' }),
    reporter: z.string().min(1).max(200).openapi({ description: 'Opaque source-side reporter id; stored only as a keyed hash.' }),
    reported_at: z.iso.datetime({ offset: true, message: 'Use RFC 3339 with an offset.' }),
    ip_prefix: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: 'The reporter’s IP address or prefix (e.g. 203.0.113.0/24); stored only as a keyed hash of its /24 or /48.' }),
  })
  .openapi('ImportLine');
export type ImportLine = z.infer<typeof ImportLineSchema>;

/**
 * Checks a parsed JSON value against the line schema.
 *
 * @example
 * parseImportLine(JSON.parse(text)) // { ok: true, line: {...} } or { ok: false, externalId, reason }
 */
export function parseImportLine(value: unknown): ParsedImportLine {
  const result = ImportLineSchema.safeParse(value);
  if (result.success) {
    const body = result.data;
    return {
      ok: true,
      line: {
        externalId: body.external_id,
        reporter: body.reporter,
        reportedAt: body.reported_at,
        ipPrefix: body.ip_prefix ?? null,
        number: body.number,
        region: body.region ?? 'CN',
        calledAt: body.called_at,
        answers: reportAnswersFromBody(body),
      },
    };
  }
  const externalId = (value as { external_id?: unknown } | null)?.external_id;
  return {
    ok: false,
    externalId: typeof externalId === 'string' && externalId.trim() ? externalId.trim() : null,
    reason: fieldErrors(result.error.issues)
      .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
      .join('; '),
  };
}
