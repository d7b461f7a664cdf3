import { createRoute, z } from '@hono/zod-openapi';
import { statsRepository } from '../../db/stats-repository';
import { BLOCKLIST_PROFILE_IDS, blocklistProfile } from '../../domain/blocklists';
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { schemaMessage } from '../../http/validation-messages';
import { DATA_LICENCE } from '../../services/blocklists';
import { exportedChanges, exportedNumbers } from './number-lines';

const RFC3339 = z.iso.datetime({ offset: true });
/** A time whose offset's '+' became a space in URL decoding (`…T13:49:00 00:00`, unencoded `date -Iseconds`): unambiguous, so the '+' is put back. */
const restorePlus = (value: string) => value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$/, '$1+$2');

const bucket = z.string().openapi({ description: 'A report count bucket: 1, 2-4, 5-9, 10-19, 20-49 or 50+ (0 when none).', example: '5-9' });

const ExportedNumberSchema = z
  .object({
    key: z.string(),
    e164: z.string().nullable(),
    region: z.string(),
    type: z.string(),
    verdict: z.string().nullable(),
    scam_probability: z.number().nullable(),
    abuse_level: z.string().nullable(),
    top_tags: z.array(z.object({ tag: z.string(), count: bucket })),
    top_claimed_agency: z
      .object({
        agency_id: z.string().nullable().openapi({ description: 'The registered agency the claim resolves to, or null.' }),
        name: z.string().openapi({
          description: "The agency's registered name in Chinese (zh-CN, as a lookup shows it) when agency_id is set; otherwise the name as callers gave it.",
          example: '支付宝（蚂蚁集团：花呗、借呗）',
        }),
        name_en: z.string().nullable().openapi({ description: "The registered agency's English name; null when the claim resolves to no registered agency.", example: 'Alipay (Ant Group: Huabei, Jiebei)' }),
        reports: bucket,
      })
      .nullable()
      .openapi({ description: 'The agency callers most often claimed to call for.' }),
    reports: z.object({ total: bucket, reporters: bucket, first_at: z.string().nullable(), last_at: z.string().nullable() }),
    recycled_at: z.string().nullable(),
    updated_at: z.string(),
    violations: z
      .record(z.string(), bucket)
      .openapi({ description: 'Conduct rule id → visible reports saying it was broken, bucketed like the other counts; each rule\'s source is in a lookup\'s violations.' }),
  })
  .openapi('ExportedNumber', { description: 'One line of numbers.ndjson.' });

const RemovedNumberSchema = z
  .object({ key: z.string(), removed: z.literal(true) })
  .openapi('RemovedNumber', { description: 'A line of an incremental export (?since=): the number left the export, or the profile, since then.' });

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/export/numbers.ndjson',
  tags: ['reference'],
  summary: 'Per-number aggregates as NDJSON, streamed (no personal data)',
  description:
    'One JSON object per line, one line per reported number. No reporter identities, IP data or comments; report counts are buckets, not exact. ' +
    'With since=, only the numbers whose verdict, tenth of scam probability or abuse level changed after that time, and a {key, removed: true} line for each that left the export ' +
    '(or the profile) since: pass X-Next-Since of one answer as since= of the next. With profile=, only that blocklist profile\'s numbers. ' +
    `The data is under the ${DATA_LICENCE.name} (Link header, rel="license"). Send If-None-Match with the last ETag to get 304 when nothing changed.`,
  request: {
    query: z.object({
      since: z
        .string()
        .max(64)
        .refine((value) => RFC3339.safeParse(restorePlus(value)).success, {
          message: schemaMessage(
            '请使用 RFC 3339 时间，例如 2026-06-01T00:00:00Z 或 2026-06-01T08:00:00+08:00；时区偏移里的“+”要按 URL 编码写成 %2B。',
            'Use an RFC 3339 time such as 2026-06-01T00:00:00Z or 2026-06-01T08:00:00+08:00; URL-encode the offset\'s "+" as %2B.',
          ),
        })
        .optional()
        .openapi({
          format: 'date-time',
          description: "RFC 3339 time: only what changed after it. URL-encode a '+' in the offset as %2B (a space where the offset's '+' belongs is read as '+').",
          example: '2026-06-01T00:00:00Z',
        }),
      profile: z.enum(BLOCKLIST_PROFILE_IDS).optional().openapi({ description: 'Only the numbers of this blocklist profile (GET /v1/blocklists).', example: 'scam' }),
    }),
  },
  responses: {
    200: {
      description: 'NDJSON, one ExportedNumber (or, with since=, RemovedNumber) per line',
      content: { 'application/x-ndjson': { schema: z.union([ExportedNumberSchema, RemovedNumberSchema]) } },
    },
    304: { description: 'Unchanged since the ETag sent in If-None-Match' },
    400: problemResponseSpec('Bad since or profile'),
  },
});

export const exportRoutes = createRouter().openapi(exportRoute, async (c) => {
  const { database, clock } = c.var.deps;
  const { since, profile: profileId } = c.req.valid('query');
  const sinceMs = since === undefined ? null : Date.parse(restorePlus(since));
  const profile = profileId ? (blocklistProfile(profileId) ?? undefined) : undefined;
  const generatedAt = clock();
  const version = await statsRepository(database.db).exportVersion();
  // A validator from the aggregates themselves, so a 304 costs one read and no streaming.
  const scope = `${sinceMs ?? ''}-${profileId ?? ''}`;
  const etag = `W/"numbers-${version.numbers}-${version.lastUpdatedAt ?? 0}-${version.lastScoredAt ?? 0}${scope === '-' ? '' : `-${scope}`}"`;
  const headers = {
    etag,
    'cache-control': 'public, max-age=300',
    link: `<${DATA_LICENCE.url}>; rel="license"`,
    'x-generated-at': new Date(generatedAt).toISOString(),
    'x-next-since': new Date(generatedAt).toISOString(),
  };
  const ifNoneMatch = c.req.header('if-none-match') ?? '';
  if (ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === etag.slice(2) || tag.trim() === '*')) {
    return c.body(null, 304, headers);
  }
  const reference = await c.var.reference.current(generatedAt);
  const agencies = (id: string) => reference.agency(id);
  const lines = sinceMs === null ? exportedNumbers(database.db, undefined, profile, agencies) : exportedChanges(database, sinceMs, profile, agencies);
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
    ...headers,
    'content-type': 'application/x-ndjson; charset=utf-8',
    'content-disposition': 'inline; filename="numbers.ndjson"',
  }) as never;
});
