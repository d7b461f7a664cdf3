import type { ReportPage } from '../../db/report-reads';
import { parseTags } from '../../db/report-rows';
import { tagInfo, type ConductTag } from '../../domain/conduct/tags';
import type { Lang } from '../../http/lang';
import type { PublicReport } from './schemas';

type StoredReport = ReportPage['rows'][number];

/**
 * What anyone may see of a visible report: no reporter identity, no IP, the comment as masked
 * at write time. Shared by `GET /v1/reports/{id}` and a number's report list.
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
    debt_with_claimed_agency: row.debtWithClaimedAgency as PublicReport['debt_with_claimed_agency'],
    hotline_check: row.hotlineCheck as PublicReport['hotline_check'],
    identification: {
      employee_id_given: row.employeeIdGiven,
      company_name_given: row.companyNameGiven,
      authorization_letter_given: row.authorizationLetterGiven,
    },
    payment_requested: row.paymentRequested as PublicReport['payment_requested'],
    comment: row.comment,
  };
}
