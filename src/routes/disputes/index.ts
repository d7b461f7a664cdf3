import { createRoute, z } from '@hono/zod-openapi';
import { ProblemError, text } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { findDisputeStatus } from '../../services/disputes';
import { receiveDispute } from './intake';
import { DisputeCreatedSchema, DisputeStatusSchema, NewDisputeSchema } from './schemas';

export { adminDisputeRoutes } from './admin';

const DisputeIdParam = z.object({ id: z.string().min(1).max(64).openapi({ example: 'dsp_3f9a1c0b2d4e5f6a7b8c9d0e' }) });

const createDisputeRoute = createRoute({
  method: 'post',
  path: '/v1/disputes',
  tags: ['disputes'],
  summary: 'Dispute what is shown for a number (its owner, the agency using it, or a recycled number)',
  request: { body: { required: true, content: { 'application/json': { schema: NewDisputeSchema } } } },
  responses: {
    202: { description: 'Filed; an admin will resolve it', content: { 'application/json': { schema: DisputeCreatedSchema } } },
    400: problemResponseSpec('Invalid dispute or number'),
    429: problemResponseSpec('Too many disputes from this address (Retry-After)'),
  },
});

const disputeStatusRoute = createRoute({
  method: 'get',
  path: '/v1/disputes/{id}',
  tags: ['disputes'],
  summary: 'Status of a dispute (no statement, no contact)',
  request: { params: DisputeIdParam },
  responses: {
    200: { description: 'The dispute status', content: { 'application/json': { schema: DisputeStatusSchema } } },
    404: problemResponseSpec('No such dispute'),
  },
});

export const disputeRoutes = createRouter()
  .openapi(createDisputeRoute, async (c) => {
    const { id } = await receiveDispute(c, c.req.valid('json'));
    const statusUrl = new URL(`/v1/disputes/${id}`, c.req.url).href;
    c.header('location', statusUrl);
    return c.json({ id, status: 'open' as const, status_url: statusUrl }, 202);
  })
  .openapi(disputeStatusRoute, async (c) => {
    const { id } = c.req.valid('param');
    const dispute = await findDisputeStatus(c.var.deps.database, id);
    if (!dispute) throw new ProblemError(404, 'not-found', text(`没有 id 为 "${id}" 的申诉。`, `No dispute with id "${id}".`));
    // The status changes when an admin resolves it; shared caches must not hold on to it.
    c.header('cache-control', 'no-store');
    return c.json(dispute, 200);
  });
