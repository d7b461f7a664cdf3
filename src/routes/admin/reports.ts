import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditRepository } from '../../db/audit-repository';
import { reportRepository } from '../../db/report-repository';
import { changeReportStatus } from '../../services/reports';
import type { AppEnv } from '../../deps';
import { ProblemError, text } from '../../http/problem';

const REPORT_STATUS_ZH = { visible: '显示', hidden: '隐藏', retracted: '已撤回' } as const;
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { adminActor } from '../../security/admin-auth';
import { adminRoute } from './openapi';

const ReportIdParam = z.object({ id: z.string().min(1).max(64).openapi({ example: 'r_3f9a1c0b2d4e5f6a7b8c9d0e' }) });

const ModeratedReportSchema = z
  .object({
    id: z.string(),
    status: z.enum(['visible', 'hidden']),
    hidden_reason: z.string().nullable(),
  })
  .openapi('ModeratedReport');

const hideRoute = adminRoute({
  method: 'post',
  path: '/v1/admin/reports/{id}/hide',
  summary: 'Hide a report with a reason; it stops counting towards its number (audited)',
  request: {
    params: ReportIdParam,
    body: {
      required: true,
      content: { 'application/json': { schema: z.strictObject({ reason: z.string().trim().min(1).max(500) }).openapi('HideReport') } },
    },
  },
  responses: {
    200: { description: 'Hidden', content: { 'application/json': { schema: ModeratedReportSchema } } },
    400: problemResponseSpec('No reason'),
    404: problemResponseSpec('No such report'),
    409: problemResponseSpec('The report is not visible (already hidden, or retracted by its author)'),
  },
});

const unhideRoute = adminRoute({
  method: 'post',
  path: '/v1/admin/reports/{id}/unhide',
  summary: 'Show a hidden report again; it counts towards its number again (audited)',
  request: {
    params: ReportIdParam,
    body: {
      required: false,
      content: { 'application/json': { schema: z.strictObject({ note: z.string().trim().max(500).optional() }).openapi('UnhideReport') } },
    },
  },
  responses: {
    200: { description: 'Visible again', content: { 'application/json': { schema: ModeratedReportSchema } } },
    404: problemResponseSpec('No such report'),
    409: problemResponseSpec('The report is not hidden'),
  },
});

export const reportModerationRoutes = createRouter()
  .openapi(hideRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    await moderate(c, id, 'hidden', reason, null);
    return c.json({ id, status: 'hidden' as const, hidden_reason: reason }, 200);
  })
  .openapi(unhideRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { note } = c.req.valid('json');
    await moderate(c, id, 'visible', null, note ?? null);
    return c.json({ id, status: 'visible' as const, hidden_reason: null }, 200);
  });

/** Hides or shows a report through the write path that keeps the aggregates right, audited in the same write. */
async function moderate(
  c: Context<AppEnv>,
  id: string,
  status: 'hidden' | 'visible',
  reason: string | null,
  note: string | null,
) {
  const { database, clock, config } = c.var.deps;
  const found = await reportRepository(database.db).find(id);
  const report = found?.report;
  if (!found || !report) throw new ProblemError(404, 'not-found', text(`没有 id 为 "${id}" 的举报。`, `No report with id "${id}".`));
  const from = status === 'hidden' ? 'visible' : 'hidden';
  if (report.status !== from) {
    throw new ProblemError(
      409,
      'conflict',
      text(
        `该举报当前为${REPORT_STATUS_ZH[report.status]}，只有${REPORT_STATUS_ZH[from]}的举报才能${status === 'hidden' ? '隐藏' : '恢复显示'}。`,
        `The report is ${report.status}; only a ${from} report can be ${status === 'hidden' ? 'hidden' : 'shown again'}.`,
      ),
    );
  }
  const now = clock();
  await changeReportStatus(
    { database, halfLifeDays: config.scoreHalfLifeDays, reference: c.var.reference, now },
    found,
    status,
    { hiddenReason: reason, at: now },
    [
      auditRepository(database.db).entry({
        actor: await adminActor(c),
        action: status === 'hidden' ? 'report.hide' : 'report.unhide',
        target: `report:${id}`,
        before: { status: report.status, hidden_reason: report.hiddenReason },
        after: { status, hidden_reason: reason, ...(note ? { note } : {}) },
        at: now,
      }),
    ],
  );
}
