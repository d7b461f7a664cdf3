import { blocklistRepository } from '../../db/blocklist-repository';
import type { Database, Db } from '../../db/database';
import { officialNumbers } from '../../db/schema';
import { statsRepository } from '../../db/stats-repository';
import { inProfile, reportCountBucket, type BlocklistProfile } from '../../domain/blocklists';
import { roundProbability, type Verdict } from '../../domain/scoring';

const PAGE_SIZE = 500;
/** Changed ids per read in the incremental export: D1 binds at most 100 parameters. */
const CHANGE_PAGE_SIZE = 90;
const TOP_TAGS = 3;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * One line of `numbers.ndjson`: a number's public aggregates, nothing about who reported it.
 * Report counts are buckets ("1", "2-4", "5-9", "10-19", "20-49", "50+"), never exact.
 */
export interface ExportedNumber {
  key: string;
  e164: string | null;
  region: string;
  type: string;
  verdict: string | null;
  scam_probability: number | null;
  abuse_level: string | null;
  top_tags: { tag: string; count: string }[];
  /**
   * The agency callers most often claimed: for a registered agency its registered names (zh-CN in
   * `name`, English in `name_en`), otherwise the name as first reported and `name_en` null.
   */
  top_claimed_agency: { agency_id: string | null; name: string; name_en: string | null; reports: string } | null;
  reports: { total: string; reporters: string; first_at: string | null; last_at: string | null };
  recycled_at: string | null;
  updated_at: string;
  /** Conduct rule → visible reports saying it was broken (sources: a lookup's violations, or seed/conduct-rules.json). */
  violations: Record<string, string>;
}

/** A line of the incremental export for a number that left the export (or the profile asked for) since then. */
export interface RemovedNumber {
  key: string;
  removed: true;
}

type Page = Awaited<ReturnType<ReturnType<typeof statsRepository>['exportPage']>>;

/** A registered agency's names by id (the reference data, db/reference-data.ts). */
export type AgencyNames = (id: string) => { nameZh: string; nameEn: string } | undefined;
const noAgencies: AgencyNames = () => undefined;

/** Exported lines with each number's distinct reporters, exact (the line itself only has a bucket), for the profile test. */
type Counted = { line: ExportedNumber; reporters: number };

function lines(page: Page, agencies: AgencyNames): Counted[] {
  return page.rows.map((row) => ({ reporters: row.stats.reporters, line: line(page, row, agencies) }));
}

function line(page: Page, row: Page['rows'][number], agencies: AgencyNames): ExportedNumber {
  {
    const topTags = page.tags
      .filter((t) => t.numberId === row.id)
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
      .slice(0, TOP_TAGS)
      .map((t) => ({ tag: t.tag, count: reportCountBucket(t.count) }));
    const topClaim = page.claims.filter((c) => c.numberId === row.id).sort((a, b) => b.count - a.count || a.claimKey.localeCompare(b.claimKey))[0];
    const agency = topClaim?.agencyId ? agencies(topClaim.agencyId) : undefined;
    return {
      key: row.key,
      e164: row.e164,
      region: row.region,
      type: row.type,
      verdict: row.stats.verdict,
      scam_probability: row.stats.scamProbability === null ? null : roundProbability(row.stats.scamProbability),
      abuse_level: row.stats.abuseLevel,
      top_tags: topTags,
      top_claimed_agency: topClaim
        ? { agency_id: topClaim.agencyId, name: agency?.nameZh ?? topClaim.name, name_en: agency?.nameEn ?? null, reports: reportCountBucket(topClaim.count) }
        : null,
      reports: {
        total: reportCountBucket(row.stats.reportsTotal),
        reporters: reportCountBucket(row.stats.reporters),
        first_at: iso(row.stats.firstReportAt),
        last_at: iso(row.stats.lastReportAt),
      },
      recycled_at: iso(row.recycledAt),
      updated_at: iso(row.stats.updatedAt)!,
      violations: bucketedCounts(JSON.parse(row.stats.violations) as Record<string, number>),
    };
  }
}

/** A rule → reports map with each count bucketed like the other report counts (zero counts dropped). */
function bucketedCounts(counts: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0).map(([rule, n]) => [rule, reportCountBucket(n)]));
}

/** Whether an exported line belongs to the profile (every line does when none is asked for). */
function belongs({ line, reporters }: Counted, profile: BlocklistProfile | undefined, official: ReadonlySet<string>): boolean {
  if (!profile) return true;
  return inProfile(profile, { verdict: line.verdict as Verdict | null, abuseLevel: line.abuse_level, reportsTotal: 1, reporters, official: official.has(line.key) });
}

async function officialKeys(db: Db, profile: BlocklistProfile | undefined): Promise<ReadonlySet<string>> {
  if (!profile) return new Set();
  return new Set((await db.select({ key: officialNumbers.numberKey }).from(officialNumbers)).map((r) => r.key));
}

/**
 * Per-number aggregates, page by page in number id order, so memory stays flat however
 * many numbers there are. Shared by `GET /v1/export/numbers.ndjson` and `scripts/export.ts`.
 * With a profile, only the numbers that profile's blocklist selects (without its size limit).
 *
 * @example
 * for await (const line of exportedNumbers(db)) out.write(JSON.stringify(line) + '\n');
 */
export async function* exportedNumbers(db: Db, pageSize = PAGE_SIZE, profile?: BlocklistProfile, agencies: AgencyNames = noAgencies): AsyncGenerator<ExportedNumber> {
  const stats = statsRepository(db);
  const official = await officialKeys(db, profile);
  for (let afterId = 0; ; ) {
    const page = await stats.exportPage(afterId, pageSize);
    for (const counted of lines(page, agencies)) if (belongs(counted, profile, official)) yield counted.line;
    if (page.rows.length < pageSize) return;
    afterId = page.rows.at(-1)!.id;
  }
}

/**
 * The incremental export: numbers whose verdict, tenth of probability or abuse level changed
 * after `since` (ms), from the change log, in number id order. A changed number that is no
 * longer exported (or no longer in the profile) comes as a removal; a mirror drops it (and may
 * ignore removals of numbers it never held).
 *
 * @example
 * for await (const line of exportedChanges(database, Date.parse('2026-06-01T00:00:00Z'))) mirror.apply(line);
 */
export async function* exportedChanges(
  database: Database,
  since: number,
  profile?: BlocklistProfile,
  agencies: AgencyNames = noAgencies,
): AsyncGenerator<ExportedNumber | RemovedNumber> {
  const stats = statsRepository(database.db);
  const changes = blocklistRepository(database);
  const official = await officialKeys(database.db, profile);
  for (let afterId = 0; ; ) {
    const changed = await changes.changedIdsSince(since, afterId, CHANGE_PAGE_SIZE);
    if (changed.length === 0) return;
    const present = new Map(lines(await stats.exportRowsOf(changed.map((c) => c.id)), agencies).map((counted) => [counted.line.key, counted]));
    for (const { key } of changed) {
      if (key === null) continue;
      const counted = present.get(key);
      if (counted && belongs(counted, profile, official)) yield counted.line;
      else yield { key, removed: true };
    }
    if (changed.length < CHANGE_PAGE_SIZE) return;
    afterId = changed.at(-1)!.id;
  }
}
