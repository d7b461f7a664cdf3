import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { UPDATE_WINDOW_MS } from '../../domain/reports/submission';
import { findReporterReport, listReporterReports, type ReporterReport } from '../../db/reporter-reports';
import type { AppEnv } from '../../deps';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import type { Lang } from '../../http/lang';
import { ProblemError } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { reporterIdentity } from '../../http/reporter-identity';
import { createRouter } from '../../http/router';
import { LangQuery } from '../../http/lang';
import { publicReport } from '../reports/public-report';
import { OwnReportListSchema, OwnReportSchema } from './schemas';

const tokenHeader = z.object({
  'x-reporter-token': z.string().optional().openapi({ description: 'The reporter token the reports were sent with.' }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/v1/reporter/reports',
  tags: ['reports'],
  summary: 'Your own reports (by X-Reporter-Token), newest first, with how long each can still be edited',
  request: {
    headers: tokenHeader,
    query: z.object({ cursor: z.string().max(500).optional(), limit: z.coerce.number().int().min(1).max(100).default(20), lang: LangQuery }),
  },
  responses: {
    200: { description: 'Your reports', content: { 'application/json': { schema: OwnReportListSchema } } },
    400: problemResponseSpec('Invalid token or cursor'),
    401: problemResponseSpec('No reporter token'),
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/v1/reporter/reports/{id}',
  tags: ['reports'],
  summary: 'One of your own reports',
  request: { headers: tokenHeader, params: z.object({ id: z.string().max(64) }), query: z.object({ lang: LangQuery }) },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: OwnReportSchema } } },
    401: problemResponseSpec('No reporter token'),
    404: problemResponseSpec('No such report of yours'),
  },
});

/** "My reports" for API clients and the server-rendered page; answers depend on the token, so never cached. */
export const reporterRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { deps, lang } = c.var;
    const identity = await reporterIdentity(c, c.req.valid('header')['x-reporter-token'], false);
    const { cursor, limit } = c.req.valid('query');
    const position = decodeCursor(cursor);
    const after = position && typeof position.at === 'number' && typeof position.id === 'string' ? { reportedAt: position.at, id: position.id } : null;
    const page = await listReporterReports(deps.database.db, identity.reporterHash, after, limit);
    const last = page.rows.at(-1);
    noSharedCache(c);
    return c.json(
      {
        items: page.rows.map((row) => ownReport(row, lang, deps.clock())),
        next_cursor: page.hasMore && last ? encodeCursor({ at: last.reportedAt, id: last.id }) : null,
      },
      200,
    );
  })
  .openapi(oneRoute, async (c) => {
    const { deps, lang } = c.var;
    const identity = await reporterIdentity(c, c.req.valid('header')['x-reporter-token'], false);
    const { id } = c.req.valid('param');
    const row = await findReporterReport(deps.database.db, identity.reporterHash, id);
    // Someone else's report and no report look the same: ids reveal nothing about reporters.
    if (!row) throw new ProblemError(404, 'not-found', `You have no report with id "${id}".`);
    noSharedCache(c);
    return c.json(ownReport(row, lang, deps.clock()), 200);
  });

function noSharedCache(c: Context<AppEnv>) {
  c.header('cache-control', 'private, no-store');
  c.header('vary', 'X-Reporter-Token');
}

function ownReport(r: ReporterReport, lang: Lang, now: number) {
  const editableUntil = r.reportedAt + UPDATE_WINDOW_MS;
  return {
    ...publicReport(r, lang),
    number: { key: r.numberKey, e164: r.numberE164 },
    status: r.status as 'visible' | 'hidden',
    editable_until: now < editableUntil ? new Date(editableUntil).toISOString() : null,
  };
}
