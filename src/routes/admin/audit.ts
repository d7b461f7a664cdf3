import { z } from '@hono/zod-openapi';
import { auditRepository, type AuditRow } from '../../db/audit-repository';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { adminRoute } from './openapi';

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    actor: z.string().openapi({ description: 'Short keyed hash of the admin token used.', example: 'admin:3f9a1c0b2d4e' }),
    action: z.string().openapi({ example: 'official_number.add' }),
    target: z.string().openapi({ example: 'number:CN:95188' }),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    at: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('AuditEntry');

const listRoute = adminRoute({
  method: 'get',
  path: '/v1/admin/audit',
  summary: 'The audit log of admin actions, newest first (read-only: no route writes or deletes entries)',
  request: {
    query: z.object({
      action: z.string().max(64).optional(),
      target: z.string().max(200).optional(),
      cursor: z.string().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'Audit entries',
      content: { 'application/json': { schema: z.object({ items: z.array(AuditEntrySchema), next_cursor: z.string().nullable() }).openapi('AuditList') } },
    },
    400: problemResponseSpec('Invalid query'),
  },
});

export const auditRoutes = createRouter().openapi(listRoute, async (c) => {
  const { action, target, cursor, limit } = c.req.valid('query');
  const after = decodeCursor(cursor);
  const { page, hasMore } = await auditRepository(c.var.deps.database.db).list({
    beforeId: typeof after?.id === 'number' ? after.id : null,
    limit,
    action,
    target,
  });
  const last = page.at(-1);
  return c.json({ items: page.map(auditEntry), next_cursor: hasMore && last ? encodeCursor({ id: last.id }) : null }, 200);
});

function auditEntry(row: AuditRow) {
  return {
    id: row.id,
    actor: row.actor,
    action: row.action,
    target: row.target,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    at: new Date(row.at).toISOString(),
  };
}
