/**
 * Derives the conduct-rule violations of reports stored before violations were kept
 * (`reports.violations` null, migration 0009) from what those reports say: their call time in
 * the number's zone, the tags the reporter chose, the payment asked for. Counts are not
 * touched here: the rescore that follows rebuilds them from the reports, which is why
 * `npm run rescore` runs this first. Idempotent: a derived report is not read again.
 */
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { reportedTagsOfLegacyReport } from '../domain/conduct/derived-tags';
import { reportViolations } from '../domain/conduct/violations';
import { numberTimeZones } from '../domain/phone/time-zones';
import { NO_CIRCUMSTANCES, type PaymentRequested } from '../domain/reports/answers';
import { parseTags } from '../domain/reports/record';
import type { Database, WriteStatement } from './database';
import { numbers, reports } from './schema';

/**
 * @example
 * const derived = await deriveLegacyViolations(database); // reports that got their violations
 */
export async function deriveLegacyViolations(database: Database, { dryRun = false, pageSize = 500 } = {}): Promise<number> {
  const { db } = database;
  let derived = 0;
  for (let after = ''; ; ) {
    const page = await db
      .select({
        id: reports.id,
        tags: reports.tags,
        reportedTags: reports.reportedTags,
        calledAt: reports.calledAt,
        calledAtOffset: reports.calledAtOffset,
        paymentRequested: reports.paymentRequested,
        region: numbers.region,
        e164: numbers.e164,
      })
      .from(reports)
      .innerJoin(numbers, eq(numbers.id, reports.numberId))
      .where(and(isNull(reports.violations), gt(reports.id, after)))
      .orderBy(asc(reports.id))
      .limit(pageSize);
    if (page.length === 0) return derived;
    const statements: WriteStatement[] = page.map((row) => {
      const violations = reportViolations({
        region: row.region,
        call: { instant: row.calledAt, timeZones: numberTimeZones(row), offsetMinutes: row.calledAtOffset },
        tags: row.reportedTags === null ? reportedTagsOfLegacyReport(parseTags(row.tags)) : parseTags(row.reportedTags),
        paymentRequested: row.paymentRequested as PaymentRequested,
        circumstances: NO_CIRCUMSTANCES,
      });
      return db.update(reports).set({ violations: JSON.stringify(violations) }).where(eq(reports.id, row.id));
    });
    derived += page.length;
    if (!dryRun) await database.atomic(statements);
    // A dry run leaves the rows null: page on by id so it still ends.
    after = page.at(-1)!.id;
  }
}
