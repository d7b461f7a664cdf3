/**
 * Re-derives the tags of reports stored before reported and derived tags were kept apart
 * (`reports.reported_tags` null). Those reports had `out_of_hours` added whenever the hour
 * digits typed in called_at looked late, so a client sending UTC got daytime calls tagged and
 * night calls not. For each such report:
 *
 * - reported tags := stored tags without `out_of_hours` (see `reportedTagsOfLegacyReport`);
 * - tags := reported tags + `out_of_hours` judged from the call instant in the called number's
 *   time zone (the typed offset was not kept, so the fallback offset is unknown);
 * - number_tags follows for visible reports.
 *
 * Evidence sums are not touched here: they are rebuilt from the tags by the rescore that must
 * follow, which is why `npm run rescore` runs this first. Idempotent: a re-derived report has
 * its reported tags set and is not read again.
 */
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { deriveTags, reportedTagsOfLegacyReport } from '../domain/conduct/derived-tags';
import { numberTimeZones } from '../domain/phone/time-zones';
import type { Database, WriteStatement } from './database';
import { parseTags } from '../domain/reports/record';
import { numbers, numberTags, reports } from './schema';

export interface RederivationResult {
  /** Legacy reports read. */
  reports: number;
  /** Of those, reports whose tags changed. */
  changed: number;
}

/**
 * @example
 * const { changed } = await rederiveLegacyTags(database);
 */
export async function rederiveLegacyTags(database: Database, { dryRun = false, pageSize = 500 } = {}): Promise<RederivationResult> {
  const { db } = database;
  const result: RederivationResult = { reports: 0, changed: 0 };
  for (let after = ''; ; ) {
    const page = await db
      .select({
        id: reports.id,
        numberId: reports.numberId,
        tags: reports.tags,
        calledAt: reports.calledAt,
        status: reports.status,
        region: numbers.region,
        e164: numbers.e164,
      })
      .from(reports)
      .innerJoin(numbers, eq(numbers.id, reports.numberId))
      .where(and(isNull(reports.reportedTags), gt(reports.id, after)))
      .orderBy(asc(reports.id))
      .limit(pageSize);
    if (page.length === 0) return result;

    const statements: WriteStatement[] = [];
    const outOfHoursDelta = new Map<number, number>();
    for (const row of page) {
      const stored = parseTags(row.tags);
      const reported = reportedTagsOfLegacyReport(stored);
      const tags = deriveTags({
        reported,
        call: { instant: row.calledAt, timeZones: numberTimeZones(row), offsetMinutes: null },
        region: row.region,
      });
      const had = stored.includes('out_of_hours');
      const has = tags.includes('out_of_hours');
      if (JSON.stringify(tags) !== JSON.stringify(stored)) result.changed++;
      if (row.status === 'visible' && had !== has) {
        outOfHoursDelta.set(row.numberId, (outOfHoursDelta.get(row.numberId) ?? 0) + (has ? 1 : -1));
      }
      statements.push(db.update(reports).set({ tags: JSON.stringify(tags), reportedTags: JSON.stringify(reported) }).where(eq(reports.id, row.id)));
    }
    for (const [numberId, delta] of outOfHoursDelta) {
      if (delta === 0) continue;
      statements.push(
        db
          .insert(numberTags)
          .values({ numberId, tag: 'out_of_hours', count: delta })
          .onConflictDoUpdate({ target: [numberTags.numberId, numberTags.tag], set: { count: sql`${numberTags.count} + ${delta}` } }),
      );
    }
    result.reports += page.length;
    if (!dryRun) await database.atomic(statements);
    after = page.at(-1)!.id;
  }
}
