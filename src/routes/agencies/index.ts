import { createRoute, z } from '@hono/zod-openapi';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { LangQuery } from '../../http/lang';
import { ProblemError, text } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { agencyDetail, listAgencies } from '../../services/agencies';
import { AgencyDetailSchema, AgencyListSchema } from './schemas';

const listRoute = createRoute({
  method: 'get',
  path: '/v1/agencies',
  tags: ['agencies'],
  summary: 'Search lenders, banks, platforms and regulators',
  request: {
    query: z.object({
      q: z.string().max(100).optional().openapi({ description: 'Name, alias or id, e.g. 蚂蚁 or alipay.' }),
      cursor: z.string().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
      lang: LangQuery,
    }),
  },
  responses: {
    200: { description: 'Agencies, ordered by id', content: { 'application/json': { schema: AgencyListSchema } } },
    400: problemResponseSpec('Invalid query'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/agencies/{id}',
  tags: ['agencies'],
  summary: 'One agency with aliases, official numbers, complaint channels and most-reported claimed numbers',
  request: {
    params: z.object({ id: z.string().max(64).openapi({ example: 'alipay' }) }),
    query: z.object({ lang: LangQuery }),
  },
  responses: {
    200: { description: 'The agency', content: { 'application/json': { schema: AgencyDetailSchema } } },
    404: problemResponseSpec('No such agency'),
  },
});

export const agencyRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { q, cursor, limit } = c.req.valid('query');
    const after = decodeCursor(cursor);
    const page = await listAgencies(c.var.deps.database, q, typeof after?.id === 'string' ? after.id : null, limit, c.var.lang);
    return c.json({ items: page.items, next_cursor: page.nextId ? encodeCursor({ id: page.nextId }) : null }, 200);
  })
  .openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await agencyDetail(c.var.deps.database, id, c.var.lang);
    if (!detail) throw new ProblemError(404, 'not-found', text(`没有 id 为 "${id}" 的机构。`, `No agency with id "${id}".`));
    return c.json(detail, 200);
  });
