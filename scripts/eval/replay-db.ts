/**
 * The population replayed through the real write path (submitReport, the one the API, the
 * form and the import use) on an in-memory SQLite database, looked up through the real
 * aggregate reads, with `rescore --trust` as the monthly trust update.
 */
import { loadReferenceSeed } from '../../src/db/reference-seed';
import { readNumberSummary } from '../../src/db/number-summary';
import { referenceData } from '../../src/db/reference-data';
import { and, eq, inArray } from 'drizzle-orm';
import { numbers, reporters, reports } from '../../src/db/schema';
import { changeReportsStatus, submitReport, type WriteContext } from '../../src/services/reports';
import { openSqliteDatabase } from '../../src/db/sqlite-file';
import { normalizePhone, numberBlockKey, type NormalizedNumber } from '../../src/domain/phone';
import { scoreAggregates } from '../../src/services/number-score';
import { MIGRATIONS_FOLDER } from '../paths';
import { rescore } from '../rescore';
import type { SyntheticReport } from './population';
import type { Replay } from './replay';

export async function databaseReplay(halfLifeDays: number, seedAt: number): Promise<Replay & { close(): void }> {
  const database = openSqliteDatabase(':memory:', { migrationsFolder: MIGRATIONS_FOLDER });
  await loadReferenceSeed(database, seedAt);
  const reference = referenceData(database);
  const ctx: WriteContext = { database, halfLifeDays, reference, now: seedAt };
  const cache = new Map<string, NormalizedNumber>();
  const normalized = (input: string) => {
    let number = cache.get(input);
    if (!number) {
      const result = normalizePhone(input);
      if (!result.ok) throw new Error(`bad synthetic number ${input}`);
      cache.set(input, (number = result.number));
    }
    return number;
  };
  const score = async (key: string, now: number) => {
    const number = normalized(key);
    const [summary, snapshot] = await Promise.all([readNumberSummary(database, number.key, numberBlockKey(number.key)), reference.current(now)]);
    return scoreAggregates(
      { evidence: summary.evidence, blockEvidence: summary.blockEvidence, operation: summary.operation, official: snapshot.official(number.key) !== null, openDispute: summary.openDisputes > 0 },
      number.type,
      now,
      halfLifeDays,
    );
  };
  return {
    async add(report: SyntheticReport) {
      await submitReport(
        { ...ctx, now: report.reportedAt },
        {
          number: normalized(report.numberKey),
          calledAt: { text: report.calledAt, ms: report.calledAtMs },
          claimedAgency: report.claimedAgency,
          tags: report.tags,
          debtWithClaimedAgency: report.debtWithClaimedAgency,
          hotlineCheck: report.hotlineCheck,
          identification: report.identification,
          paymentRequested: report.paymentRequested,
          comment: null,
          circumstances: report.circumstances,
        },
        // Synthetic tokens and prefixes stand in for their keyed hashes.
        { reporterHash: report.reporter, ipHash: report.ipPrefix, reportedAt: report.reportedAt, source: 'import' },
      );
    },
    score,
    async scoreWithout(key: string, now: number, tokens: readonly string[]) {
      const number = normalized(key);
      const rows = await database.db
        .select({ report: reports })
        .from(reports)
        .innerJoin(numbers, eq(numbers.id, reports.numberId))
        .innerJoin(reporters, eq(reporters.id, reports.reporterId))
        .where(and(eq(numbers.key, number.key), eq(reports.status, 'visible'), inArray(reporters.tokenHash, [...tokens])));
      const found = rows.map((row) => row.report);
      const at = { ...ctx, now };
      await changeReportsStatus(at, number.key, found, 'hidden', { hiddenReason: 'eval_counterfactual', at: now });
      try {
        return await score(key, now);
      } finally {
        await changeReportsStatus(at, number.key, found, 'visible', { hiddenReason: null, at: now });
      }
    },
    async updateTrust(now: number) {
      await rescore({ database, reference }, { halfLifeDays, now, updateTrust: true });
    },
    close: () => database.close(),
  };
}
