/**
 * Agencies as the API and the pages show them: the list, and one agency with its aliases,
 * official numbers, complaint channels and the numbers that most often claimed to be it.
 */
import { readAgencyViolations } from '../db/agency-violations';
import { violationCounts, type ViolationCount } from './violations';
import { agencyRepository, type AgencyRow, type ComplaintChannelRow, type OfficialNumberRow } from '../db/agency-repository';
import type { Database } from '../db/database';
import { dialableNumber } from '../domain/phone';
import type { Lang } from '../domain/scoring';

/** The general channel for US numbers (seed/reference.json). */
export const US_ONLY_CHANNEL = 'cfpb-complaint';

export type AgencySummary = ReturnType<typeof agencySummary>;
export type AgencyDetailView = AgencySummary & {
  aliases: string[];
  complaint_channels: ReturnType<typeof complaintChannel>[];
  reported_numbers: { key: string; e164: string | null; reports: number }[];
  /** Conduct rules reports claiming this agency say were broken, over all numbers. */
  violations: ViolationCount[];
};

/**
 * Agencies whose id, names or aliases contain `query`, ordered by id, after `afterId`.
 *
 * @example
 * const { items, nextId } = await listAgencies(database, '蚂蚁', null, 50, 'zh-CN');
 */
export async function listAgencies(database: Database, query: string | undefined, afterId: string | null, limit: number, lang: Lang) {
  const { page, officials, hasMore } = await agencyRepository(database.db).search(query, afterId, limit);
  return {
    items: page.map((agency) => agencySummary(agency, officials.filter((o) => o.agencyId === agency.id), lang)),
    /** The id the next page starts after, or null on the last page. */
    nextId: hasMore ? (page.at(-1)?.id ?? null) : null,
  };
}

/**
 * One agency, or null when there is none with this id.
 *
 * @example
 * (await agencyDetail(database, 'alipay', 'en'))?.official_numbers[0]?.number
 */
export async function agencyDetail(database: Database, id: string, lang: Lang): Promise<AgencyDetailView | null> {
  const [detail, violations] = await Promise.all([agencyRepository(database.db).detail(id), readAgencyViolations(database, id)]);
  if (!detail) return null;
  return {
    ...agencySummary(detail.agency, detail.officialNumbers, lang),
    aliases: detail.aliases,
    // The seeded agencies are Chinese: the CFPB is for US numbers only (complaint drafts offer it there).
    complaint_channels: detail.complaintChannels.filter((ch) => ch.id !== US_ONLY_CHANNEL).map((ch) => complaintChannel(ch, lang)),
    reported_numbers: detail.reportedNumbers,
    violations: violationCounts(violations, lang),
  };
}

const localized = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);
/** A source given in one language only shows that one. */
const localizedSource = (entry: { source: string; sourceZh: string | null }, lang: Lang) => (lang === 'en' ? entry.source : (entry.sourceZh ?? entry.source));

function agencySummary(agency: AgencyRow, officials: OfficialNumberRow[], lang: Lang) {
  return {
    id: agency.id,
    kind: agency.kind,
    name: localized(lang, agency.nameZh, agency.nameEn),
    name_zh: agency.nameZh,
    name_en: agency.nameEn,
    website: agency.website,
    official_numbers: officials.map((o) => officialNumber(o, lang)),
  };
}

function officialNumber(o: OfficialNumberRow, lang: Lang) {
  return {
    number: dialableNumber(o.numberKey),
    key: o.numberKey,
    agency_id: o.agencyId,
    purpose: lang === 'en' ? o.purposeEn : o.purposeZh,
    source: localizedSource(o, lang),
    added_by: o.addedBy,
  };
}

function complaintChannel(ch: ComplaintChannelRow, lang: Lang) {
  return {
    id: ch.id,
    agency_id: ch.agencyId,
    kind: ch.kind,
    value: ch.value,
    label: localized(lang, ch.labelZh, ch.labelEn),
    source: localizedSource(ch, lang),
  };
}
