import { createRoute, z } from '@hono/zod-openapi';
import { statsRepository } from '../../db/stats-repository';
import { createRouter } from '../../http/router';
import { exportedNumbers } from './number-lines';

const ExportedNumberSchema = z
  .object({
    key: z.string(),
    e164: z.string().nullable(),
    region: z.string(),
    type: z.string(),
    verdict: z.string().nullable(),
    scam_probability: z.number().nullable(),
    abuse_level: z.string().nullable(),
    top_tags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
    top_claimed_agency: z.object({ agency_id: z.string().nullable(), name: z.string(), reports: z.number().int() }).nullable(),
    reports: z.object({ total: z.number().int(), reporters: z.number().int(), first_at: z.string().nullable(), last_at: z.string().nullable() }),
    recycled_at: z.string().nullable(),
    updated_at: z.string(),
    violations: z
      .record(z.string(), z.number().int())
      .openapi({ description: 'Conduct rule id → visible reports saying it was broken; each rule\'s source is in a lookup\'s violations.' }),
  })
  .openapi('ExportedNumber', { description: 'One line of numbers.ndjson.' });

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/export/numbers.ndjson',
  tags: ['reference'],
  summary: 'Per-number aggregates as NDJSON, streamed (no personal data)',
  description:
    'One JSON object per line, one line per reported number. No reporter identities, IP data or comments. ' +
    'Send If-None-Match with the last ETag to get 304 when nothing changed.',
  responses: {
    200: { description: 'NDJSON, one ExportedNumber per line', content: { 'application/x-ndjson': { schema: ExportedNumberSchema } } },
    304: { description: 'Unchanged since the ETag sent in If-None-Match' },
  },
});

export const exportRoutes = createRouter().openapi(exportRoute, async (c) => {
  const { db } = c.var.deps.database;
  const version = await statsRepository(db).exportVersion();
  // A validator from the aggregates themselves, so a 304 costs one read and no streaming.
  const etag = `W/"numbers-${version.numbers}-${version.lastUpdatedAt ?? 0}-${version.lastScoredAt ?? 0}"`;
  const ifNoneMatch = c.req.header('if-none-match') ?? '';
  if (ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === etag.slice(2) || tag.trim() === '*')) {
    return c.body(null, 304, { etag, 'cache-control': 'public, max-age=300' });
  }
  const lines = exportedNumbers(db);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return c.body(body, 200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    etag,
    'cache-control': 'public, max-age=300',
    'content-disposition': 'inline; filename="numbers.ndjson"',
  }) as never;
});
