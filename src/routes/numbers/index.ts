import { createRoute, z } from '@hono/zod-openapi';
import { decodeReportCursor, encodeReportCursor } from '../../http/cursor';
import { LangQuery } from '../../http/lang';
import { parseNumberOrThrow } from '../../http/number-input';
import { problemResponseSpec } from '../../http/problem-schema';
import { enforceReadLimit } from '../../http/read-limit';
import { createRouter } from '../../http/router';
import { lookupNumber } from '../../services/lookup';
import { numberReports } from '../../services/report-views';
import { ReportListSchema } from '../reports/schemas';
import { LookupSchema, RegionSchema } from './schemas';

const numberParams = z.object({
  number: z.string().min(1).max(64).openapi({ example: '13800138000', description: 'The number as people paste it (URL-encoded).' }),
});
const lookupQuery = {
  region: RegionSchema,
  lang: LangQuery,
};

const lookupRoute = createRoute({
  method: 'get',
  path: '/v1/numbers/{number}',
  tags: ['numbers'],
  summary: 'Is this a real collection agent or a scam? Verdict, reasons and advice for a number',
  request: { params: numberParams, query: z.object(lookupQuery) },
  responses: {
    200: { description: 'The lookup, for any valid number, known or not', content: { 'application/json': { schema: LookupSchema } } },
    400: problemResponseSpec('Not a valid phone number (type invalid-number)'),
    429: problemResponseSpec('Too many requests'),
  },
});

const reportsRoute = createRoute({
  method: 'get',
  path: '/v1/numbers/{number}/reports',
  tags: ['numbers'],
  summary: 'Visible reports on a number, newest first (no reporter identities; comments masked)',
  request: {
    params: numberParams,
    query: z.object({ ...lookupQuery, cursor: z.string().max(500).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) }),
  },
  responses: {
    200: { description: 'A page of reports', content: { 'application/json': { schema: ReportListSchema } } },
    400: problemResponseSpec('Invalid number or cursor'),
    429: problemResponseSpec('Too many requests'),
  },
});

export const numberRoutes = createRouter()
  .openapi(lookupRoute, async (c) => {
    const { deps, lang } = c.var;
    await enforceReadLimit(c);
    const { number: input } = c.req.valid('param');
    const { region } = c.req.valid('query');
    const number = parseNumberOrThrow(input, region, lang, 'path.number');
    const lookup = await lookupNumber(
      { database: deps.database, reference: c.var.reference, halfLifeDays: deps.config.scoreHalfLifeDays, now: deps.clock(), computed: c.var.computedLookups },
      number,
      lang,
    );
    return c.json(lookup, 200);
  })
  .openapi(reportsRoute, async (c) => {
    const { deps, lang } = c.var;
    await enforceReadLimit(c);
    const { number: input } = c.req.valid('param');
    const { region, cursor, limit } = c.req.valid('query');
    const number = parseNumberOrThrow(input, region, lang, 'path.number');
    const after = decodeReportCursor(cursor);
    const page = await numberReports(deps.database, number.key, after, limit, lang);
    return c.json(
      { items: page.items, next_cursor: encodeReportCursor(page.next) },
      200,
    );
  });
