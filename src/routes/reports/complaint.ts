/**
 * `GET /v1/reports/{id}/complaint`: ready-to-send complaint texts for one of your own reports.
 * Only the reporter token the report was sent with can read them: a draft holds what the
 * reporter wrote, so anyone else gets 404, exactly as for an id that does not exist (a 403
 * would tell a stranger that the id is a report).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { COMPLAINT_CHANNELS } from '../../domain/complaints/draft';
import { LangQuery } from '../../http/lang';
import { ProblemError, text, validationProblem } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { enforceRateLimits, rateLimits } from '../../http/rate-limit';
import { reporterIdentity } from '../../http/reporter-identity';
import { createRouter } from '../../http/router';
import { ownReportComplaints } from '../../services/complaints';

const ComplaintDraftSchema = z
  .object({
    channel: z.enum(COMPLAINT_CHANNELS),
    lang: z.enum(['zh-CN', 'en']),
    contact: z.object({
      kind: z.enum(['phone', 'web', 'app']),
      value: z.string().openapi({ description: 'The number to call or the address to open.' }),
      label: z.string(),
      source: z.string().openapi({ description: 'Where this contact is published.' }),
    }),
    subject: z.string(),
    text: z.string().openapi({ description: 'The complaint, from the facts of the report; the comment as masked at write time.' }),
  })
  .openapi('ComplaintDraft');

const ComplaintSchema = z
  .object({
    report_id: z.string(),
    channels: z.array(z.enum(COMPLAINT_CHANNELS)).openapi({ description: 'Every channel this report can be sent to.' }),
    drafts: z.array(ComplaintDraftSchema),
  })
  .openapi('ReportComplaint');

const complaintRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{id}/complaint',
  tags: ['reports'],
  summary: 'Complaint texts for one of your own reports, per channel',
  description:
    'lender (the claimed lender\'s official hotline, when known), 12378, nifa, 12321, 110 (110/96110) for Chinese numbers; cfpb for US numbers. ' +
    'Without channel, every channel that applies. Only the X-Reporter-Token the report was sent with may read it; others get 404.',
  request: {
    headers: z.object({ 'x-reporter-token': z.string().optional().openapi({ description: 'The reporter token the report was sent with.' }) }),
    params: z.object({ id: z.string().max(64) }),
    query: z.object({ channel: z.enum(COMPLAINT_CHANNELS).optional(), lang: LangQuery }),
  },
  responses: {
    200: { description: 'The drafts', content: { 'application/json': { schema: ComplaintSchema } } },
    400: problemResponseSpec('Unknown channel, or one that does not apply to this report'),
    401: problemResponseSpec('No reporter token'),
    404: problemResponseSpec('No such report of yours'),
    429: problemResponseSpec('Too many requests'),
  },
});

export const complaintRoutes = createRouter().openapi(complaintRoute, async (c) => {
  const { deps, lang } = c.var;
  const identity = await reporterIdentity(c, c.req.valid('header')['x-reporter-token'], false);
  await enforceRateLimits(c, [{ bucket: 'complaint:reporter', key: identity.reporterHash, rule: rateLimits.readsPerReader }]);
  const { id } = c.req.valid('param');
  const { channel } = c.req.valid('query');
  const found = await ownReportComplaints({ database: deps.database, reference: c.var.reference, now: deps.clock() }, identity.reporterHash, id, lang, channel);
  if (!found) throw new ProblemError(404, 'not-found', text(`你没有 id 为 "${id}" 的举报。`, `You have no report with id "${id}".`));
  if (channel && !found.drafts.length) {
    throw validationProblem([
      { path: 'channel', message: text(`这条举报不适用这个渠道；可用的渠道：${found.channels.join('、')}。`, `This channel does not apply to this report; it can go to: ${found.channels.join(', ')}.`) },
    ]);
  }
  c.header('cache-control', 'private, no-store');
  c.header('vary', 'X-Reporter-Token');
  return c.json({ report_id: found.reportId, channels: found.channels, drafts: found.drafts }, 200);
});
