import { createRoute, z } from '@hono/zod-openapi';
import { findVisibleReport } from '../../db/report-reads';
import { LangQuery } from '../../http/lang';
import { ProblemError, text } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { publicReport } from '../../services/report-views';
import { complaintRoutes } from './complaint';
import { receiveReport, retractReport } from './intake';
import { PublicReportSchema, ReportBodySchema, ReportCreatedSchema } from './schemas';

const tokenHeader = z.object({
  'x-reporter-token': z.string().optional().openapi({ description: 'Your reporter token (16–128 characters). Without one, the server issues one.' }),
});

const createReportRoute = createRoute({
  method: 'post',
  path: '/v1/reports',
  tags: ['reports'],
  summary: 'Report a call from a number that claims to be a debt collector',
  request: {
    headers: tokenHeader,
    body: { required: true, content: { 'application/json': { schema: ReportBodySchema } } },
  },
  responses: {
    201: {
      description: 'A new report; Location is its address',
      headers: { Location: { description: 'The new report: GET it at /v1/reports/{id}', schema: { type: 'string' } } },
      content: { 'application/json': { schema: ReportCreatedSchema } },
    },
    200: { description: 'Your report on this number from the last 24 hours, updated', content: { 'application/json': { schema: ReportCreatedSchema } } },
    400: problemResponseSpec('Invalid report or number'),
    413: problemResponseSpec('Body too large'),
    415: problemResponseSpec('Not JSON'),
    429: problemResponseSpec('Too many reports; see Retry-After'),
  },
});

const getReportRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{id}',
  tags: ['reports'],
  summary: 'One visible report (no reporter identity; comment masked)',
  request: { params: z.object({ id: z.string().max(64) }), query: z.object({ lang: LangQuery }) },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: PublicReportSchema } } },
    404: problemResponseSpec('No such report, or it was hidden or retracted'),
  },
});

const retractReportRoute = createRoute({
  method: 'delete',
  path: '/v1/reports/{id}',
  tags: ['reports'],
  summary: 'Retract your own report',
  request: { params: z.object({ id: z.string().max(64) }), headers: tokenHeader },
  responses: {
    204: { description: 'Retracted; its effect is removed from the number' },
    401: problemResponseSpec('No reporter token'),
    403: problemResponseSpec('Not your report'),
    404: problemResponseSpec('No such report'),
    429: problemResponseSpec('Too many requests'),
  },
});

export const reportRoutes = createRouter()
  .openapi(createReportRoute, async (c) => {
    const body = c.req.valid('json');
    const receipt = await receiveReport(c, body, c.req.valid('header')['x-reporter-token']);
    if (receipt.status === 'updated') return c.json(receipt, 200);
    c.header('location', `/v1/reports/${encodeURIComponent(receipt.id)}`);
    return c.json(receipt, 201);
  })
  .openapi(getReportRoute, async (c) => {
    const { id } = c.req.valid('param');
    const row = await findVisibleReport(c.var.deps.database.db, id);
    if (!row) throw new ProblemError(404, 'not-found', text(`没有 id 为 "${id}" 的举报。`, `No report with id "${id}".`));
    return c.json(publicReport(row, c.var.lang), 200);
  })
  .openapi(retractReportRoute, async (c) => {
    await retractReport(c, c.req.valid('param').id, c.req.valid('header')['x-reporter-token']);
    return c.body(null, 204);
  })
  .route('/', complaintRoutes);
