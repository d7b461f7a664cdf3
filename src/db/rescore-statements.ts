/**
 * Reads and writes of a full rescore: every report in reported_at order, then every
 * aggregate replaced. The aggregates are cleared and written back through the write path's
 * own set statements (db/write-statements.ts), so both build rows the same way.
 */
import type { ReportRecord } from '../domain/reports/record';
import type { ReporterTrust, VoiceWeight } from '../domain/scoring';
import { bind, statement, updateRows, writeRows, type BoundStatement, type Database, type WriteStatement } from './database';
import { REPORT_COLUMNS, recordFromRow } from './report-columns';

// Comments are not needed to score and are the bulk of a row: left out of the replay.
const allReports = statement(
  `select ${REPORT_COLUMNS.map((c) => (c === 'comment' ? 'null as comment' : c)).join(', ')} from reports order by reported_at, id`,
);
const allNumbers = statement(`select n.id, n.key, n.type, n.block_key as blockKey, coalesce(s.open_disputes, 0) as openDisputes from numbers n left join number_stats s on s.number_id = n.id`);
const allReporters = statement(`select id, first_seen_at as firstSeenAt, agreed, disagreed from reporters`);

const clearStats = statement(
  `update number_stats set reports_total = 0, reporters = 0, evidence = '{}', daily = '{}', tags = '{}', claims = '{}', claim_names = '{}', violations = '{}',
     caller_companies = '{}', caller_company_names = '{}',
     first_report_at = null, last_report_at = null`,
);
// Cleared in place (not deleted) so versions only ever grow: computed lookups are keyed on them.
const clearBlocks = statement("update block_stats set evidence = '{}', version = version + 1");
const clearOperations = statement("update operation_stats set evidence = '{}', numbers = 0, first_report_at = null, version = version + 1");
const clearTags = statement('delete from number_tags');
const clearClaims = statement('delete from number_claims');
const setWeights = updateRows('reports', 'id', ['weight', 'discounts']);
const setTrust = updateRows('reporters', 'id', ['agreed', 'disagreed']);

export interface RescoreInputs {
  reports: ReportRecord[];
  numbers: { id: number; key: string; type: string; blockKey: string | null; openDisputes: number }[];
  reporters: { id: number; firstSeenAt: number; agreed: number; disagreed: number }[];
}

export async function readRescoreInputs(database: Database): Promise<RescoreInputs> {
  const [reports, numbers, reporters] = await database.allMany([bind(allReports, []), bind(allNumbers, []), bind(allReporters, [])]);
  return {
    reports: (reports as Record<string, unknown>[]).map(recordFromRow),
    numbers: numbers as RescoreInputs['numbers'],
    reporters: reporters as RescoreInputs['reporters'],
  };
}

export function clearAggregates(): BoundStatement[] {
  return [clearStats, clearBlocks, clearOperations, clearTags, clearClaims].map((s) => bind(s, []));
}

export function weightStatements(changed: readonly [id: string, weight: VoiceWeight][]): WriteStatement {
  return writeRows(setWeights, changed.map(([id, w]) => [id, w.weight, JSON.stringify(w.discounts)]));
}

export function trustStatements(changed: readonly [id: number, trust: ReporterTrust][]): WriteStatement {
  return writeRows(setTrust, changed.map(([id, t]) => [id, t.agreed, t.disagreed]));
}
