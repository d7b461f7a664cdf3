/**
 * A computed write batch as a fixed handful of row statements (docs/data-model.md): new
 * reports, changed reports, reporter counts, each number's one row, each block's row, the
 * per-tag and per-claim counts for stats, and import receipts. The same statements serve one
 * live report and thousands of imported lines (each operation's row too), on better-sqlite3 and on D1
 * ({@link RowStatement}).
 */
import { MIN_BLOCKLIST_REPORTERS } from '../domain/blocklists';
import type { NumberDelta, OperationDelta } from '../domain/reports/bookkeeping';
import type { WriteBatch } from '../domain/reports/write-batch';
import type { NumberScore } from '../domain/scoring';
import { insertRows, updateRows, writeRows, type RowStatement, type WriteStatement } from './database';
import { mapJson, mergedCounts, mergedRecentDays } from './json-merge';
import { REPORT_COLUMNS, recordValues } from './report-columns';
import { DAILY_WINDOW_DAYS } from './schema';

const DAY_MS = 86_400_000;

const insertReports = insertRows('reports', REPORT_COLUMNS);
const EDITABLE = [
  'called_at',
  'updated_at',
  'claimed_agency_id',
  'claimed_agency_text',
  'claimed_agency_normalized',
  'tags',
  'reported_tags',
  'called_at_offset',
  'debt_with_claimed_agency',
  'hotline_check',
  'employee_id_given',
  'company_name_given',
  'authorization_letter_given',
  'payment_requested',
  'comment',
  'caller_company',
  'status',
  'hidden_reason',
  'calls_today',
  'calls_last_7_days',
  'overdue_stage',
  'contacted',
  'threatened',
  'violations',
  // A report a later swarm showed to be part of it is re-marked (WriteBatch.joinSwarm).
  'weight',
  'discounts',
];
const EDITABLE_INDEXES = EDITABLE.map((name) => REPORT_COLUMNS.indexOf(name));
const updateReports = updateRows('reports', 'id', EDITABLE);
const incrementReporters = updateRows('reporters', 'id', [['reports_count', 'reports_count + ?']]);
const upsertNumberStats = insertRows(
  'number_stats',
  ['number_id', 'reports_total', 'reporters', 'evidence', 'daily', 'tags', 'claims', 'claim_names', 'violations', 'verdict', 'scam_probability', 'abuse_level', 'activity', 'scored_at', 'updated_at',
    // The companies callers named per claimed lender (checked against lenders' published lists).
    'caller_companies', 'caller_company_names'],
  `on conflict (number_id) do update set
     reports_total = reports_total + excluded.reports_total,
     reporters = reporters + excluded.reporters,
     evidence = ${mergedCounts('number_stats.evidence', 'excluded.evidence')},
     daily = ${mergedRecentDays('number_stats.daily', 'excluded.daily')},
     tags = ${mergedCounts('number_stats.tags', 'excluded.tags')},
     claims = ${mergedCounts('number_stats.claims', 'excluded.claims')},
     claim_names = json_patch(excluded.claim_names, number_stats.claim_names),
     caller_companies = ${mergedCounts('number_stats.caller_companies', 'excluded.caller_companies')},
     caller_company_names = json_patch(excluded.caller_company_names, number_stats.caller_company_names),
     violations = ${mergedCounts('number_stats.violations', 'excluded.violations')},
     verdict = coalesce(excluded.verdict, number_stats.verdict),
     scam_probability = coalesce(excluded.scam_probability, number_stats.scam_probability),
     abuse_level = coalesce(excluded.abuse_level, number_stats.abuse_level),
     activity = coalesce(excluded.activity, number_stats.activity),
     scored_at = excluded.scored_at, updated_at = max(number_stats.updated_at, excluded.updated_at),
     version = number_stats.version + 1`,
);
// First and last visible report by the (number_id, status, reported_at) index: O(log n) per number.
const refreshBounds = updateRows('number_stats', 'number_id', [
  ['first_report_at', `(select min(reported_at) from reports r where r.number_id = number_stats.number_id and r.status = 'visible')`],
  ['last_report_at', `(select max(reported_at) from reports r where r.number_id = number_stats.number_id and r.status = 'visible')`],
]);
const upsertBlocks = insertRows(
  'block_stats',
  ['block_key', 'evidence', 'updated_at'],
  `on conflict (block_key) do update set
     evidence = ${mergedCounts('block_stats.evidence', 'excluded.evidence')},
     updated_at = max(block_stats.updated_at, excluded.updated_at),
     version = block_stats.version + 1`,
);
const upsertOperations = insertRows(
  'operation_stats',
  ['operation_key', 'name', 'evidence', 'numbers', 'first_report_at', 'updated_at'],
  `on conflict (operation_key) do update set
     evidence = ${mergedCounts('operation_stats.evidence', 'excluded.evidence')},
     numbers = operation_stats.numbers + excluded.numbers,
     first_report_at = coalesce(min(operation_stats.first_report_at, excluded.first_report_at), operation_stats.first_report_at, excluded.first_report_at),
     updated_at = max(operation_stats.updated_at, excluded.updated_at),
     version = operation_stats.version + 1`,
);
const upsertTags = insertRows('number_tags', ['number_id', 'tag', 'count'], 'on conflict (number_id, tag) do update set count = count + excluded.count');
const upsertClaims = insertRows(
  'number_claims',
  ['number_id', 'claim_key', 'agency_id', 'name', 'count', 'violations'],
  `on conflict (number_id, claim_key) do update set count = count + excluded.count,
     violations = ${mergedCounts('number_claims.violations', 'excluded.violations')}`,
);
const insertReceipts = insertRows('import_receipts', ['external_id', 'imported_at']);
/**
 * A number whose last visible report went (hidden, retracted) leaves the export and every
 * blocklist: logged here, after its row is written, since its snapshot may not move (the
 * triggers of migrations/0008_blocklists.sql log snapshot changes; docs/phones.md).
 */
const logEmptied: RowStatement = {
  rowSql: 'insert into number_changes (number_id, at) select number_id, ? from number_stats where number_id = ? and reports_total = 0',
  bindOrder: (row) => [row[1], row[0]],
  jsonSql:
    'insert into number_changes (number_id, at) select s.number_id, j.value->>1 from json_each(?) j join number_stats s on s.number_id = j.value->>0 where s.reports_total = 0',
};

/**
 * A number whose distinct reporters crossed {@link MIN_BLOCKLIST_REPORTERS} (a second reporter
 * came, or one of two went) joins or leaves the blocklists while its snapshot may stay put:
 * logged here, after its row is written, from the batch's reporter delta (docs/phones.md).
 */
const logCorroboration: RowStatement = {
  rowSql: `insert into number_changes (number_id, at) select number_id, ? from number_stats
    where number_id = ? and (reporters >= ${MIN_BLOCKLIST_REPORTERS}) <> (reporters - ? >= ${MIN_BLOCKLIST_REPORTERS})`,
  bindOrder: (row) => [row[1], row[0], row[2]],
  jsonSql: `insert into number_changes (number_id, at) select s.number_id, j.value->>1 from json_each(?) j join number_stats s on s.number_id = j.value->>0
    where (s.reporters >= ${MIN_BLOCKLIST_REPORTERS}) <> (s.reporters - (j.value->>2) >= ${MIN_BLOCKLIST_REPORTERS})`,
};

export interface NumberChange {
  id: number;
  delta: NumberDelta;
  /** The score snapshot, or null to leave it for a later pass (it is then marked stale). */
  score: NumberScore | null;
  /** When the score snapshot is for. */
  at: number;
}

/** Each number's one row, each block's row and the stats counts, from their deltas. */
export function aggregateStatements(
  numbers: readonly NumberChange[],
  blockDeltas: ReadonlyMap<string, ReadonlyMap<string, number>>,
  now: number,
  operationDeltas: ReadonlyMap<string, OperationDelta> = new Map(),
): WriteStatement[] {
  const stats: unknown[][] = [];
  const tagRows: unknown[][] = [];
  const claimRows: unknown[][] = [];
  // Days before the window never enter a row, whether it is new or merged: a rescore, which
  // rebuilds every row from empty, then keeps exactly what the live writes kept.
  const cutoff = new Date(now - DAILY_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
  const recentDays = (days: ReadonlyMap<string, number>) => new Map([...days].filter(([day]) => day >= cutoff));
  const bounds: unknown[][] = [];
  for (const { id, delta, score, at } of numbers) {
    stats.push([
      id,
      delta.reportsTotal,
      delta.reporters,
      mapJson(delta.evidence),
      mapJson(recentDays(delta.days)),
      mapJson(delta.tags),
      mapJson(delta.claims),
      JSON.stringify(Object.fromEntries(delta.claimNames)),
      mapJson(delta.violations),
      score?.verdict ?? null,
      score?.scam_probability ?? null,
      score?.abuse.level ?? null,
      score?.voices ?? null,
      score ? at : null,
      at,
      mapJson(delta.callerCompanies),
      JSON.stringify(Object.fromEntries(delta.callerCompanyNames)),
    ]);
    for (const [tag, count] of delta.tags) if (count !== 0) tagRows.push([id, tag, count]);
    for (const [key, count] of delta.claims) {
      const violations = mapJson(delta.claimViolations.get(key) ?? new Map());
      // An edit can change a claim's violations without changing its count.
      if (count !== 0 || violations !== '{}') claimRows.push([id, key, delta.claimAgencies.get(key) ?? null, delta.claimNames.get(key) ?? key, count, violations]);
    }
    if (delta.reportsTotal !== 0 || delta.boundsChanged || delta.latestVisibleAt !== null) bounds.push([id]);
  }
  return [
    writeRows(upsertNumberStats, stats, [cutoff, cutoff]),
    writeRows(refreshBounds, bounds),
    writeRows(
      upsertBlocks,
      [...blockDeltas].map(([blockKey, delta]) => [blockKey, mapJson(delta), now]),
    ),
    writeRows(
      upsertOperations,
      [...operationDeltas].map(([key, op]) => [key, op.name, mapJson(op.evidence), op.numbers, op.firstReportAt, now]),
    ),
    writeRows(upsertTags, tagRows),
    writeRows(upsertClaims, claimRows),
  ];
}

/**
 * @example
 * await database.atomic([...batchStatements(batch, now), auditEntry]);
 */
export function batchStatements(batch: WriteBatch, now: number, options: { receipts?: readonly string[]; snapshots?: boolean } = {}): WriteStatement[] {
  const receipts = options.receipts ?? [];
  const numbers = batch.changedNumbers().map((number) => ({
    id: number.id,
    delta: batch.numberDeltas.get(number.id)!,
    score: options.snapshots === false ? null : batch.snapshot(number),
    at: batch.changedAt.get(number.id)!,
  }));
  return [
    writeRows(insertReports, [...batch.inserted.values()].map(recordValues)),
    writeRows(
      updateReports,
      [...batch.updated.values()].map((record) => {
        const values = recordValues(record);
        return [record.id, ...EDITABLE_INDEXES.map((i) => values[i])];
      }),
    ),
    writeRows(incrementReporters, [...batch.reporterIncrements]),
    ...aggregateStatements(numbers, batch.blockDeltas, now, batch.operationDeltas),
    writeRows(
      logEmptied,
      numbers.filter((n) => n.delta.reportsTotal < 0).map((n) => [n.id, n.at]),
    ),
    writeRows(
      logCorroboration,
      numbers.filter((n) => n.delta.reporters !== 0).map((n) => [n.id, n.at, n.delta.reporters]),
    ),
    writeRows(insertReceipts, receipts.map((id) => [id, now])),
  ];
}
