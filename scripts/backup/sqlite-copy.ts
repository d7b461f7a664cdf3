/**
 * Online backup and restore of the Node server's SQLite file, with better-sqlite3's wrapper
 * of SQLite's backup API.
 *
 * The copy is taken in a single backup step, so it is one read transaction: a consistent
 * snapshot of every commit made before it began. In WAL mode a reader never blocks the
 * server's writers, so the server keeps serving. (Copying a few pages per step would let
 * the server's commits restart the backup from scratch, over and over, on a busy server.)
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

export interface CopyCheck {
  integrity: string;
  reports: number;
  numbers: number;
  bytes: number;
}

/**
 * Copies the live database at `source` to `out` (which must not exist yet) and checks the copy.
 *
 * @example
 * const check = await backupDatabase('./data/collector-check.db', './backups/cc-2026-06-15.db');
 */
export async function backupDatabase(source: string, out: string): Promise<CopyCheck> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(out)) throw new Error(`${out} exists already; a backup never overwrites a file`);
  const live = new BetterSqlite3(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    // After the first (empty) step the callback asks for every remaining page at once.
    await live.backup(out, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }
  return checkCopy(out);
}

/**
 * Opens a copy read-only and proves it usable: `PRAGMA integrity_check` and the row counts.
 *
 * @example
 * (await checkCopy('cc-2026-06-15.db')).integrity // 'ok'
 */
export function checkCopy(path: string): CopyCheck {
  const copy = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const count = (table: string) => (copy.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
    return { integrity, reports: count('reports'), numbers: count('numbers'), bytes: statSync(path).size };
  } finally {
    copy.close();
  }
}

/**
 * Puts a checked copy in place of the database at `target`. Run it with the server stopped.
 * The database it replaces (with its WAL, which must not be replayed onto the copy) is kept
 * beside it as `<target>.before-restore-<time>`.
 *
 * @returns where the replaced database was moved, or null when there was none.
 */
export async function restoreDatabase(copy: string, target: string, now = Date.now()): Promise<string | null> {
  const check = checkCopy(copy);
  if (check.integrity !== 'ok') throw new Error(`${copy} fails the integrity check: ${check.integrity}`);
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  const source = new BetterSqlite3(copy, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staging, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  let keptAs: string | null = null;
  if (existsSync(target)) {
    keptAs = `${target}.before-restore-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, keptAs);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(target + suffix)) renameSync(target + suffix, keptAs + suffix);
    }
  }
  renameSync(staging, target);
  return keptAs;
}
