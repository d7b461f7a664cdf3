import { drizzle } from 'drizzle-orm/d1';
import type { Logger } from 'drizzle-orm/logger';
import { chunkBy, isBound, isRowWrite, type BoundStatement, type Database, type Db, type Statement, type WriteStatement } from './database';
import * as schema from './schema';

/** Rows per `json_each` statement: keeps each JSON parameter to about a hundred kilobytes. */
const ROWS_PER_STATEMENT = 250;

/** Wraps a D1 binding. Migrations are applied by wrangler, not here. */
export function d1Database(binding: D1Database, options: { logger?: Logger } = {}): Database {
  const db = drizzle(binding, { schema, logger: options.logger });
  // D1 prepares on its side; keeping the D1PreparedStatement per SQL text saves re-wrapping it.
  const prepared = new Map<string, D1PreparedStatement>();
  const prepare = ({ sql }: Statement, params: readonly unknown[]) => {
    options.logger?.logQuery(sql, params as unknown[]);
    let target = prepared.get(sql);
    if (!target) prepared.set(sql, (target = binding.prepare(sql)));
    return target.bind(...params);
  };
  const toD1 = (write: WriteStatement): D1PreparedStatement[] => {
    if (isRowWrite(write)) {
      // Rows go as JSON arrays, a few hundred per statement: one bound parameter each, and few statements.
      return chunkBy(write.values, ROWS_PER_STATEMENT).map((chunk) => prepare({ sql: write.rows.jsonSql }, [JSON.stringify(chunk), ...write.trailing]));
    }
    if (isBound(write)) return [prepare(write.statement, write.params)];
    const query = (write as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
    return [prepare({ sql: query.sql }, query.params)];
  };
  return {
    db: db as unknown as Db,
    runtime: 'd1',
    async atomic(statements) {
      if (statements.length === 0) return;
      const prepared = statements.flatMap(toD1);
      if (prepared.length) await binding.batch(prepared);
    },
    async all<T>(read: Statement, params: readonly unknown[]) {
      return (await prepare(read, params).all<T>()).results;
    },
    async allMany(reads: readonly BoundStatement[]) {
      if (reads.length === 0) return [];
      const results = await binding.batch(reads.map((r) => prepare(r.statement, r.params)));
      return results.map((r) => r.results);
    },
  };
}
