/**
 * The answer to "who is calling me?" (SPEC §5), assembled from a fixed set of indexed reads,
 * the pure scoring module and the pure advice rules.
 */
import { inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/database';
import { readNumberAggregates, type NumberAggregates } from '../db/number-reads';
import { agencies, complaintChannels, officialNumbers } from '../db/schema';
import { adviseOn, type AdviceAgency, type AdviceChannels } from '../domain/advice/advice';
import { isConductTag, tagInfo } from '../domain/conduct/tags';
import { dialableNumber, numberBlockKey, type NormalizedNumber } from '../domain/phone';
import { presentScore, roundTo } from '../domain/scoring';
import { localizedSource, type Lang } from '../http/lang';
import type { Lookup } from '../routes/numbers/schemas';
import { scoreAggregates } from './number-score';

const DAY_MS = 86_400_000;

export interface LookupContext {
  database: Database;
  halfLifeDays: number;
  now: number;
}

/**
 * @example
 * const lookup = await lookupNumber(ctx, parseNumberOrThrow('95188', 'CN', 'en', 'number'), 'en');
 * lookup.verdict // 'official'
 */
export async function lookupNumber(ctx: LookupContext, number: NormalizedNumber, lang: Lang): Promise<Lookup> {
  const { db } = ctx.database;
  const aggregates = await readNumberAggregates(db, number.key, numberBlockKey(number.key), ctx.now);
  const score = presentScore(scoreAggregates(aggregates, number.type, ctx.now, ctx.halfLifeDays));
  const claimedIds = aggregates.claims.flatMap((c) => (c.agencyId ? [c.agencyId] : []));
  const [claimedAgencies, claimedHotlines, channels] = await Promise.all([
    claimedIds.length ? db.select().from(agencies).where(inArray(agencies.id, claimedIds)) : Promise.resolve([]),
    claimedIds.length ? db.select().from(officialNumbers).where(inArray(officialNumbers.agencyId, claimedIds)) : Promise.resolve([]),
    db.select().from(complaintChannels).where(isNull(complaintChannels.agencyId)),
  ]);
  const agencyById = new Map(claimedAgencies.map((a) => [a.id, a]));
  const adviceAgency = (id: string): AdviceAgency | null => {
    const agency = agencyById.get(id);
    if (!agency) return null;
    const hotline = claimedHotlines.find((o) => o.agencyId === id);
    return { id, name: { 'zh-CN': agency.nameZh, en: agency.nameEn }, hotline: hotline ? dialableNumber(hotline.numberKey) : null };
  };

  const claimsTotal = aggregates.claims.reduce((sum, c) => sum + c.count, 0);
  const tagCounts = Object.fromEntries(aggregates.tags.map((t) => [t.tag, t.count]));
  const official = aggregates.official;
  const channelValue = (id: string) => channels.find((c) => c.id === id)?.value ?? null;
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
    confidence: score.confidence,
    abuse: score.abuse,
    official: official
      ? { agency_id: official.agency.id, name: lang === 'en' ? official.agency.nameEn : official.agency.nameZh, source: localizedSource(official, lang) }
      : null,
    claimed_agencies: aggregates.claims.map((c) => {
      const agency = c.agencyId ? agencyById.get(c.agencyId) : undefined;
      return {
        agency_id: c.agencyId,
        name: agency ? (lang === 'en' ? agency.nameEn : agency.nameZh) : c.name,
        reports: c.count,
        share: claimsTotal ? roundTo(c.count / claimsTotal, 3) : 0,
      };
    }),
    tags: aggregates.tags
      .filter((t) => isConductTag(t.tag))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
      .map((t) => ({ tag: t.tag as never, label: tagInfo[t.tag as keyof typeof tagInfo].label[lang], count: t.count })),
    reports: reportSummary(aggregates, ctx.now),
    dispute_open: aggregates.openDispute,
    reasons: score.reasons.map((r) => ({ code: r.code, effect: r.effect, weight: r.weight, message: r.message[lang] })),
    advice: adviseOn(
      {
        verdict: score.verdict,
        abuseLevel: score.abuse.level,
        officialOf: official
          ? { id: official.agency.id, name: { 'zh-CN': official.agency.nameZh, en: official.agency.nameEn }, hotline: dialableNumber(official.numberKey) }
          : null,
        claimedAgencies: claimedIds.map(adviceAgency).filter((a): a is AdviceAgency => a !== null),
        tags: tagCounts,
        openDispute: aggregates.openDispute,
        channels: adviceChannels,
      },
      lang,
    ),
  };
}

function reportSummary(aggregates: NumberAggregates, now: number): Lookup['reports'] {
  const thirtyDaysAgo = new Date(now - 29 * DAY_MS).toISOString().slice(0, 10);
  const weeks = weekStarts(now, 26);
  const weekly = weeks.map((week) => ({ week, count: 0 }));
  for (const { day, count } of aggregates.daily) {
    // Days sort as strings; find the last week starting on or before this day.
    for (let i = weeks.length - 1; i >= 0; i--) {
      if (day >= weeks[i]!) {
        weekly[i]!.count += count;
        break;
      }
    }
  }
  const stats = aggregates.stats;
  return {
    total: stats?.reportsTotal ?? 0,
    reporters: stats?.reporters ?? 0,
    last_30_days: aggregates.daily.filter((d) => d.day >= thirtyDaysAgo).reduce((sum, d) => sum + d.count, 0),
    first_at: stats?.firstReportAt ? new Date(stats.firstReportAt).toISOString() : null,
    last_at: stats?.lastReportAt ? new Date(stats.lastReportAt).toISOString() : null,
    weekly,
  };
}

/** Mondays (UTC, YYYY-MM-DD) of the last `count` weeks, oldest first, ending with this week. */
export function weekStarts(now: number, count: number): string[] {
  const today = new Date(now);
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const thisMonday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - sinceMonday * DAY_MS;
  return Array.from({ length: count }, (_, i) => new Date(thisMonday - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10));
}
