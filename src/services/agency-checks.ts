/**
 * Whether the companies callers named are on the published lists of the lenders they claimed
 * to collect for (docs/acting-on-a-call.md, "Lenders' authorized agencies").
 */
import type { NumberSummary } from '../db/number-summary';
import type { AgencyAuthorizationRow, ReferenceSnapshot } from '../db/reference-data';
import type { Lang } from '../domain/scoring';

export type AgencyCheckStatus = 'listed' | 'not_listed' | 'no_list';

export interface AgencyCheck {
  lender: { agency_id: string; name: string };
  /** The company as the first report named it. */
  company: string;
  reports: number;
  /** listed: on the lender's published list; not_listed: the lender publishes a list without it; no_list: no list of the lender is known. */
  status: AgencyCheckStatus;
  /** The list entry it matched, when listed. */
  listed_as: { name: string; registration_number: string | null } | null;
  /** Where the lender published the list: the matching entry's, or the lender's latest list. */
  source: { title: string; url: string; published_on: string } | null;
}

/**
 * @example
 * const { checks, unlistedReports } = agencyChecks(summary.callerCompanies, reference, 'en');
 */
export function agencyChecks(
  companies: NumberSummary['callerCompanies'],
  reference: ReferenceSnapshot,
  lang: Lang,
): { checks: AgencyCheck[]; unlistedReports: number } {
  let unlistedReports = 0;
  const checks = companies.flatMap((company): AgencyCheck[] => {
    const lender = reference.agency(company.lenderAgencyId);
    if (!lender) return [];
    const list = reference.authorizationsOf(lender.id);
    const entry = list?.find((row) => row.agencyNameNormalized === company.normalized) ?? null;
    const status: AgencyCheckStatus = !list ? 'no_list' : entry ? 'listed' : 'not_listed';
    if (status === 'not_listed') unlistedReports += company.count;
    const cited = entry ?? (list ? latest(list) : null);
    return [
      {
        lender: { agency_id: lender.id, name: lang === 'en' ? lender.nameEn : lender.nameZh },
        company: company.name,
        reports: company.count,
        status,
        listed_as: entry ? { name: entry.agencyName, registration_number: entry.registrationNumber } : null,
        source: cited ? { title: cited.sourceTitle, url: cited.sourceUrl, published_on: cited.publishedOn } : null,
      },
    ];
  });
  return { checks, unlistedReports };
}

function latest(list: readonly AgencyAuthorizationRow[]): AgencyAuthorizationRow {
  return list.reduce((a, b) => (b.publishedOn > a.publishedOn ? b : a));
}
