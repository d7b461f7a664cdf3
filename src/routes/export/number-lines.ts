import type { Db } from '../../db/database';
import { statsRepository } from '../../db/stats-repository';
import { roundProbability } from '../../domain/scoring';

const PAGE_SIZE = 500;
const TOP_TAGS = 3;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** One line of `numbers.ndjson`: a number's public aggregates, nothing about who reported it. */
export interface ExportedNumber {
  key: string;
  e164: string | null;
  region: string;
  type: string;
  verdict: string | null;
  scam_probability: number | null;
  abuse_level: string | null;
  top_tags: { tag: string; count: number }[];
  top_claimed_agency: { agency_id: string | null; name: string; reports: number } | null;
  reports: { total: number; reporters: number; first_at: string | null; last_at: string | null };
  recycled_at: string | null;
  updated_at: string;
  /** Conduct rule → visible reports saying it was broken (sources: a lookup's violations, or seed/conduct-rules.json). */
  violations: Record<string, number>;
}

/**
 * Per-number aggregates, page by page in number id order, so memory stays flat however
 * many numbers there are. Shared by `GET /v1/export/numbers.ndjson` and `scripts/export.ts`.
 *
 * @example
 * for await (const line of exportedNumbers(db)) out.write(JSON.stringify(line) + '\n');
 */
export async function* exportedNumbers(db: Db, pageSize = PAGE_SIZE): AsyncGenerator<ExportedNumber> {
  const stats = statsRepository(db);
  for (let afterId = 0; ; ) {
    const { rows, tags, claims } = await stats.exportPage(afterId, pageSize);
    for (const row of rows) {
      const topTags = tags
        .filter((t) => t.numberId === row.id)
        .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
        .slice(0, TOP_TAGS)
        .map((t) => ({ tag: t.tag, count: t.count }));
      const topClaim = claims
        .filter((c) => c.numberId === row.id)
        .sort((a, b) => b.count - a.count || a.claimKey.localeCompare(b.claimKey))[0];
      yield {
        key: row.key,
        e164: row.e164,
        region: row.region,
        type: row.type,
        verdict: row.stats.verdict,
        scam_probability: row.stats.scamProbability === null ? null : roundProbability(row.stats.scamProbability),
        abuse_level: row.stats.abuseLevel,
        top_tags: topTags,
        top_claimed_agency: topClaim ? { agency_id: topClaim.agencyId, name: topClaim.name, reports: topClaim.count } : null,
        reports: {
          total: row.stats.reportsTotal,
          reporters: row.stats.reporters,
          first_at: iso(row.stats.firstReportAt),
          last_at: iso(row.stats.lastReportAt),
        },
        recycled_at: iso(row.recycledAt),
        updated_at: iso(row.stats.updatedAt)!,
        violations: JSON.parse(row.stats.violations) as Record<string, number>,
      };
    }
    if (rows.length < pageSize) return;
    afterId = rows.at(-1)!.id;
  }
}
