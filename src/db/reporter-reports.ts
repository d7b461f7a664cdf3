/**
 * A reporter's own reports, for "my reports": found through the keyed hash of their token,
 * never through anything a page could show. Retracted reports are gone for them too.
 */
import { and, desc, eq, lt, ne, or } from 'drizzle-orm';
import type { Db } from './database';
import type { ReportRow } from './report-rows';
import { agencies, numbers, reporters, reports } from './schema';

export interface ReporterReport extends ReportRow {
  numberKey: string;
  numberE164: string | null;
  numberRegion: string;
  agencyNameZh: string | null;
  agencyNameEn: string | null;
}

const columns = {
  report: reports,
  numberKey: numbers.key,
  numberE164: numbers.e164,
  numberRegion: numbers.region,
  agencyNameZh: agencies.nameZh,
  agencyNameEn: agencies.nameEn,
};

type Joined = { report: ReportRow; numberKey: string; numberE164: string | null; numberRegion: string; agencyNameZh: string | null; agencyNameEn: string | null };

const flatten = (row: Joined): ReporterReport => ({
  ...row.report,
  numberKey: row.numberKey,
  numberE164: row.numberE164,
  numberRegion: row.numberRegion,
  agencyNameZh: row.agencyNameZh,
  agencyNameEn: row.agencyNameEn,
});

function joined(db: Db) {
  return db
    .select(columns)
    .from(reports)
    .innerJoin(reporters, eq(reporters.id, reports.reporterId))
    .innerJoin(numbers, eq(numbers.id, reports.numberId))
    .leftJoin(agencies, eq(agencies.id, reports.claimedAgencyId));
}

/**
 * The reporter's reports (visible or hidden by moderation), newest first, after a
 * (reportedAt, id) keyset position. One query, by the reporters' token index.
 *
 * @example
 * const { rows, hasMore } = await listReporterReports(db, await hasher.hash('token', token), null, 20);
 */
export async function listReporterReports(
  db: Db,
  reporterHash: string,
  after: { reportedAt: number; id: string } | null,
  limit: number,
): Promise<{ rows: ReporterReport[]; hasMore: boolean }> {
  const rows = await joined(db)
    .where(
      and(
        eq(reporters.tokenHash, reporterHash),
        ne(reports.status, 'retracted'),
        after ? or(lt(reports.reportedAt, after.reportedAt), and(eq(reports.reportedAt, after.reportedAt), lt(reports.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(reports.reportedAt), desc(reports.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit).map(flatten), hasMore: rows.length > limit };
}

/** One of the reporter's reports by id; null when it is someone else's, retracted or unknown. */
export async function findReporterReport(db: Db, reporterHash: string, id: string): Promise<ReporterReport | null> {
  const [row] = await joined(db).where(and(eq(reports.id, id), eq(reporters.tokenHash, reporterHash), ne(reports.status, 'retracted')));
  return row ? flatten(row) : null;
}
