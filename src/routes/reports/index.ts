import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { changeReportStatus, findReport, findReporterId, submitReport } from '../../db/report-writer';
import type { AppEnv } from '../../deps';
import { parseNumberOrThrow } from '../../http/number-input';
import { ProblemError } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { enforceRateLimits, rateLimits } from '../../http/rate-limit';
import { reporterIdentity } from '../../http/reporter-identity';
import { createRouter } from '../../http/router';
import { submissionFromBody } from './submission';
import { ReportBodySchema, ReportCreatedSchema, type ReportBody } from './schemas';

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
    201: { description: 'A new report', content: { 'application/json': { schema: ReportCreatedSchema } } },
    200: { description: 'Your report on this number from the last 24 hours, updated', content: { 'application/json': { schema: ReportCreatedSchema } } },
    400: problemResponseSpec('Invalid report or number'),
    413: problemResponseSpec('Body too large'),
    415: problemResponseSpec('Not JSON'),
    429: problemResponseSpec('Too many reports; see Retry-After'),
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

/**
 * Validates, rate-limits and stores a report; shared by the API and the no-JS form.
 *
 * @example
 * const receipt = await receiveReport(c, body, c.req.header('x-reporter-token'));
 */
export async function receiveReport(c: Context<AppEnv>, body: ReportBody, token: string | undefined) {
  const { deps, lang } = c.var;
  const identity = await reporterIdentity(c, token);
  await enforceRateLimits(c, [
    { bucket: 'report:reporter', key: identity.reporterHash, rule: rateLimits.reportsPerReporter },
    ...(identity.ipHash ? [{ bucket: 'report:network', key: identity.ipHash, rule: rateLimits.reportsPerNetwork }] : []),
  ]);
  const now = deps.clock();
  const number = parseNumberOrThrow(body.number, body.region, lang, 'number');
  const submission = submissionFromBody(body, number, now, { maxAgeDays: 365 });
  const result = await submitReport(
    { database: deps.database, halfLifeDays: deps.config.scoreHalfLifeDays },
    submission,
    { reporterHash: identity.reporterHash, ipHash: identity.ipHash, reportedAt: now, source: 'live' },
  );
  return { ...result, number, reporter_token: identity.issuedToken ?? undefined };
}

export const reportRoutes = createRouter()
  .openapi(createReportRoute, async (c) => {
    const body = c.req.valid('json');
    const receipt = await receiveReport(c, body, c.req.valid('header')['x-reporter-token']);
    return c.json(receipt, receipt.status === 'created' ? 201 : 200);
  })
  .openapi(retractReportRoute, async (c) => {
    const { deps } = c.var;
    const identity = await reporterIdentity(c, c.req.valid('header')['x-reporter-token'], false);
    await enforceRateLimits(c, [{ bucket: 'report:reporter', key: identity.reporterHash, rule: rateLimits.reportsPerReporter }]);
    const { id } = c.req.valid('param');
    const report = await findReport(deps.database, id);
    if (!report || report.status === 'retracted') throw new ProblemError(404, 'not-found', `No report with id "${id}".`);
    const reporterId = await findReporterId(deps.database, identity.reporterHash);
    if (reporterId !== report.reporterId) throw new ProblemError(403, 'forbidden', 'Only the reporter who wrote a report can retract it.');
    await changeReportStatus({ database: deps.database, halfLifeDays: deps.config.scoreHalfLifeDays }, report, 'retracted', { at: deps.clock() });
    return c.body(null, 204);
  });
