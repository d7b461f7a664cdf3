import { createRoute, z } from '@hono/zod-openapi';
import { statsRepository, type StatsSnapshot } from '../../db/stats-repository';
import { conductTags, tagInfo, type ConductTag } from '../../domain/conduct/tags';
import { LangQuery, localized, type Lang } from '../../http/lang';
import { createRouter } from '../../http/router';

/** How long a computed snapshot is served before the aggregates are read again. */
export const STATS_MAX_AGE_MS = 5 * 60_000;

const StatsSchema = z
  .object({
    generated_at: z.string().openapi({ format: 'date-time' }),
    week: z.object({ from: z.string(), to: z.string() }).openapi({ description: 'The last 7 UTC days, inclusive.' }),
    totals: z.object({
      numbers: z.number().int().openapi({ description: 'Numbers with at least one visible report.' }),
      reports: z.number().int().openapi({ description: 'Visible reports.' }),
      reporters: z.number().int(),
      official_numbers: z.number().int(),
      open_disputes: z.number().int(),
      verdicts: z.record(z.string(), z.number().int()).openapi({ description: 'Reported numbers per verdict at their last scoring.' }),
    }),
    trending: z.array(
      z.object({
        key: z.string(),
        e164: z.string().nullable(),
        type: z.string(),
        verdict: z.string().nullable(),
        scam_probability: z.number().nullable(),
        reports_this_week: z.number().int(),
        reports_previous_week: z.number().int(),
      }),
    ),
    top_tags: z.array(z.object({ tag: z.string(), label: z.string(), count: z.number().int() })),
    top_claimed_agencies: z.array(
      z.object({ agency_id: z.string().nullable(), name: z.string(), reports: z.number().int(), numbers: z.number().int() }),
    ),
  })
  .openapi('ServiceStats');

const statsRoute = createRoute({
  method: 'get',
  path: '/v1/stats',
  tags: ['reference'],
  summary: 'Totals, numbers trending this week, top conduct tags and top claimed agencies',
  description: `Computed from the aggregate tables at most every ${STATS_MAX_AGE_MS / 60_000} minutes and served from a snapshot in between.`,
  request: { query: z.object({ lang: LangQuery }) },
  responses: { 200: { description: 'Service statistics', content: { 'application/json': { schema: StatsSchema } } } },
});

export const statsRoutes = createRouter().openapi(statsRoute, async (c) => {
  const { database, clock } = c.var.deps;
  const stats = statsRepository(database.db);
  const now = clock();
  let snapshot = await stats.cachedSnapshot(now, STATS_MAX_AGE_MS);
  if (!snapshot) {
    snapshot = await stats.computeSnapshot(now);
    await stats.storeSnapshot(snapshot);
  }
  c.header('cache-control', 'public, max-age=300, stale-while-revalidate=300');
  return c.json(statsView(snapshot, c.var.lang), 200);
});

function statsView(snapshot: StatsSnapshot, lang: Lang) {
  return {
    ...snapshot,
    generated_at: new Date(snapshot.generated_at).toISOString(),
    top_tags: snapshot.top_tags.map((t) => ({
      tag: t.tag,
      label: (conductTags as readonly string[]).includes(t.tag) ? tagInfo[t.tag as ConductTag].label[lang] : t.tag,
      count: t.count,
    })),
    top_claimed_agencies: snapshot.top_claimed_agencies.map((a) => ({
      agency_id: a.agency_id,
      name: localized(lang, a.name_zh, a.name_en),
      reports: a.reports,
      numbers: a.numbers,
    })),
  };
}
