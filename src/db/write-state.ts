/**
 * Loads what a write batch touches with a few set reads (numbers, reporters, blocks, each
 * reporter's reports on each number, and the numbers' recent arrivals), whatever the batch's
 * size: ids travel as one JSON array parameter (`json_each`), which also keeps every
 * statement far under D1's 100 bound parameters.
 */
import type { Arrival, LoadedState, NumberState, ReporterState } from '../domain/reports/write-batch';
import type { ReportRecord } from '../domain/reports/record';
import type { NumberType } from '../domain/phone';
import { bind, insertRows, statement, writeRows, type Database, type WriteStatement } from './database';
import { REPORT_COLUMNS, recordFromRow, type ReportRowValues } from './report-columns';

const DAY_MS = 86_400_000;

export interface NewNumber {
  key: string;
  e164: string | null;
  region: string;
  type: string;
  blockKey: string | null;
  /** Hex SHA-256 of the key (the private lookup's bucket). */
  keyHash: string;
}

export interface BatchKeys {
  numbers: readonly NewNumber[];
  /** Reporter hash → when a reporter first seen in this batch is first seen. */
  reporters: ReadonlyMap<string, number>;
  /** Earliest and latest change times in the batch. */
  from: number;
  to: number;
  /** Operation keys the batch's reports name (the numbers' own are added when they are read). */
  operations?: readonly string[];
}

const ensureNumbers = insertRows('numbers', ['key', 'e164', 'region', 'type', 'block_key', 'created_at', 'key_hash'], 'on conflict (key) do nothing');
const ensureReporters = insertRows('reporters', ['token_hash', 'first_seen_at'], 'on conflict (token_hash) do nothing');
const numbersByKey = statement(
  `select n.id, n.key, n.type, n.block_key as blockKey, s.evidence, s.claims, coalesce(s.open_disputes, 0) as openDisputes
   from json_each(?) j join numbers n on n.key = j.value left join number_stats s on s.number_id = n.id`,
);
const reportersByHash = statement(
  `select r.id, r.token_hash as tokenHash, r.first_seen_at as firstSeenAt, r.reports_count as reportsCount, r.agreed, r.disagreed
   from json_each(?) j join reporters r on r.token_hash = j.value`,
);
const blocksByKey = statement(`select b.block_key as blockKey, b.evidence from json_each(?) j join block_stats b on b.block_key = j.value`);
const operationsByKey = statement(
  `select o.operation_key as key, o.name, o.evidence, o.numbers, o.first_report_at as firstReportAt
   from json_each(?) j join operation_stats o on o.operation_key = j.value`,
);
const pairReports = statement(
  `select ${REPORT_COLUMNS.map((c) => `r.${c}`).join(', ')}
   from json_each(?) j join reports r on r.reporter_id = j.value->>0 and r.number_id = j.value->>1`,
);
const recentArrivals = statement(
  `select r.id as reportId, r.number_id as numberId, r.reporter_id as reporterId, r.reported_at as reportedAt, r.ip_hash as ipHash, p.first_seen_at as reporterFirstSeenAt
   from json_each(?) j
   join reports r on r.number_id = j.value and r.status in ('visible', 'hidden') and r.reported_at between ? and ?
   join reporters p on p.id = r.reporter_id`,
);
/**
 * Every report of the pairs behind fresh tokens' arrivals in the window: a swarm shown by a
 * later report in the batch re-marks them (WriteBatch.joinSwarm), which needs each such
 * reporter's whole history on the number (a fresh token's is a day long at most).
 */
const freshArrivalPairs = statement(
  `select distinct ${REPORT_COLUMNS.map((c) => `r.${c}`).join(', ')}
   from json_each(?) j
   join reports a on a.number_id = j.value and a.status in ('visible', 'hidden') and a.reported_at between ? and ?
   join reporters p on p.id = a.reporter_id and p.first_seen_at >= ?
   join reports r on r.reporter_id = a.reporter_id and r.number_id = a.number_id`,
);

/**
 * Creates the numbers and reporters a batch needs (a no-op for those that exist). Committed on
 * its own before the batch is computed: rows without reports change nothing anyone reads.
 */
export function ensureStatements(keys: BatchKeys): WriteStatement[] {
  return [
    writeRows(ensureNumbers, keys.numbers.map((n) => [n.key, n.e164, n.region, n.type, n.blockKey, keys.from, n.keyHash])),
    writeRows(ensureReporters, [...keys.reporters]),
  ];
}

/**
 * @example
 * await database.atomic(ensureStatements(keys));
 * const state = await loadWriteState(database, keys, (key) => officialKeys.has(key));
 */
export async function loadWriteState(
  database: Database,
  keys: BatchKeys,
  isOfficial: (key: string) => boolean,
  pairsOf: (numbers: readonly NumberState[], reporters: readonly ReporterState[]) => [reporterId: number, numberId: number][],
): Promise<LoadedState> {
  const [numberRows, reporterRows] = (await database.allMany([
    bind(numbersByKey, [JSON.stringify(keys.numbers.map((n) => n.key))]),
    bind(reportersByHash, [JSON.stringify([...keys.reporters.keys()])]),
  ])) as [NumberRowValues[], ReporterState[]];
  const numbers: NumberState[] = numberRows.map((row) => ({
    id: row.id,
    key: row.key,
    type: row.type as NumberType,
    blockKey: row.blockKey,
    evidence: row.evidence ? (JSON.parse(row.evidence) as Record<string, number>) : {},
    claims: row.claims ? (JSON.parse(row.claims) as Record<string, number>) : {},
    official: isOfficial(row.key),
    openDisputes: row.openDisputes,
  }));
  const blockKeys = [...new Set(numbers.flatMap((n) => (n.blockKey ? [n.blockKey] : [])))];
  const pairs = pairsOf(numbers, reporterRows);
  const operationKeys = new Set(keys.operations ?? []);
  for (const n of numbers) for (const claim of Object.keys(n.claims)) if (claim.startsWith('text:')) operationKeys.add(claim);
  const numberIds = JSON.stringify(numbers.map((n) => n.id));
  const [blockRows, operationRows, pairRows, arrivalRows, freshPairRows] = (await database.allMany([
    bind(blocksByKey, [JSON.stringify(blockKeys)]),
    bind(operationsByKey, [JSON.stringify([...operationKeys])]),
    bind(pairReports, [JSON.stringify(pairs)]),
    bind(recentArrivals, [numberIds, keys.from - DAY_MS, keys.to]),
    // Fresh when a report of the batch weighs them: first seen less than a day before the batch's earliest change.
    bind(freshArrivalPairs, [numberIds, keys.from - DAY_MS, keys.to, keys.from - DAY_MS]),
  ])) as [{ blockKey: string; evidence: string }[], OperationRowValues[], ReportRowValues[], Arrival[], ReportRowValues[]];
  return {
    numbers,
    reporters: reporterRows,
    blocks: blockRows.map((b) => ({ blockKey: b.blockKey, evidence: JSON.parse(b.evidence) as Record<string, number> })),
    operations: operationRows.map((o) => ({ ...o, evidence: JSON.parse(o.evidence) as Record<string, number> })),
    pairReports: [...pairRows, ...freshPairRows].map(recordFromRow) as ReportRecord[],
    arrivals: arrivalRows,
  };
}

interface OperationRowValues {
  key: string;
  name: string;
  evidence: string;
  numbers: number;
  firstReportAt: number | null;
}

interface NumberRowValues {
  claims: string | null;
  id: number;
  key: string;
  type: string;
  blockKey: string | null;
  evidence: string | null;
  openDisputes: number;
}
