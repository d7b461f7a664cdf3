import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db, WriteStatement } from './database';
import { auditLog } from './schema';

export type AuditRow = typeof auditLog.$inferSelect;

/** One admin action as the audit log records it. `before`/`after` are plain JSON values. */
export interface AuditEntry {
  actor: string;
  action: string;
  target: string;
  before?: unknown;
  after?: unknown;
  at: number;
}

/**
 * The audit log is append-only: this module offers an insert statement (to run in the same
 * `database.atomic` as the change it records) and reads, and nothing that updates or deletes.
 */
export function auditRepository(db: Db) {
  return {
    /**
     * @example
     * await database.atomic([change, audit.entry({ actor, action: 'official_number.add', target: key, after: row, at: now })]);
     */
    entry(entry: AuditEntry): WriteStatement {
      return db.insert(auditLog).values({
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
        at: entry.at,
      });
    },

    /** Newest first, keyset-paginated by id. */
    async list(options: { beforeId: number | null; limit: number; action?: string; target?: string }) {
      const conditions = [];
      if (options.beforeId !== null) conditions.push(lt(auditLog.id, options.beforeId));
      if (options.action) conditions.push(eq(auditLog.action, options.action));
      if (options.target) conditions.push(eq(auditLog.target, options.target));
      const rows = await db
        .select()
        .from(auditLog)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(desc(auditLog.id))
        .limit(options.limit + 1);
      return { page: rows.slice(0, options.limit), hasMore: rows.length > options.limit };
    },
  };
}
