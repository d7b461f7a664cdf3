/**
 * "The aggregates equal a full rescore of the reports", as one function: the crash rounds call
 * only {@link aggregateMismatches}. `rescore()` rebuilds every aggregate from the reports alone
 * (counts, daily, tags, claims, evidence, block evidence, weights), so the check runs it on a
 * copy of the database and compares every aggregate value by value with what the write path
 * had stored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { referenceData } from '../../src/db/reference-data';
import { openSqliteDatabase } from '../../src/db/sqlite-file';
import { rescore } from '../../src/services/rescore';
import { backupDatabase } from '../backup/sqlite-copy';
import { MIGRATIONS_FOLDER } from '../paths';

type Values = Map<string, number>;

/** What the aggregates hold, each value under `table key/part`. */
const AGGREGATES: Record<string, string> = {
  'number_stats.counts': `select number_id || '/total' as k, reports_total as v from number_stats
    union all select number_id || '/reporters', reporters from number_stats
    union all select number_id || '/first', first_report_at from number_stats where first_report_at is not null
    union all select number_id || '/last', last_report_at from number_stats where last_report_at is not null`,
  'number_stats.evidence': `select s.number_id || '/' || j.key as k, j.value as v from number_stats s, json_each(s.evidence) j`,
  'number_stats.daily': `select s.number_id || '/' || j.key as k, j.value as v from number_stats s, json_each(s.daily) j`,
  'number_stats.tags': `select s.number_id || '/' || j.key as k, j.value as v from number_stats s, json_each(s.tags) j`,
  'number_stats.claims': `select s.number_id || '/' || j.key as k, j.value as v from number_stats s, json_each(s.claims) j`,
  block_stats: `select b.block_key || '/' || j.key as k, j.value as v from block_stats b, json_each(b.evidence) j`,
  number_tags: `select number_id || '/' || tag as k, count as v from number_tags`,
  number_claims: `select number_id || '/' || claim_key as k, count as v from number_claims`,
  'reports.weight': `select id as k, weight as v from reports`,
};

/** Every difference between stored aggregates and a rebuild from the reports, as readable lines (empty: none). */
export async function aggregateMismatches(dbPath: string, halfLifeDays: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'collector-check-rescore-'));
  try {
    const copy = join(dir, 'copy.db');
    await backupDatabase(dbPath, copy);
    const stored = aggregateValues(copy);
    const database = openSqliteDatabase(copy, { migrationsFolder: MIGRATIONS_FOLDER });
    try {
      await rescore({ database, reference: referenceData(database) }, { halfLifeDays, now: Date.now() });
    } finally {
      database.close();
    }
    const rebuilt = aggregateValues(copy);
    return Object.keys(AGGREGATES).flatMap((name) => compare(name, stored.get(name)!, rebuilt.get(name)!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function aggregateValues(path: string): Map<string, Values> {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return new Map(
      Object.entries(AGGREGATES).map(([name, sql]) => [name, new Map((db.prepare(sql).all() as { k: string; v: number }[]).map((r) => [r.k, r.v]))]),
    );
  } finally {
    db.close();
  }
}

/** Values equal within floating-point summation error; an absent key counts as zero. */
function compare(what: string, stored: Values, rebuilt: Values): string[] {
  const out: string[] = [];
  for (const key of new Set([...stored.keys(), ...rebuilt.keys()])) {
    const a = stored.get(key) ?? 0;
    const b = rebuilt.get(key) ?? 0;
    if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) out.push(`${what} ${key}: stored ${a}, rescore ${b}`);
  }
  return out;
}
