import { z } from '@hono/zod-openapi';
import { auditRepository } from '../../db/audit-repository';
import type { WriteStatement } from '../../db/database';
import { disputeRepository } from '../../db/dispute-repository';
import { officialNumberRepository } from '../../db/official-number-repository';
import { bumpReferenceVersion } from '../../db/reference-data';
import { retireReportsBefore } from '../../services/reports';
import { DISPUTE_STATUSES } from '../../domain/reports/answers';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { ProblemError, text, validationProblem } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { adminActor } from '../../security/admin-auth';
import { adminRoute } from '../admin/openapi';
import { AdminDisputeListSchema, DisputeResolutionSchema, ResolveDisputeSchema } from './schemas';
import { adminDispute } from './views';

const listRoute = adminRoute({
  method: 'get',
  path: '/v1/admin/disputes',
  summary: 'Disputes, newest first, optionally by status',
  request: {
    query: z.object({
      status: z.enum(DISPUTE_STATUSES).optional(),
      cursor: z.string().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
    }),
  },
  responses: {
    200: { description: 'Disputes', content: { 'application/json': { schema: AdminDisputeListSchema } } },
    400: problemResponseSpec('Invalid query'),
  },
});

const resolveRoute = adminRoute({
  method: 'post',
  path: '/v1/admin/disputes/{id}/resolve',
  summary: 'Uphold or reject an open dispute (audited)',
  description:
    'Upholding a recycled_number dispute marks the number as changed hands now, so older evidence is treated as stale. ' +
    'With register_official, upholding also registers the number as an official number of the agency.',
  request: {
    params: z.object({ id: z.string().min(1).max(64) }),
    body: { required: true, content: { 'application/json': { schema: ResolveDisputeSchema } } },
  },
  responses: {
    200: { description: 'Resolved', content: { 'application/json': { schema: DisputeResolutionSchema } } },
    400: problemResponseSpec('Invalid resolution'),
    404: problemResponseSpec('No such dispute'),
    409: problemResponseSpec('The dispute is already resolved'),
  },
});

export const adminDisputeRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { status, cursor, limit } = c.req.valid('query');
    const after = decodeCursor(cursor);
    const before = typeof after?.at === 'number' && typeof after.id === 'string' ? { createdAt: after.at, id: after.id } : null;
    const { page, hasMore } = await disputeRepository(c.var.deps.database.db).list({ status, before, limit });
    const last = page.at(-1);
    return c.json(
      {
        items: page.map(adminDispute),
        next_cursor: hasMore && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
      },
      200,
    );
  })
  .openapi(resolveRoute, async (c) => {
    const { database, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const disputes = disputeRepository(database.db);
    const dispute = await disputes.find(id);
    if (!dispute) throw new ProblemError(404, 'not-found', text(`没有 id 为 "${id}" 的申诉。`, `No dispute with id "${id}".`));
    if (dispute.status !== 'open') {
      throw new ProblemError(409, 'conflict', text(`该申诉已处理（${dispute.status === 'upheld' ? '已支持' : '已驳回'}）。`, `The dispute is already ${dispute.status}.`));
    }
    const officials = officialNumberRepository(database.db);
    const registration = body.register_official;
    if (registration && body.action !== 'uphold') {
      throw validationProblem([{ path: 'register_official', message: text('只有被支持的申诉才能登记官方号码。', 'Only an upheld dispute can register an official number.') }]);
    }
    if (registration && !(await officials.agencyExists(registration.agency_id))) {
      throw validationProblem([{ path: 'register_official.agency_id', message: text(`没有 id 为 "${registration.agency_id}" 的机构。`, `No agency with id "${registration.agency_id}".`) }]);
    }

    const now = clock();
    const actor = await adminActor(c);
    const audit = auditRepository(database.db);
    const status = body.action === 'uphold' ? ('upheld' as const) : ('rejected' as const);
    const statements: WriteStatement[] = [
      ...disputes.resolve(id, dispute.numberKey, status, body.note, now),
      audit.entry({
        actor,
        action: `dispute.${body.action}`,
        target: `dispute:${id}`,
        before: { status: dispute.status, number: dispute.numberKey, relation: dispute.relation },
        after: { status, note: body.note },
        at: now,
      }),
    ];
    const recycledAt = status === 'upheld' && dispute.relation === 'recycled_number' ? now : null;
    if (recycledAt !== null) {
      statements.push(
        disputes.markRecycled(dispute.numberId, recycledAt),
        audit.entry({
          actor,
          action: 'number.mark_recycled',
          target: `number:${dispute.numberKey}`,
          before: { recycled_at: dispute.recycledAt },
          after: { recycled_at: recycledAt, dispute_id: id },
          at: now,
        }),
      );
    }
    let officialNumber = null;
    if (registration && status === 'upheld') {
      const previous = await officials.find(dispute.numberKey);
      const row = {
        numberKey: dispute.numberKey,
        agencyId: registration.agency_id,
        source: registration.source,
        sourceZh: registration.source_zh ?? null,
        purposeZh: registration.purpose_zh ?? null,
        purposeEn: registration.purpose_en ?? null,
      };
      statements.push(
        officials.upsert(row, now),
        bumpReferenceVersion(database),
        audit.entry({
          actor,
          action: 'official_number.register',
          target: `number:${dispute.numberKey}`,
          before: previous,
          after: { ...row, dispute_id: id },
          at: now,
        }),
      );
      officialNumber = { key: row.numberKey, agency_id: row.agencyId, source: row.source };
    }
    await database.atomic(statements);
    if (officialNumber) c.var.reference.invalidate();
    // Reports about the previous holder stop counting; each retirement keeps the aggregates right.
    const retired =
      recycledAt === null
        ? 0
        : await retireReportsBefore({ database, halfLifeDays: config.scoreHalfLifeDays, reference: c.var.reference, now }, dispute.numberId, recycledAt, now);

    const resolved = await disputes.find(id);
    return c.json(
      {
        dispute: adminDispute(resolved!),
        effects: {
          recycled_at: recycledAt === null ? null : new Date(recycledAt).toISOString(),
          reports_retired: retired,
          official_number: officialNumber,
        },
      },
      200,
    );
  });
