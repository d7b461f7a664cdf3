import { createRoute, z } from '@hono/zod-openapi';
import { disputeRepository } from '../../db/dispute-repository';
import { ProblemError, text } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { enforceRateLimits, rateLimits } from '../../http/rate-limit';
import { createRouter } from '../../http/router';
import { subscriberAddress } from '../../security/ip-prefix';
import { randomToken } from '../../security/hasher';
import { maskComment, ownDigits } from '../../domain/masking/comment';
import { canonicalContact, maskContact } from './contact';
import { parseNumberOrThrow } from '../../http/number-input';
import { DisputeCreatedSchema, DisputeStatusSchema, NewDisputeSchema } from './schemas';
import { disputeStatus } from './views';

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
    const { database, hasher, clock, clientAddress } = c.var.deps;
    const body = c.req.valid('json');
    const number = parseNumberOrThrow(body.number, body.region, c.var.lang, 'number');
    const subscriber = subscriberAddress(clientAddress(c)) ?? 'unknown';
    await enforceRateLimits(c, [{ bucket: 'dispute:subscriber', key: subscriber, rule: rateLimits.disputesPerSubscriber }]);
    const now = clock();
    const contact = body.contact ? canonicalContact(body.contact) : null;
    const id = `dsp_${randomToken(12)}`;
    await database.atomic(
      disputeRepository(database.db).create({
        id,
        number,
        relation: body.relation,
        // A statement is free text like a comment: contacts written into it are masked too.
        statement: maskComment(body.statement, { reportedDigits: ownDigits(number) }),
        contactHash: contact ? await hasher.hash('contact', contact) : null,
        contactMasked: contact ? maskContact(contact) : null,
        createdAt: now,
      }),
    );
    const statusUrl = new URL(`/v1/disputes/${id}`, c.req.url).href;
    c.header('location', statusUrl);
    return c.json({ id, status: 'open' as const, status_url: statusUrl }, 202);
  })
  .openapi(disputeStatusRoute, async (c) => {
    const { id } = c.req.valid('param');
    const dispute = await disputeRepository(c.var.deps.database.db).find(id);
    if (!dispute) throw new ProblemError(404, 'not-found', text(`没有 id 为 "${id}" 的申诉。`, `No dispute with id "${id}".`));
    // The status changes when an admin resolves it; shared caches must not hold on to it.
    c.header('cache-control', 'no-store');
    return c.json(disputeStatus(dispute), 200);
  });
