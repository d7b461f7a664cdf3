/**
 * The answer to "who is calling me?" (docs/api.md): one prepared read of the number's
 * summary row and its block, reference data from memory, then the pure scoring and advice
 * rules. Pages render from the same function.
 */
import { readSummaryRow, summaryFromRow, summaryVersion, type NumberSummary } from '../db/number-summary';
import type { Database } from '../db/database';
import type { ReferenceData, ReferenceSnapshot } from '../db/reference-data';
import { adviseOn, type AdviceAgency, type AdviceChannels } from '../domain/advice/advice';
import { isConductTag, tagInfo, type ConductTag } from '../domain/conduct/tags';
import { dialableNumber, numberBlockKey, type NormalizedNumber } from '../domain/phone';
import { presentScore, roundTo, type AbuseLevel, type Confidence, type Lang, type Verdict } from '../domain/scoring';
import { agencyChecks, type AgencyCheck } from './agency-checks';
import { scoreAggregates } from './number-score';
import { violationCounts, type ViolationCount } from './violations';

const DAY_MS = 86_400_000;

export interface LookupContext {
  database: Database;
  reference: ReferenceData;
  halfLifeDays: number;
  now: number;
  /** Lookups already computed, reused while what they were computed from is unchanged. */
  computed?: ComputedLookups;
}

/**
 * Computed lookups by number, language and the versions they were computed from (the row,
 * the block, the reference data), for the minute: the row is read every time, but a number
 * looked up again and again while it rings is parsed, scored and assembled once a minute, or
 * when a report changes it. A minute of decay moves no figure a lookup shows.
 */
export class ComputedLookups {
  private readonly entries = new Map<string, Omit<NumberLookup, 'number'>>();
  constructor(private readonly limit = 2_000) {}

  get(key: string): Omit<NumberLookup, 'number'> | undefined {
    return this.entries.get(key);
  }

  set(key: string, lookup: Omit<NumberLookup, 'number'>): void {
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, lookup);
  }
}

const MINUTE_MS = 60_000;

/** The lookup as the API returns it (the route's schema checks this shape). */
export interface NumberLookup {
  number: NormalizedNumber;
  verdict: Verdict;
  scam_probability: number;
  /** 90 % interval around scam_probability from the evidence mass behind it. */
  scam_probability_interval: { lower: number; upper: number };
  confidence: Confidence;
  abuse: { level: AbuseLevel; score: number };
  /** The operation the number's reports point to (the unresolved agency name they give most), or null. */
  operation: { name: string; numbers: number; since: string | null } | null;
  official: { agency_id: string; name: string; source: string } | null;
  claimed_agencies: { agency_id: string | null; name: string; reports: number; share: number }[];
  tags: { tag: ConductTag; label: string; count: number }[];
  reports: {
    total: number;
    reporters: number;
    last_30_days: number;
    first_at: string | null;
    last_at: string | null;
    weekly: { week: string; count: number }[];
  };
  dispute_open: boolean;
  /** The companies callers named, checked against their lenders' published agency lists. */
  agency_checks: AgencyCheck[];
  reasons: { code: string; effect: 'scam' | 'legit' | 'abuse'; weight: number; message: string }[];
  advice: { code: string; message: string; phone?: string; url?: string }[];
  /** Conduct rules reports say this caller broke, each with its source. */
  violations: ViolationCount[];
}

/**
 * @example
 * const lookup = await lookupNumber(ctx, normalizePhone('95188', 'CN'), 'en');
 * lookup.verdict // 'official'
 */
export async function lookupNumber(ctx: LookupContext, number: NormalizedNumber, lang: Lang): Promise<NumberLookup> {
  const [row, reference] = await Promise.all([readSummaryRow(ctx.database, number.key, numberBlockKey(number.key)), ctx.reference.current(ctx.now)]);
  const key = `${number.key}|${number.type}|${lang}|${summaryVersion(row)}|${reference.version}|${Math.floor(ctx.now / MINUTE_MS)}`;
  const known = ctx.computed?.get(key);
  if (known) return { number, ...known };
  const lookup = assembleLookup(summaryFromRow(row), reference, number, lang, ctx.now, ctx.halfLifeDays);
  const { number: _number, ...rest } = lookup;
  ctx.computed?.set(key, rest);
  return lookup;
}

/** The lookup from a summary already read (pure given the reference snapshot). */
export function assembleLookup(
  summary: NumberSummary,
  reference: ReferenceSnapshot,
  number: NormalizedNumber,
  lang: Lang,
  now: number,
  halfLifeDays: number,
): NumberLookup {
  const official = reference.official(number.key);
  const openDispute = summary.openDisputes > 0;
  const checked = agencyChecks(summary.callerCompanies, reference, lang);
  const score = presentScore(
    scoreAggregates(
      { evidence: summary.evidence, blockEvidence: summary.blockEvidence, operation: summary.operation, official: official !== null, openDispute, unlistedAgencyReports: checked.unlistedReports },
      number.type,
      now,
      halfLifeDays,
    ),
  );
  const name = (agency: { nameZh: string; nameEn: string }) => (lang === 'en' ? agency.nameEn : agency.nameZh);
  const claimedIds = summary.claims.flatMap((c) => (c.agencyId && reference.agency(c.agencyId) ? [c.agencyId] : []));
  const adviceAgency = (id: string): AdviceAgency => {
    const agency = reference.agency(id)!;
    const hotline = reference.officialNumbersOf(id)[0];
    return { id, name: { 'zh-CN': agency.nameZh, en: agency.nameEn }, hotline: hotline ? dialableNumber(hotline.numberKey) : null };
  };
  const claimsTotal = summary.claims.reduce((sum, c) => sum + c.count, 0);
  const channelValue = (id: string) => reference.generalChannel(id)?.value ?? null;
  const adviceChannels: AdviceChannels = {
    financialComplaints: channelValue('nfra-12378'),
    spamReporting: channelValue('spam-12321'),
    police: channelValue('police-110'),
    nifaWeb: channelValue('nifa-web'),
  };

  return {
    number,
    verdict: score.verdict,
    scam_probability: score.scam_probability,
    scam_probability_interval: score.interval,
    confidence: score.confidence,
    abuse: score.abuse,
    operation: summary.operation
      ? {
          name: summary.operation.name,
          numbers: summary.operation.numbers,
          since: summary.operation.firstReportAt === null ? null : new Date(summary.operation.firstReportAt).toISOString(),
        }
      : null,
    official: official ? { agency_id: official.agency.id, name: name(official.agency), source: lang === 'en' ? official.source : (official.sourceZh ?? official.source) } : null,
    claimed_agencies: summary.claims.map((c) => {
      const agency = c.agencyId ? reference.agency(c.agencyId) : undefined;
      return { agency_id: c.agencyId, name: agency ? name(agency) : c.name, reports: c.count, share: claimsTotal ? roundTo(c.count / claimsTotal, 3) : 0 };
    }),
    tags: Object.entries(summary.tags)
      .filter(([tag, count]) => count > 0 && isConductTag(tag))
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([tag, count]) => ({ tag: tag as ConductTag, label: tagInfo[tag as ConductTag].label[lang], count })),
    reports: reportSummary(summary, now),
    dispute_open: openDispute,
    agency_checks: checked.checks,
    reasons: score.reasons.map((r) => ({ code: r.code, effect: r.effect, weight: r.weight, message: r.message[lang] })),
    advice: adviseOn(
      {
        verdict: score.verdict,
        abuseLevel: score.abuse.level,
        officialOf: official
          ? { id: official.agency.id, name: { 'zh-CN': official.agency.nameZh, en: official.agency.nameEn }, hotline: dialableNumber(official.numberKey) }
          : null,
        claimedAgencies: claimedIds.map(adviceAgency),
        tags: summary.tags,
        openDispute,
        channels: adviceChannels,
      },
      lang,
    ),
    violations: violationCounts(summary.violations, lang),
  };
}

function reportSummary(summary: NumberSummary, now: number): NumberLookup['reports'] {
  const thirtyDaysAgo = new Date(now - 29 * DAY_MS).toISOString().slice(0, 10);
  const weeks = weekStarts(now, 26);
  const weekly = weeks.map((week) => ({ week, count: 0 }));
  let last30 = 0;
  for (const day in summary.daily) {
    const count = summary.daily[day]!;
    if (count <= 0 || day < weeks[0]!) continue;
    if (day >= thirtyDaysAgo) last30 += count;
    // Days sort as strings; find the last week starting on or before this day.
    for (let i = weeks.length - 1; i >= 0; i--) {
      if (day >= weeks[i]!) {
        weekly[i]!.count += count;
        break;
      }
    }
  }
  return {
    total: summary.reportsTotal,
    reporters: summary.reporters,
    last_30_days: last30,
    first_at: summary.firstReportAt ? new Date(summary.firstReportAt).toISOString() : null,
    last_at: summary.lastReportAt ? new Date(summary.lastReportAt).toISOString() : null,
    weekly,
  };
}

let weeksMemo: { day: number; count: number; weeks: string[] } | null = null;

/** Mondays (UTC, YYYY-MM-DD) of the last `count` weeks, oldest first, ending with this week. */
export function weekStarts(now: number, count: number): string[] {
  // The same for a whole day: every lookup needs it, so it is computed once a day.
  const day = Math.floor(now / DAY_MS);
  if (weeksMemo?.day === day && weeksMemo.count === count) return weeksMemo.weeks;
  const weeks = computeWeekStarts(now, count);
  weeksMemo = { day, count, weeks };
  return weeks;
}

function computeWeekStarts(now: number, count: number): string[] {
  const today = new Date(now);
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const thisMonday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - sinceMonday * DAY_MS;
  return Array.from({ length: count }, (_, i) => new Date(thisMonday - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10));
}
