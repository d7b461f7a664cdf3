import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { createRouter } from '../../http/router';

const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['ok', 'unavailable']),
  runtime: z.enum(['sqlite', 'd1']),
  time: z.string(),
});

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['service'],
  summary: 'Liveness with a database check',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
    503: { description: 'The database does not answer', content: { 'application/json': { schema: HealthSchema } } },
  },
});

export const healthRoutes = createRouter().openapi(healthRoute, async (c) => {
  const { database, clock, logger } = c.var.deps;
  let ok = true;
  try {
    await database.db.run(sql`select 1`);
  } catch (error) {
    logger.error('health check: database unavailable', error);
    ok = false;
  }
  c.header('cache-control', 'no-store');
  const body = {
    status: ok ? ('ok' as const) : ('degraded' as const),
    database: ok ? ('ok' as const) : ('unavailable' as const),
    runtime: database.runtime,
    time: new Date(clock()).toISOString(),
  };
  return ok ? c.json(body, 200) : c.json(body, 503);
});
