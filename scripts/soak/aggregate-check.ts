/**
 * "The aggregates equal a full rescore of the reports", as one function: the crash rounds call
 * only {@link aggregateMismatches}, so a new rescore or new aggregate tables change this file
 * alone.
 *
 * Two halves:
 * - decayed evidence and report weights: `rescore()` is run on a copy of the database and
 *   what it rebuilt is compared, value by value, with what the write path had stored;
 * - counters (totals, reporters, first/last, per day, per tag, per claim, voices): recounted
 *   here from the visible reports, since rescore leaves them alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { claimKey, laterReport, parseTags, utcDay, type ReportRow } from '../../src/db/report-rows';
import { openSqliteDatabase } from '../../src/db/sqlite-file';
import { backupDatabase } from '../backup/sqlite-copy';
import { MIGRATIONS_FOLDER } from '../paths';
import { rescore } from '../rescore';

type Values = Map<string, number>;

/** Every difference between stored aggregates and a rebuild from the reports, as readable lines (empty: none). */
export async function aggregateMismatches(dbPath: string, halfLifeDays: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'collector-check-rescore-'));
  try {
    const copy = join(dir, 'copy.db');
    await backupDatabase(dbPath, copy);
    const stored = evidenceValues(copy);
    const counted = counterMismatches(copy);
    const database = openSqliteDatabase(copy, { migrationsFolder: MIGRATIONS_FOLDER });
    try {
      await rescore(database, { halfLifeDays, now: Date.now() });
    } finally {
      database.close();
    }
    const rebuilt = evidenceValues(copy);
    return [
      ...compare('number_evidence', stored.evidence, rebuilt.evidence),
      ...compare('block_evidence', stored.blocks, rebuilt.blocks),
      ...compare('reports.weight', stored.weights, rebuilt.weights),
      ...counted,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function evidenceValues(path: string): { evidence: Values; blocks: Values; weights: Values } {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const rows = (sql: string) => db.prepare(sql).all() as { k: string; v: number }[];
    const map = (list: { k: string; v: number }[]) => new Map(list.map((r) => [r.k, r.v]));
    return {
      evidence: map(rows("select number_id || '/' || feature as k, value as v from number_evidence")),
      blocks: map(rows("select block_key || '/' || feature as k, value as v from block_evidence")),
      weights: map(rows('select id as k, weight as v from reports')),
    };
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

/** Recounts every counter table from the visible reports and lists what differs. */
function counterMismatches(path: string): string[] {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const visible = (db.prepare("select * from reports where status = 'visible'").all() as Record<string, unknown>[]).map(toRow);
    const expected = { stats: new Map<string, number>(), daily: new Map<string, number>(), tags: new Map<string, number>(), claims: new Map<string, number>() };
    const voices = new Map<string, ReportRow>();
    const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    const bounds = new Map<number, { first: number; last: number }>();
    for (const row of visible) {
      bump(expected.stats, `${row.numberId}/total`);
      bump(expected.daily, `${row.numberId}/${utcDay(row.reportedAt)}`);
      for (const tag of parseTags(row.tags)) bump(expected.tags, `${row.numberId}/${tag}`);
      const claim = claimKey(row);
      if (claim) bump(expected.claims, `${row.numberId}/${claim}`);
      const voice = `${row.numberId}/${row.reporterId}`;
      voices.set(voice, laterReport(voices.get(voice) ?? null, row)!);
      const b = bounds.get(row.numberId) ?? { first: row.reportedAt, last: row.reportedAt };
      bounds.set(row.numberId, { first: Math.min(b.first, row.reportedAt), last: Math.max(b.last, row.reportedAt) });
    }
    for (const voice of voices.keys()) bump(expected.stats, `${voice.split('/')[0]}/reporters`);
    for (const [numberId, b] of bounds) {
      expected.stats.set(`${numberId}/first`, b.first);
      expected.stats.set(`${numberId}/last`, b.last);
    }

    const pairs = (sql: string) => new Map((db.prepare(sql).all() as { k: string; v: number }[]).map((r) => [r.k, r.v]));
    const stats = new Map<string, number>();
    for (const row of db.prepare('select * from number_stats').all() as Record<string, number | null>[]) {
      stats.set(`${row.number_id}/total`, row.reports_total!);
      stats.set(`${row.number_id}/reporters`, row.reporters!);
      if (row.first_report_at !== null) stats.set(`${row.number_id}/first`, row.first_report_at!);
      if (row.last_report_at !== null) stats.set(`${row.number_id}/last`, row.last_report_at!);
    }
    const storedVoices = pairs("select number_id || '/' || reporter_id as k, report_id as v from number_voices");
    const voiceLines = [...new Set([...voices.keys(), ...storedVoices.keys()])]
      .filter((k) => String(storedVoices.get(k) ?? '') !== (voices.get(k)?.id ?? ''))
      .map((k) => `number_voices ${k}: stored ${storedVoices.get(k) ?? 'none'}, latest visible ${voices.get(k)?.id ?? 'none'}`);
    return [
      ...compare('number_stats', stats, expected.stats),
      ...compare('number_daily', pairs("select number_id || '/' || day as k, count as v from number_daily"), expected.daily),
      ...compare('number_tags', pairs("select number_id || '/' || tag as k, count as v from number_tags"), expected.tags),
      ...compare('number_claims', pairs("select number_id || '/' || claim_key as k, count as v from number_claims"), expected.claims),
      ...voiceLines,
    ];
  } finally {
    db.close();
  }
}

/** A raw SQLite row in the shape drizzle gives (what the helpers in report-rows take). */
function toRow(raw: Record<string, unknown>): ReportRow {
  return {
    id: raw.id as string,
    numberId: raw.number_id as number,
    reporterId: raw.reporter_id as number,
    reportedAt: raw.reported_at as number,
    tags: raw.tags as string,
    claimedAgencyId: raw.claimed_agency_id as string | null,
    claimedAgencyNormalized: raw.claimed_agency_normalized as string | null,
  } as ReportRow;
}
