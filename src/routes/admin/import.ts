import { z } from '@hono/zod-openapi';
import { auditedImport, MAX_LISTED_ERRORS } from '../../services/import';
import { ndjsonLines } from '../../services/ndjson-lines';
import { ImportLineSchema, parseImportLine } from './import-line';
import { ProblemError, text } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { adminActor } from '../../security/admin-auth';
import { adminRoute } from './openapi';

/**
 * A Worker may run about 1000 D1 queries per request. An import batch costs a fixed handful
 * of set statements whatever its size (services/import.ts), so one request takes this many
 * lines as one batch; later lines are rejected with a reason saying so.
 */
export const D1_LINES_PER_REQUEST = 1000;

const NDJSON_TYPES = new Set(['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines']);

const ImportSummarySchema = z
  .object({
    lines: z.number().int().openapi({ description: 'Non-blank lines read.' }),
    inserted: z.number().int(),
    updated: z.number().int().openapi({ description: 'Lines that updated the same reporter’s report on the same number from the 24 hours before, as live reports do.' }),
    skipped: z.number().int().openapi({ description: 'Lines whose external_id was already imported.' }),
    rejected: z.number().int(),
    errors: z.array(z.object({ line: z.number().int(), reason: z.string() })).openapi({ description: `Why lines were rejected (the first ${MAX_LISTED_ERRORS}).` }),
    errors_truncated: z.boolean(),
  })
  .openapi('ImportSummary');

const importRoute = adminRoute({
  method: 'post',
  path: '/v1/admin/import',
  summary: 'Bulk import of reports as NDJSON, streamed and idempotent by external_id (audited)',
  description:
    'One report per line (the fields of POST /v1/reports plus external_id, reporter, reported_at and optionally ip_prefix); ' +
    'called_at and reported_at may be up to 5 years old. Lines are written in file order through the same validation and ' +
    'scoring as live reports, so put them in the order they were reported. A bad line is counted and listed, never fatal. ' +
    `On Workers + D1 one request imports at most ${D1_LINES_PER_REQUEST} lines (a request may run about 1000 D1 queries); ` +
    `later lines are rejected with a reason, and \`npm run import -- FILE --url URL --batch-lines ${D1_LINES_PER_REQUEST}\` sends batches that fit.`,
  request: { body: { required: true, content: { 'application/x-ndjson': { schema: ImportLineSchema } } } },
  responses: {
    200: { description: 'What happened to each line', content: { 'application/json': { schema: ImportSummarySchema } } },
    415: problemResponseSpec('The body is not application/x-ndjson'),
  },
});

export const importRoutes = createRouter().openapi(importRoute, async (c) => {
  const { database, hasher, clock, config, logger } = c.var.deps;
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!NDJSON_TYPES.has(mediaType)) {
    throw new ProblemError(415, 'unsupported-media-type', text(`请以 application/x-ndjson 发送导入行（收到的是${mediaType ? ` "${mediaType}"` : '无内容类型'}）。`, `Send the lines as application/x-ndjson (got "${mediaType || 'no content type'}").`), {}, {
      accept: 'application/x-ndjson',
    });
  }
  const body = c.req.raw.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  const summary = await auditedImport(
    { database, reference: c.var.reference, hasher, clock, halfLifeDays: config.scoreHalfLifeDays, logger, parseLine: parseImportLine },
    { actor: await adminActor(c), origin: 'api' },
    ndjsonLines(body),
    database.runtime === 'd1'
      ? {
          maxLines: D1_LINES_PER_REQUEST,
          batchLines: D1_LINES_PER_REQUEST,
          overLimitReason: `Not imported: on Workers + D1 one request imports at most ${D1_LINES_PER_REQUEST} lines; send this line again in another request (npm run import -- FILE --url URL --batch-lines ${D1_LINES_PER_REQUEST}).`,
        }
      : {},
  );
  return c.json(summary, 200);
});
