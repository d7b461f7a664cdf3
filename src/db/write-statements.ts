/**
 * A computed write batch as a fixed handful of set statements (docs/data-model.md): new
 * reports, changed reports, reporter counts, each number's one row, each block's row, the
 * per-tag and per-claim counts for stats, and import receipts. Rows travel as one JSON array
 * parameter per statement, chunked so no parameter grows unbounded, so the same statements
 * serve one live report and thousands of imported lines, on better-sqlite3 and on D1.
 */

import type { WriteBatch } from '../domain/reports/write-batch';
import type { NumberDelta } from '../domain/reports/bookkeeping';
import type { NumberScore } from '../domain/scoring';
import { bind, chunkBy, statement, type Statement, type WriteStatement } from './database';
import { mapJson, mergedCounts } from './json-merge';
import { REPORT_COLUMNS, recordValues } from './report-columns';
import { DAILY_WINDOW_DAYS } from './schema';

const DAY_MS = 86_400_000;
/** Rows per statement: keeps each JSON parameter to a few hundred kilobytes. */
const ROWS_PER_STATEMENT = 500;

const column = (i: number) => `value->>${i}`;

const insertReports = statement(
  `insert into reports (${REPORT_COLUMNS.join(', ')})
   select ${REPORT_COLUMNS.map((_, i) => column(i)).join(', ')} from json_each(?)`,
);
const EDITABLE = REPORT_COLUMNS.map((name, i) => ({ name, i })).filter(({ name }) =>
  [
    'called_at',
    'updated_at',
    'claimed_agency_id',
    'claimed_agency_text',
    'claimed_agency_normalized',
    'tags',
    'debt_with_claimed_agency',
    'hotline_check',
    'employee_id_given',
    'company_name_given',
    'authorization_letter_given',
    'payment_requested',
    'comment',
    'status',
    'hidden_reason',
  ].includes(name),
);
const updateReports = statement(
  `update reports set ${EDITABLE.map(({ name, i }) => `${name} = j.value->>${i}`).join(', ')}
   from json_each(?) j where reports.id = j.value->>0`,
);
const incrementReporters = statement(
  `update reporters set reports_count = reports_count + (j.value->>1) from json_each(?) j where reporters.id = j.value->>0`,
);
const upsertNumberStats = statement(
  `insert into number_stats (number_id, reports_total, reporters, evidence, daily, tags, claims, claim_names,
     verdict, scam_probability, abuse_level, scored_at, updated_at)
   select value->>'id', value->>'total', value->>'reporters', value->'evidence', value->'daily', value->'tags', value->'claims', value->'names',
     value->>'verdict', value->>'p', value->>'abuse', value->>'at', value->>'at'
   from json_each(?) where true
   on conflict (number_id) do update set
     reports_total = reports_total + excluded.reports_total,
     reporters = reporters + excluded.reporters,
     evidence = ${mergedCounts('number_stats.evidence', 'excluded.evidence')},
     daily = ${mergedCounts('number_stats.daily', 'excluded.daily', 'key >= ?')},
     tags = ${mergedCounts('number_stats.tags', 'excluded.tags')},
     claims = ${mergedCounts('number_stats.claims', 'excluded.claims')},
     claim_names = json_patch(excluded.claim_names, number_stats.claim_names),
     verdict = excluded.verdict, scam_probability = excluded.scam_probability, abuse_level = excluded.abuse_level,
     scored_at = excluded.scored_at, updated_at = max(number_stats.updated_at, excluded.updated_at)`,
);
// First and last visible report by the (number_id, status, reported_at) index: O(log n) per number.
const refreshBounds = statement(
  `update number_stats set
     first_report_at = (select min(reported_at) from reports r where r.number_id = number_stats.number_id and r.status = 'visible'),
     last_report_at = (select max(reported_at) from reports r where r.number_id = number_stats.number_id and r.status = 'visible')
   where number_id in (select value from json_each(?))`,
);
const upsertBlocks = statement(
  `insert into block_stats (block_key, evidence, updated_at)
   select value->>0, value->1, value->>2 from json_each(?) where true
   on conflict (block_key) do update set
     evidence = ${mergedCounts('block_stats.evidence', 'excluded.evidence')},
     updated_at = max(block_stats.updated_at, excluded.updated_at)`,
);
const upsertTags = statement(
  `insert into number_tags (number_id, tag, count) select value->>0, value->>1, value->>2 from json_each(?) where true
   on conflict (number_id, tag) do update set count = count + excluded.count`,
);
const upsertClaims = statement(
  `insert into number_claims (number_id, claim_key, agency_id, name, count)
   select value->>0, value->>1, value->>2, value->>3, value->>4 from json_each(?) where true
   on conflict (number_id, claim_key) do update set count = count + excluded.count`,
);
const insertReceipts = statement(`insert into import_receipts (external_id, imported_at) select value, ? from json_each(?)`);

/**
 * @example
 * await database.atomic([...batchStatements(batch, now), auditEntry]);
 */
export interface NumberChange {
  id: number;
  delta: NumberDelta;
  score: NumberScore;
  /** When the score snapshot is for. */
  at: number;
}

/** Each number's one row, each block's row and the stats counts, from their deltas. */
export function aggregateStatements(numbers: readonly NumberChange[], blockDeltas: ReadonlyMap<string, ReadonlyMap<string, number>>, now: number): WriteStatement[] {
  const out: WriteStatement[] = [];
  const chunked = (target: Statement, rows: unknown[], trailing: unknown[] = []) => {
    for (const chunk of chunkBy(rows, ROWS_PER_STATEMENT)) out.push(bind(target, [JSON.stringify(chunk), ...trailing]));
  };
  const stats: unknown[] = [];
  const tagRows: unknown[] = [];
  const claimRows: unknown[] = [];
  const bounds: number[] = [];
  for (const { id, delta, score, at } of numbers) {
    stats.push({
      id,
      total: delta.reportsTotal,
      reporters: delta.reporters,
      evidence: JSON.parse(mapJson(delta.evidence)),
      daily: JSON.parse(mapJson(delta.days)),
      tags: JSON.parse(mapJson(delta.tags)),
      claims: JSON.parse(mapJson(delta.claims)),
      names: Object.fromEntries(delta.claimNames),
      verdict: score.verdict,
      p: score.scam_probability,
      abuse: score.abuse.level,
      at,
    });
    for (const [tag, count] of delta.tags) if (count !== 0) tagRows.push([id, tag, count]);
    for (const [key, count] of delta.claims) {
      if (count !== 0) claimRows.push([id, key, delta.claimAgencies.get(key) ?? null, delta.claimNames.get(key) ?? key, count]);
    }
    if (delta.reportsTotal !== 0 || delta.boundsChanged || delta.latestVisibleAt !== null) bounds.push(id);
  }
  const dailyCutoff = new Date(now - DAILY_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
  chunked(upsertNumberStats, stats, [dailyCutoff]);
  chunked(refreshBounds, bounds);
  chunked(
    upsertBlocks,
    [...blockDeltas].map(([blockKey, delta]) => [blockKey, JSON.parse(mapJson(delta)), now]),
  );
  chunked(upsertTags, tagRows);
  chunked(upsertClaims, claimRows);
  return out;
}

export function batchStatements(batch: WriteBatch, now: number, receipts: readonly string[] = []): WriteStatement[] {
  const out: WriteStatement[] = [];
  const chunked = (target: Statement, rows: unknown[], leading: unknown[] = []) => {
    for (const chunk of chunkBy(rows, ROWS_PER_STATEMENT)) out.push(bind(target, [...leading, JSON.stringify(chunk)]));
  };
  chunked(insertReports, [...batch.inserted.values()].map(recordValues));
  chunked(updateReports, [...batch.updated.values()].map(recordValues));
  chunked(incrementReporters, [...batch.reporterIncrements]);

  const numbers = batch.changedNumbers().map((number) => ({
    id: number.id,
    delta: batch.numberDeltas.get(number.id)!,
    score: batch.snapshot(number),
    at: batch.changedAt.get(number.id)!,
  }));
  out.push(...aggregateStatements(numbers, batch.blockDeltas, now));
  chunked(insertReceipts, [...receipts], [now]);
  return out;
}

