/**
 * Complaint drafts for one of the reporter's own reports: its facts, the rules it broke with
 * their sources, and each channel's contact from the reference data, put together by the
 * pure builder (domain/complaints/draft.ts). Used by `GET /v1/reports/{id}/complaint` and the
 * `/my/reports/{id}/complaint` page.
 */
import { conductRule, sourceTitle } from '../db/conduct-rules';
import type { Database } from '../db/database';
import type { ReferenceData, ReferenceSnapshot } from '../db/reference-data';
import { findReporterReport, type ReporterReport } from '../db/reporter-reports';
import { localCallTime } from '../domain/complaints/call-time';
import { complaintChannels, complaintDraft, type ChannelContact, type ComplaintChannel, type ComplaintDraft, type ComplaintFacts, type AgencyListCheck } from '../domain/complaints/draft';
import { normalizeCompanyName } from '../domain/agencies/company-name';
import { parseViolations } from '../domain/conduct/violations';
import { dialableNumber } from '../domain/phone';
import { numberTimeZones } from '../domain/phone/time-zones';
import type { ContactedParty, DebtAnswer, HotlineCheck, OverdueStage, PaymentRequested, ThreatKind } from '../domain/reports/answers';
import { parseTags } from '../domain/reports/record';
import type { Lang } from '../domain/scoring';

export interface ComplaintContext {
  database: Database;
  reference: ReferenceData;
  now: number;
}

export interface ReportComplaints {
  reportId: string;
  number: { key: string; e164: string | null };
  /** Every channel this report's complaint can go to. */
  channels: ComplaintChannel[];
  /** The drafts asked for (one channel, or all of them). */
  drafts: ComplaintDraft[];
}

/** Kinds of agency that lend: the lender channel needs one of these with an official hotline. */
const LENDING_KINDS = new Set(['lender', 'bank', 'platform']);

/**
 * The drafts of one of the reporter's own reports, or null when it is not theirs (or gone):
 * someone else's report and no report look the same.
 *
 * @example
 * const found = await ownReportComplaints(ctx, reporterHash, 'r_abc', 'zh-CN', '12378');
 * found?.drafts[0]?.text
 */
export async function ownReportComplaints(
  ctx: ComplaintContext,
  reporterHash: string,
  id: string,
  lang: Lang,
  channel?: ComplaintChannel,
): Promise<ReportComplaints | null> {
  const [row, reference] = await Promise.all([findReporterReport(ctx.database.db, reporterHash, id), ctx.reference.current(ctx.now)]);
  if (!row) return null;
  const facts = complaintFacts(row, reference, lang);
  const channels = complaintChannels(facts).filter((c) => channelContact(c, row, reference, lang) !== null);
  const wanted = channel ? channels.filter((c) => c === channel) : channels;
  return {
    reportId: row.id,
    number: { key: row.numberKey, e164: row.numberE164 },
    channels,
    drafts: wanted.map((c) => complaintDraft(facts, c, channelContact(c, row, reference, lang)!, lang)),
  };
}

function lenderOf(row: ReporterReport, reference: ReferenceSnapshot) {
  const agency = row.claimedAgencyId ? reference.agency(row.claimedAgencyId) : undefined;
  const hotline = agency && LENDING_KINDS.has(agency.kind) ? reference.officialNumbersOf(agency.id)[0] : undefined;
  return agency && hotline ? { agency, hotline } : null;
}

function complaintFacts(row: ReporterReport, reference: ReferenceSnapshot, lang: Lang): ComplaintFacts {
  const agencyName = row.claimedAgencyId ? ((lang === 'en' ? row.agencyNameEn : row.agencyNameZh) ?? row.claimedAgencyId) : row.claimedAgencyText;
  const lender = lenderOf(row, reference);
  const zones = numberTimeZones({ region: row.numberRegion, e164: row.numberE164 });
  return {
    number: { display: row.numberE164 ?? dialableNumber(row.numberKey), region: row.numberRegion },
    calledAtLocal: localCallTime(row.calledAt, zones, row.calledAtOffset, lang),
    claimedAgency: agencyName,
    callerCompany: row.callerCompany ?? null,
    agencyCheck: agencyListCheck(row, reference, lang),
    lender: lender ? { name: lang === 'en' ? lender.agency.nameEn : lender.agency.nameZh, hotline: dialableNumber(lender.hotline.numberKey) } : null,
    tags: parseTags(row.tags),
    debtWithClaimedAgency: row.debtWithClaimedAgency as DebtAnswer,
    hotlineCheck: row.hotlineCheck as HotlineCheck,
    identification: { employeeIdGiven: row.employeeIdGiven, companyNameGiven: row.companyNameGiven, authorizationLetterGiven: row.authorizationLetterGiven },
    paymentRequested: row.paymentRequested as PaymentRequested,
    circumstances: {
      callsToday: row.callsToday,
      callsLast7Days: row.callsLast7Days,
      overdueStage: row.overdueStage as OverdueStage | null,
      contacted: row.contacted as ContactedParty | null,
      threatened: JSON.parse(row.threatened) as ThreatKind[],
    },
    // Stored masked: other numbers, ID and card numbers never reach a draft.
    comment: row.comment,
    violations: parseViolations(row.violations).map((id) => {
      const rule = conductRule(id);
      return { label: rule.label[lang], source: sourceTitle(rule.source, lang), url: rule.source.url };
    }),
  };
}

/** The caller's company against the claimed lender's published list, as a lookup's agency check reads it. */
function agencyListCheck(row: ReporterReport, reference: ReferenceSnapshot, lang: Lang): AgencyListCheck | null {
  const lender = row.claimedAgencyId ? reference.agency(row.claimedAgencyId) : undefined;
  if (!lender || !row.callerCompany) return null;
  const list = reference.authorizationsOf(lender.id);
  const normalized = normalizeCompanyName(row.callerCompany);
  const entry = list?.find((item) => item.agencyNameNormalized === normalized) ?? null;
  const cited = entry ?? (list?.length ? list.reduce((a, b) => (b.publishedOn > a.publishedOn ? b : a)) : null);
  return {
    status: !list ? 'no_list' : entry ? 'listed' : 'not_listed',
    lender: lang === 'en' ? lender.nameEn : lender.nameZh,
    source: cited ? { title: cited.sourceTitle, url: cited.sourceUrl, publishedOn: cited.publishedOn } : null,
  };
}

const GENERAL_CHANNEL: Partial<Record<ComplaintChannel, string>> = {
  '12378': 'nfra-12378',
  nifa: 'nifa-web',
  '12321': 'spam-12321',
  '110': 'police-110',
  cfpb: 'cfpb-complaint',
};

/** Where to send a channel's complaint, from the reference data (null when the data has no such channel). */
function channelContact(channel: ComplaintChannel, row: ReporterReport, reference: ReferenceSnapshot, lang: Lang): ChannelContact | null {
  const localized = (zh: string | null, en: string) => (lang === 'en' ? en : (zh ?? en));
  if (channel === 'lender') {
    const lender = lenderOf(row, reference);
    if (!lender) return null;
    const name = lang === 'en' ? lender.agency.nameEn : lender.agency.nameZh;
    return {
      kind: 'phone',
      value: dialableNumber(lender.hotline.numberKey),
      label: lang === 'en' ? `${name} official hotline` : `${name}官方客服热线`,
      source: localized(lender.hotline.sourceZh, lender.hotline.source),
    };
  }
  const general = reference.generalChannel(GENERAL_CHANNEL[channel]!);
  if (!general) return null;
  let label = lang === 'en' ? general.labelEn : general.labelZh;
  if (channel === '110') {
    // The police's anti-fraud line, where the reference data has it.
    const antiFraud = reference.officialNumbersOf('police').find((o) => dialableNumber(o.numberKey) === '96110');
    if (antiFraud) label += lang === 'en' ? '; anti-fraud line 96110' : '；反诈专线 96110';
  }
  return { kind: general.kind, value: general.value, label, source: localized(general.sourceZh, general.source) };
}
