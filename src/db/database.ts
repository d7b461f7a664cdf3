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

/**
 * A statement run once per row, written once in row form (`insert … values (?, …)` or
 * `update … set … where key = ?`). Each runtime runs it its own way behind
 * {@link Database.atomic}: better-sqlite3 runs the prepared row statement per row (binding is
 * cheapest there), D1 runs the same change as a few set statements over `json_each` of the
 * rows (a statement binds at most 100 parameters and an invocation runs about 1,000).
 */
export interface RowStatement {
  readonly rowSql: string;
  /** The same change over `json_each(?)` of an array of rows, each row an array in column order. */
  readonly jsonSql: string;
  /** The row's values in the order `rowSql` binds them, when that is not the row's own order. */
  readonly bindOrder?: (row: readonly unknown[]) => readonly unknown[];
}

/** Rows for a {@link RowStatement}, with any trailing parameters it takes after the row's own. */
export interface RowWrite {
  readonly rows: RowStatement;
  readonly values: readonly (readonly unknown[])[];
  readonly trailing: readonly unknown[];
}

/** A write for {@link Database.atomic}: a drizzle query built but not yet run, a bound prepared statement, or rows. */
export type WriteStatement = BatchItem<'sqlite'> | BoundStatement | RowWrite;

/**
 * `insert into table (columns) values (?, …) tail`, and its `json_each` twin.
 *
 * @example
 * const upsertTags = insertRows('number_tags', ['number_id', 'tag', 'count'], 'on conflict (number_id, tag) do update set count = count + excluded.count');
 * await database.atomic([writeRows(upsertTags, [[1, 'threats', 1]])]);
 */
export function insertRows(table: string, columns: readonly string[], tail = ''): RowStatement {
  return {
    rowSql: `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')}) ${tail}`,
    // `where true` keeps SQLite from reading a following ON CONFLICT as a join constraint.
    jsonSql: `insert into ${table} (${columns.join(', ')}) select ${columns.map((_, i) => `value->>${i}`).join(', ')} from json_each(?) where true ${tail}`,
  };
}

/**
 * `update table set column = ?, … where key = ?` (the key is each row's first value), and its `json_each` twin.
 * `set` entries are column names, or `[column, expression]` where the expression may use `?` for the column's value.
 */
export function updateRows(table: string, key: string, set: readonly (string | readonly [string, string])[]): RowStatement {
  const pairs = set.map((entry) => (typeof entry === 'string' ? ([entry, '?'] as const) : entry));
  return {
    rowSql: `update ${table} set ${pairs.map(([column, expression]) => `${column} = ${expression}`).join(', ')} where ${key} = ?`,
    // The row holds its key first; the row statement binds it last.
    bindOrder: (row) => [...row.slice(1), row[0]],
    jsonSql: `update ${table} set ${pairs.map(([column, expression], i) => `${column} = ${expression.replace('?', `j.value->>${i + 1}`)}`).join(', ')} from json_each(?) j where ${table}.${key} = j.value->>0`,
  };
}

export function writeRows(rows: RowStatement, values: readonly (readonly unknown[])[], trailing: readonly unknown[] = []): RowWrite {
  return { rows, values, trailing };
}

export function isRowWrite(write: WriteStatement): write is RowWrite {
  return typeof (write as RowWrite).rows === 'object' && Array.isArray((write as RowWrite).values);
}

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
