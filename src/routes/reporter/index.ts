import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../deps';
import { decodeReportCursor, encodeReportCursor } from '../../http/cursor';
import { ProblemError } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { reporterIdentity } from '../../http/reporter-identity';
import { createRouter } from '../../http/router';
import { LangQuery } from '../../http/lang';
import { findOwnReport, ownReports } from '../../services/report-views';
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
    const after = decodeReportCursor(cursor);
    const page = await ownReports(deps.database, identity.reporterHash, after, limit, lang, deps.clock());
    noSharedCache(c);
    return c.json(
      { items: page.items, next_cursor: encodeReportCursor(page.next) },
      200,
    );
  })
  .openapi(oneRoute, async (c) => {
    const { deps, lang } = c.var;
    const identity = await reporterIdentity(c, c.req.valid('header')['x-reporter-token'], false);
    const { id } = c.req.valid('param');
    const report = await findOwnReport(deps.database, identity.reporterHash, id, lang, deps.clock());
    // Someone else's report and no report look the same: ids reveal nothing about reporters.
    if (!report) throw new ProblemError(404, 'not-found', `You have no report with id "${id}".`);
    noSharedCache(c);
    return c.json(report, 200);
  });

function noSharedCache(c: Context<AppEnv>) {
  c.header('cache-control', 'private, no-store');
  c.header('vary', 'X-Reporter-Token');
}
