import type { BatchItem } from 'drizzle-orm/batch';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema';

/** The drizzle database both runtimes share: queries are awaited the same way on either. */
export type Db = BaseSQLiteDatabase<'sync' | 'async', unknown, typeof schema>;

/**
 * A statement written once as SQL text and prepared once per process (per isolate on
 * Workers). The hot paths (lookup, write path, import) use these instead of building a
 * drizzle query per request: query building was most of a lookup's cost (docs/performance.md).
 */
export interface Statement {
  readonly sql: string;
}

/** A statement with its parameters, ready to run. */
export interface BoundStatement {
  readonly statement: Statement;
  readonly params: readonly unknown[];
}

/** A write for {@link Database.atomic}: a drizzle query built but not yet run, or a bound prepared statement. */
export type WriteStatement = BatchItem<'sqlite'> | BoundStatement;

/**
 * @example
 * const byKey = statement('select id from numbers where key = ?');
 * const [row] = await database.all<{ id: number }>(byKey, ['+8613800138000']);
 */
export function statement(sql: string): Statement {
  return { sql };
}

export function bind(target: Statement, params: readonly unknown[]): BoundStatement {
  return { statement: target, params };
}

export function isBound(write: WriteStatement): write is BoundStatement {
  return typeof (write as BoundStatement).statement === 'object' && Array.isArray((write as BoundStatement).params);
}

/**
 * What the app needs from storage. `atomic` is the only place the runtimes differ:
 * D1 has no interactive transactions (it runs a batch), better-sqlite3 runs a transaction.
 *
 * @example
 * await database.atomic([
 *   database.db.insert(meta).values({ key: 'a', value: '1' }),
 *   bind(statement('delete from meta where key = ?'), ['b']),
 * ]);
 */
export interface Database {
  readonly db: Db;
  readonly runtime: 'sqlite' | 'd1';
  /** Runs all statements or none. Each statement must bind at most {@link MAX_BOUND_PARAMETERS}. */
  atomic(statements: readonly WriteStatement[]): Promise<void>;
  /** Rows of one prepared read. */
  all<T>(read: Statement, params: readonly unknown[]): Promise<T[]>;
  /** Rows of several prepared reads, in one round trip on D1 (a read-only batch). */
  allMany(reads: readonly BoundStatement[]): Promise<unknown[][]>;
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
  return chunkBy(rows, size);
}

export function chunkBy<T>(rows: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
