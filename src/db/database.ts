import type { BatchItem } from 'drizzle-orm/batch';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema';

/** The drizzle database both runtimes share: queries are awaited the same way on either. */
export type Db = BaseSQLiteDatabase<'sync' | 'async', unknown, typeof schema>;

/** A write statement built but not yet run, for {@link Database.atomic}. */
export type WriteStatement = BatchItem<'sqlite'>;

/**
 * What the app needs from storage. `atomic` is the only place the runtimes differ:
 * D1 has no interactive transactions (it runs a batch), better-sqlite3 runs a transaction.
 *
 * @example
 * await database.atomic([
 *   database.db.insert(meta).values({ key: 'a', value: '1' }),
 *   database.db.delete(meta).where(eq(meta.key, 'b')),
 * ]);
 */
export interface Database {
  readonly db: Db;
  readonly runtime: 'sqlite' | 'd1';
  /** Runs all statements or none. Each statement must bind at most {@link MAX_BOUND_PARAMETERS}. */
  atomic(statements: readonly WriteStatement[]): Promise<void>;
}

/** D1 rejects statements with more bound parameters than this. */
export const MAX_BOUND_PARAMETERS = 100;

/**
 * Splits rows for a multi-row insert so that no statement binds more than D1 allows.
 *
 * @example
 * chunkRows(rows, 5).map((chunk) => db.insert(table).values(chunk));
 */
export function chunkRows<T>(rows: readonly T[], parametersPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_BOUND_PARAMETERS / parametersPerRow));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
