/**
 * Reports as people may see them: a number's visible reports for everyone, a reporter's own
 * reports for them. The API routes and the pages read reports through these functions only.
 */
import type { Database } from '../db/database';
import { listVisibleReports, type ReportPage } from '../db/report-reads';
import { findReporterReport, listReporterReports, type ReporterReport } from '../db/reporter-reports';
import { parseTags } from '../domain/reports/record';
import { tagInfo, type ConductTag } from '../domain/conduct/tags';
import { UPDATE_WINDOW_MS } from '../domain/reports/submission';
import type { ContactedParty, OverdueStage, ThreatKind } from '../domain/reports/answers';
import { parseViolations, type ConductRuleId } from '../domain/conduct/violations';
import type { DebtAnswer, HotlineCheck, Lang, PaymentRequested } from '../domain/scoring';

type StoredReport = ReportPage['rows'][number];

/** What anyone may see of a visible report: no reporter identity, no IP, the comment as masked at write time. */
export interface PublicReport {
  id: string;
  called_at: string;
  reported_at: string;
  updated_at: string;
  claimed_agency: { agency_id: string | null; name: string } | null;
  /** `derived`: added by the service from the call time (out_of_hours), not chosen by the reporter. */
  tags: { tag: ConductTag; label: string; derived: boolean }[];
  debt_with_claimed_agency: DebtAnswer;
  hotline_check: HotlineCheck;
  identification: { employee_id_given: boolean; company_name_given: boolean; authorization_letter_given: boolean };
  payment_requested: PaymentRequested;
  comment: string | null;
  /** The collection company the caller named. */
  caller_company: string | null;
  calls_today: number | null;
  calls_last_7_days: number | null;
  overdue_stage: OverdueStage | null;
  contacted: ContactedParty | null;
  threatened: ThreatKind[];
  /** The conduct rules this report says were broken. */
  violations: ConductRuleId[];
}

/** One of the reporter's own reports, with how long it can still be edited. */
export interface OwnReport extends PublicReport {
  number: { key: string; e164: string | null };
  status: 'visible' | 'hidden';
  /** End of the 24-hour edit window, or null once it has passed. */
  editable_until: string | null;
}

/** Keyset position in a newest-first list of reports. */
export type ReportPosition = { reportedAt: number; id: string };

export interface ReportList<T> {
  items: T[];
  /** Where the next page starts, or null on the last page. */
  next: ReportPosition | null;
}

/**
 * @example
 * const report = publicReport(row, 'en'); // row from db/report-reads
 */
export function publicReport(row: StoredReport, lang: Lang): PublicReport {
  const iso = (ms: number) => new Date(ms).toISOString();
  const reported = row.reportedTags === null ? null : parseTags(row.reportedTags);
  return {
    id: row.id,
    called_at: iso(row.calledAt),
    reported_at: iso(row.reportedAt),
    updated_at: iso(row.updatedAt),
    claimed_agency: row.claimedAgencyId
      ? { agency_id: row.claimedAgencyId, name: (lang === 'en' ? row.agencyNameEn : row.agencyNameZh) ?? row.claimedAgencyId }
      : row.claimedAgencyText
        ? { agency_id: null, name: row.claimedAgencyText }
        : null,
    tags: parseTags(row.tags).map((tag: ConductTag) => ({ tag, label: tagInfo[tag].label[lang], derived: reported !== null && !reported.includes(tag) })),
    debt_with_claimed_agency: row.debtWithClaimedAgency as DebtAnswer,
    hotline_check: row.hotlineCheck as HotlineCheck,
    identification: {
      employee_id_given: row.employeeIdGiven,
      company_name_given: row.companyNameGiven,
      authorization_letter_given: row.authorizationLetterGiven,
    },
    payment_requested: row.paymentRequested as PaymentRequested,
    comment: row.comment,
    caller_company: row.callerCompany ?? null,
    calls_today: row.callsToday,
    calls_last_7_days: row.callsLast7Days,
    overdue_stage: row.overdueStage as OverdueStage | null,
    contacted: row.contacted as ContactedParty | null,
    threatened: JSON.parse(row.threatened) as ThreatKind[],
    violations: parseViolations(row.violations),
  };
}

export function ownReport(row: ReporterReport, lang: Lang, now: number): OwnReport {
  const editableUntil = row.reportedAt + UPDATE_WINDOW_MS;
  return {
    ...publicReport(row, lang),
    number: { key: row.numberKey, e164: row.numberE164 },
    status: row.status as OwnReport['status'],
    editable_until: now < editableUntil ? new Date(editableUntil).toISOString() : null,
  };
}

/**
 * A number's visible reports, newest first.
 *
 * @example
 * const { items, next } = await numberReports(database, '+8613800138000', null, 10, 'zh-CN');
 */
export async function numberReports(
  database: Database,
  numberKey: string,
  after: ReportPosition | null,
  limit: number,
  lang: Lang,
): Promise<ReportList<PublicReport>> {
  const page = await listVisibleReports(database.db, numberKey, after, limit);
  return { items: page.rows.map((r) => publicReport(r, lang)), next: nextPosition(page) };
}

/** The reporter's own reports (by the keyed hash of their token), newest first. */
export async function ownReports(
  database: Database,
  reporterHash: string,
  after: ReportPosition | null,
  limit: number,
  lang: Lang,
  now: number,
): Promise<ReportList<OwnReport>> {
  const page = await listReporterReports(database.db, reporterHash, after, limit);
  return { items: page.rows.map((r) => ownReport(r, lang, now)), next: nextPosition(page) };
}

/** One of the reporter's own reports, or null: someone else's report and no report look the same. */
export async function findOwnReport(database: Database, reporterHash: string, id: string, lang: Lang, now: number): Promise<OwnReport | null> {
  const row = await findReporterReport(database.db, reporterHash, id);
  return row ? ownReport(row, lang, now) : null;
}

function nextPosition(page: { rows: { reportedAt: number; id: string }[]; hasMore: boolean }): ReportPosition | null {
  const last = page.rows.at(-1);
  return page.hasMore && last ? { reportedAt: last.reportedAt, id: last.id } : null;
}
