import { createRoute, z } from '@hono/zod-openapi';
import { LangQuery } from '../../http/lang';
import { createRouter } from '../../http/router';
import { currentStats, STATS_MAX_AGE_MS, STATS_MIN_AGE_MS, statsView } from '../../services/stats';

const StatsSchema = z
  .object({
    generated_at: z.string().openapi({ format: 'date-time' }),
    updates_within_seconds: z.number().int().openapi({
      description: 'New reports show here within this many seconds (the answer is a snapshot of the aggregates, recomputed when reports arrive).',
    }),
    week: z.object({ from: z.string(), to: z.string() }).openapi({ description: 'The last 7 UTC days, inclusive.' }),
    totals: z.object({
      numbers: z.number().int().openapi({ description: 'Numbers with at least one visible report.' }),
      reports: z.number().int().openapi({ description: 'Visible reports.' }),
      reporters: z.number().int(),
      official_numbers: z.number().int(),
      open_disputes: z.number().int(),
      verdicts: z.record(z.string(), z.number().int()).openapi({ description: 'Reported numbers per verdict at their last scoring.' }),
    }),
    trending: z
      .array(
        z.object({
          key: z.string(),
          e164: z.string().nullable(),
          type: z.string(),
          verdict: z.string().nullable(),
          scam_probability: z.number().nullable(),
          activity: z.number().nullable().openapi({
            description: 'Independent reporters behind the number, weighted by age and trust as scoring weighs them (a burst from one network counts as one). Trending ranks by it.',
          }),
          reports_this_week: z.number().int(),
          reports_previous_week: z.number().int(),
        }),
      )
      .openapi({ description: 'Numbers reported this week, most independently reported first (at most 10).' }),
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
  description: `Computed from the aggregate tables and served from a snapshot: recomputed at most every ${STATS_MIN_AGE_MS / 1000} seconds when reports arrive, and every ${STATS_MAX_AGE_MS / 60_000} minutes regardless.`,
  request: { query: z.object({ lang: LangQuery }) },
  responses: { 200: { description: 'Service statistics', content: { 'application/json': { schema: StatsSchema } } } },
});

export const statsRoutes = createRouter().openapi(statsRoute, async (c) => {
  const { database, clock } = c.var.deps;
  const snapshot = await currentStats(database, clock());
  c.header('cache-control', `public, max-age=${STATS_MIN_AGE_MS / 1000}, stale-while-revalidate=${STATS_MIN_AGE_MS / 1000}`);
  return c.json(statsView(snapshot, c.var.lang), 200);
});
