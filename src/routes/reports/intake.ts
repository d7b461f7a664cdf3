/**
 * Receiving a report and retracting one, for every way in: `POST /v1/reports`,
 * `DELETE /v1/reports/{id}`, and the pages' forms, which call these functions directly so
 * they get the same validation, reporter identity, rate limits and localized problems.
 */
import type { Context } from 'hono';
import { reportRepository } from '../../db/report-repository';
import type { AppEnv } from '../../deps';
import { parseNumberOrThrow } from '../../http/number-input';
import { ProblemError, text, validationProblem } from '../../http/problem';
import { enforceRateLimits, rateLimits } from '../../http/rate-limit';
import { reporterIdentity } from '../../http/reporter-identity';
import { localizedFieldErrors } from '../../http/validation';
import type { ZodIssueLike } from '../../http/validation-messages';
import { changeReportStatus, submitReport } from '../../services/reports';
import { ReportBodySchema, type ReportBody } from './schemas';
import { submissionFromBody } from './submission';

/**
 * A report body checked against the API's schema, or the API's 400 naming each field.
 *
 * @example
 * const body = reportBodyOrThrow({ number: '95188', called_at: '2026-05-01T21:30:00+08:00' });
 */
export function reportBodyOrThrow(input: unknown): ReportBody {
  const parsed = ReportBodySchema.safeParse(input);
  if (!parsed.success) throw validationProblem(localizedFieldErrors(parsed.error.issues as ZodIssueLike[]));
  return parsed.data;
}

/**
 * Identifies the reporter, takes from their rate-limit buckets and stores the report.
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
    { database: deps.database, halfLifeDays: deps.config.scoreHalfLifeDays, reference: c.var.reference, now },
    submission,
    { reporterHash: identity.reporterHash, ipHash: identity.ipHash, reportedAt: now, source: 'live' },
  );
  return { ...result, number, reporter_token: identity.issuedToken ?? undefined };
}

/**
 * Retracts the reporter's own report: 404 when there is none (or it is already retracted),
 * 403 when it is someone else's.
 *
 * @example
 * await retractReport(c, 'r_abc', c.req.header('x-reporter-token'));
 */
export async function retractReport(c: Context<AppEnv>, id: string, token: string | undefined): Promise<void> {
  const { deps } = c.var;
  const identity = await reporterIdentity(c, token, false);
  await enforceRateLimits(c, [{ bucket: 'report:reporter', key: identity.reporterHash, rule: rateLimits.reportsPerReporter }]);
  const reports = reportRepository(deps.database.db);
  const found = await reports.find(id);
  if (!found || found.report.status === 'retracted') throw new ProblemError(404, 'not-found', text(`没有 id 为 "${id}" 的举报。`, `No report with id "${id}".`));
  const reporterId = await reports.reporterId(identity.reporterHash);
  if (reporterId !== found.report.reporterId) throw new ProblemError(403, 'forbidden', text('只有写下这条举报的人才能撤回它。', 'Only the reporter who wrote a report can retract it.'));
  const now = deps.clock();
  await changeReportStatus({ database: deps.database, halfLifeDays: deps.config.scoreHalfLifeDays, reference: c.var.reference, now }, found, 'retracted', { at: now });
}
