/** Reads of single reports and reporters that the write path's callers need. */
import { and, eq, lt } from 'drizzle-orm';
import type { ReportRecord } from '../domain/reports/record';
import type { Db } from './database';
import { numbers, reporters, reports } from './schema';

export type ReportRow = typeof reports.$inferSelect;

export interface ReportWithNumber {
  report: ReportRecord;
  numberKey: string;
}

export function reportRepository(db: Db) {
  return {
    async find(id: string): Promise<ReportWithNumber | null> {
      const [row] = await db
        .select({ report: reports, numberKey: numbers.key })
        .from(reports)
        .innerJoin(numbers, eq(numbers.id, reports.numberId))
        .where(eq(reports.id, id));
      return row ?? null;
    },

    async reporterId(tokenHash: string): Promise<number | null> {
      const [row] = await db.select({ id: reporters.id }).from(reporters).where(eq(reporters.tokenHash, tokenHash));
      return row?.id ?? null;
    },

    /** Visible reports on a number reported before `before` (a recycled number's previous holder). */
    async visibleBefore(numberId: number, before: number): Promise<ReportRecord[]> {
      return db
        .select()
        .from(reports)
        .where(and(eq(reports.numberId, numberId), eq(reports.status, 'visible'), lt(reports.reportedAt, before)));
    },

    async numberKey(numberId: number): Promise<string | null> {
      const [row] = await db.select({ key: numbers.key }).from(numbers).where(eq(numbers.id, numberId));
      return row?.key ?? null;
    },
  };
}
