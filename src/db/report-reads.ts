import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Db } from './database';
import type { ReportRow } from './report-rows';
import { agencies, numbers, reports } from './schema';

export interface ReportPage {
  rows: (ReportRow & { agencyNameZh: string | null; agencyNameEn: string | null })[];
  hasMore: boolean;
}

/**
 * Visible reports on a number, newest first, after a (reportedAt, id) keyset position.
 *
 * @example
 * const { rows, hasMore } = await listVisibleReports(db, '+8613800138000', null, 20);
 */
export async function listVisibleReports(
  db: Db,
  numberKey: string,
  after: { reportedAt: number; id: string } | null,
  limit: number,
): Promise<ReportPage> {
  const [number] = await db.select({ id: numbers.id }).from(numbers).where(eq(numbers.key, numberKey));
  if (!number) return { rows: [], hasMore: false };
  const rows = await db
    .select({ report: reports, agencyNameZh: agencies.nameZh, agencyNameEn: agencies.nameEn })
    .from(reports)
    .leftJoin(agencies, eq(agencies.id, reports.claimedAgencyId))
    .where(
      and(
        eq(reports.numberId, number.id),
        eq(reports.status, 'visible'),
        after
          ? or(lt(reports.reportedAt, after.reportedAt), and(eq(reports.reportedAt, after.reportedAt), lt(reports.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(reports.reportedAt), desc(reports.id))
    .limit(limit + 1);
  return {
    rows: rows.slice(0, limit).map((r) => ({ ...r.report, agencyNameZh: r.agencyNameZh, agencyNameEn: r.agencyNameEn })),
    hasMore: rows.length > limit,
  };
}

/**
 * One visible report with its claimed agency's names, or null when it does not exist or is
 * hidden or retracted.
 *
 * @example
 * const row = await findVisibleReport(db, 'r_abc');
 */
export async function findVisibleReport(db: Db, id: string): Promise<ReportPage['rows'][number] | null> {
  const [row] = await db
    .select({ report: reports, agencyNameZh: agencies.nameZh, agencyNameEn: agencies.nameEn })
    .from(reports)
    .leftJoin(agencies, eq(agencies.id, reports.claimedAgencyId))
    .where(and(eq(reports.id, id), eq(reports.status, 'visible')));
  return row ? { ...row.report, agencyNameZh: row.agencyNameZh, agencyNameEn: row.agencyNameEn } : null;
}
