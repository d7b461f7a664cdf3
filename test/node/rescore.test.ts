import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import { referenceData } from '../../src/db/reference-data';
import { reportRepository } from '../../src/db/report-repository';
import { changeReportStatus, submitReport, type WriteContext } from '../../src/services/reports';
import { openSqliteDatabase, type SqliteDatabase } from '../../src/db/sqlite-file';
import { normalizePhone } from '../../src/domain/phone';
import { evidenceScale, OPERATION_RECENT_NAMED, RECENT, RECENT_HALF_LIFE_DAYS, type ReportFacts } from '../../src/domain/scoring';
import type { CallCircumstances } from '../../src/domain/reports/answers';
import { rescore } from '../../scripts/rescore';
import { circumstancesArb, factsArb } from '../domain/scoring/arbitraries';
import { migrationsFolder } from '../harness/node';

const HALF_LIFE = 180;
const T0 = Date.UTC(2026, 0, 1);
const NUMBERS = ['+8617012345601', '+8617012345602', '+8617012345699', '+8613800138000'].map((n) => {
  const result = normalizePhone(n);
  if (!result.ok) throw new Error(n);
  return result.number;
});

const operationArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('report' as const), number: fc.nat(3), ip: fc.nat(2), facts: factsArb, circumstances: circumstancesArb,
      reporter: fc.nat(5), gapMinutes: fc.integer({ min: 1, max: 40 * 60 }),
      // Unresolved names link numbers into operations; a registered lender's name does not.
      claim: fc.constantFrom(null, '网贷清退中心', '征信修复中心', '花呗'),
      // Imported history: some reports were made long before they are written, past the daily window.
      historyDays: fc.constantFrom(0, 0, 0, 250, 300),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('retract' as const, 'hide' as const, 'unhide' as const), pick: fc.nat(), gapMinutes: fc.integer({ min: 1, max: 600 }) }) },
  // First-time reporters minutes apart on one number: from the third on, a swarm that re-marks its earlier members.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swarm' as const), number: fc.nat(3), size: fc.integer({ min: 2, max: 5 }), facts: factsArb, gapMinutes: fc.integer({ min: 1, max: 120 }) }) },
);

function snapshot(database: SqliteDatabase) {
  const rows = (sql: string) => database.client.prepare(sql).all() as Record<string, number | string>[];
  const map = (list: Record<string, number | string>[], key: (r: Record<string, number | string>) => string, value: string) =>
    Object.fromEntries(list.map((r) => [key(r), Number(r[value])]).filter(([, v]) => Math.abs(v as number) > 1e-9));
  return {
    evidence: map(rows('select s.number_id, j.key as feature, j.value from number_stats s, json_each(s.evidence) j'), (r) => `${r.number_id}/${r.feature}`, 'value'),
    blocks: map(rows('select b.block_key, j.key as feature, j.value from block_stats b, json_each(b.evidence) j'), (r) => `${r.block_key}/${r.feature}`, 'value'),
    operations: map(
      rows(`select o.operation_key as k, j.key as feature, j.value from operation_stats o, json_each(o.evidence) j
        union all select operation_key, 'numbers', numbers from operation_stats`),
      (r) => `${r.k}/${r.feature}`,
      'value',
    ),
    counts: map(
      rows(`select s.number_id, 'total' as k, s.reports_total as v from number_stats s union all select s.number_id, 'reporters', s.reporters from number_stats s
        union all select s.number_id, 'first', s.first_report_at from number_stats s union all select s.number_id, 'last', s.last_report_at from number_stats s
        union all select s.number_id, 'day:' || j.key, j.value from number_stats s, json_each(s.daily) j
        union all select s.number_id, 'tag:' || j.key, j.value from number_stats s, json_each(s.tags) j
        union all select number_id, 'tagrow:' || tag, count from number_tags
        union all select s.number_id, 'violation:' || j.key, j.value from number_stats s, json_each(s.violations) j
        union all select c.number_id, 'claim:' || c.claim_key || '/' || j.key, j.value from number_claims c, json_each(c.violations) j`),
      (r) => `${r.number_id}/${r.k}`,
      'v',
    ),
    weights: map(rows('select id, weight from reports'), (r) => String(r.id), 'weight'),
    // Discount codes too: a swarm's earlier members are re-marked as it shows itself, live and in a rescore alike.
    discounts: Object.fromEntries(rows('select id, discounts from reports').map((r) => [String(r.id), String(r.discounts)])),
  };
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>) {
  for (const key of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
    const a = actual[key] ?? 0;
    const b = expected[key] ?? 0;
    // Stored sums are scaled by their half-life's growth since the epoch; a 30-day sum grows
    // about 2^30-fold by 2026, so adding and retracting a vote there leaves rounding of that
    // size. Compare in votes as of the test's time: equal to within 1e-9 of a vote.
    const unit = key.includes(RECENT) || key.endsWith(`|${OPERATION_RECENT_NAMED}`) ? evidenceScale(T0, RECENT_HALF_LIFE_DAYS) : 1;
    expect(Math.abs(a - b), key).toBeLessThanOrEqual(1e-9 * Math.max(unit, Math.abs(a), Math.abs(b)));
  }
}

/** A submission of `facts` on one of NUMBERS, called a minute before `reportedAt`. */
function submission(number: number, facts: ReportFacts, claim: string | null, reportedAt: number, circumstances?: CallCircumstances) {
  return {
    number: NUMBERS[number]!,
    calledAt: { text: new Date(reportedAt - 60_000).toISOString().replace('Z', '+00:00'), ms: reportedAt - 60_000 },
    claimedAgency: claim,
    tags: facts.tags.filter((t) => t !== 'out_of_hours'),
    debtWithClaimedAgency: facts.debtWithClaimedAgency,
    hotlineCheck: facts.hotlineCheck,
    identification: facts.identification,
    paymentRequested: facts.paymentRequested,
    comment: null,
    circumstances,
  };
}

describe('npm run rescore', () => {
  it('rebuilds exactly what the incremental write path kept, after any sequence of reports, edits, retractions and hides', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operationArb, { minLength: 1, maxLength: 40 }), async (operations) => {
        const database = openSqliteDatabase(':memory:', { migrationsFolder });
        try {
          await loadReferenceSeed(database, T0);
          const reference = referenceData(database);
          const ctx: WriteContext = { database, halfLifeDays: HALF_LIFE, reference, now: T0 };
          const ids: string[] = [];
          let at = T0;
          let swarmTokens = 0;
          for (const op of operations) {
            at += op.gapMinutes * 60_000;
            if (op.kind === 'report') {
              const reportedAt = at - op.historyDays * 86_400_000;
              const origin = { reporterHash: `reporter-${op.reporter}`, ipHash: `net-${op.ip}`, reportedAt, source: op.historyDays ? ('import' as const) : ('live' as const) };
              const { id } = await submitReport({ ...ctx, now: at }, submission(op.number, op.facts, op.claim, reportedAt, op.circumstances), origin);
              if (!ids.includes(id)) ids.push(id);
            } else if (op.kind === 'swarm') {
              for (let i = 0; i < op.size; i++, at += op.gapMinutes * 60_000) {
                const origin = { reporterHash: `fresh-${swarmTokens++}`, ipHash: `net-${i % 3}`, reportedAt: at, source: 'live' as const };
                ids.push((await submitReport({ ...ctx, now: at }, submission(op.number, op.facts, null, at), origin)).id);
              }
            } else if (ids.length) {
              const found = await reportRepository(database.db).find(ids[op.pick % ids.length]!);
              if (!found || found.report.status === 'retracted') continue;
              const status = op.kind === 'retract' ? 'retracted' : op.kind === 'hide' ? 'hidden' : 'visible';
              await changeReportStatus({ ...ctx, now: at }, found, status, { at, hiddenReason: status === 'hidden' ? 'test' : null });
            }
          }
          const incremental = snapshot(database);
          await rescore({ database, reference }, { halfLifeDays: HALF_LIFE, now: at });
          const rebuilt = snapshot(database);
          expectClose(rebuilt.evidence, incremental.evidence);
          expectClose(rebuilt.blocks, incremental.blocks);
          expectClose(rebuilt.operations, incremental.operations);
          expectClose(rebuilt.weights, incremental.weights);
          expect(rebuilt.discounts).toEqual(incremental.discounts);
          expectClose(rebuilt.counts, incremental.counts);
        } finally {
          database.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('recounts reporter agreement with --trust and re-weighs a contrarian', async () => {
    const database = openSqliteDatabase(':memory:', { migrationsFolder });
    await loadReferenceSeed(database, T0);
    const reference = referenceData(database);
    const ctx: WriteContext = { database, halfLifeDays: HALF_LIFE, reference, now: T0 };
    const submit = (number: number, reporter: string, hotline: 'denied' | 'confirmed', at: number) =>
      submitReport(
        { ...ctx, now: at },
        {
          number: NUMBERS[number]!,
          calledAt: { text: new Date(at - 60_000).toISOString().replace('Z', '+00:00'), ms: at - 60_000 },
          claimedAgency: null, tags: [], debtWithClaimedAgency: hotline === 'denied' ? 'no' : 'yes', hotlineCheck: hotline,
          identification: { employeeIdGiven: false, companyNameGiven: false, authorizationLetterGiven: false },
          paymentRequested: hotline === 'denied' ? 'personal_account' : 'official_channel', comment: null,
        },
        { reporterHash: reporter, ipHash: `${reporter}-net`, reportedAt: at, source: 'live' },
      );
    let at = T0;
    for (const number of [0, 3]) {
      for (let i = 0; i < 4; i++) await submit(number, `victim-${number}-${i}`, 'denied', (at += 3 * 86_400_000));
      await submit(number, 'shill', 'confirmed', (at += 86_400_000));
    }
    const result = await rescore({ database, reference }, { halfLifeDays: HALF_LIFE, now: at, updateTrust: true });
    expect(result.reportersUpdated).toBeGreaterThan(0);
    const shill = database.client.prepare("select agreed, disagreed from reporters where token_hash = 'shill'").get() as { agreed: number; disagreed: number };
    expect(shill).toEqual({ agreed: 0, disagreed: 2 });
    const weights = database.client.prepare("select r.weight from reports r join reporters p on p.id = r.reporter_id where p.token_hash = 'shill'").all() as { weight: number }[];
    for (const { weight } of weights) expect(weight).toBeLessThan(0.5);
    database.close();
  });
});
