import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Logger } from 'drizzle-orm/logger';
import { isBound, isRowWrite, type BoundStatement, type Database, type Db, type Statement, type WriteStatement } from './database';
import * as schema from './schema';

export interface SqliteDatabase extends Database {
  readonly client: BetterSqlite3.Database;
  /** Runs `work` inside one SQLite transaction, synchronously: nothing else can interleave. */
  transaction<T>(work: () => T): T;
  /** The synchronous form of {@link Database.all}, for code that runs inside {@link transaction}. */
  allSync<T>(read: Statement, params: readonly unknown[]): T[];
  close(): void;
}

/** Opens (creating if needed) a SQLite file with WAL and foreign keys, and applies migrations. */
export function openSqliteDatabase(
  path: string,
  options: { migrationsFolder: string; logger?: Logger; cacheMiB?: number },
): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const client = new BetterSqlite3(path);
  client.pragma('journal_mode = WAL');
  client.pragma('foreign_keys = ON');
  // WAL with NORMAL sync survives crashes intact; only the last commits may be lost on power loss.
  client.pragma('synchronous = NORMAL');
  client.pragma('busy_timeout = 5000');
  // The page cache keeps hot index pages (numbers, reporters, reports) in memory. Bulk paths ask
  // for a large one; the server keeps a modest one so its memory stays flat as the file grows.
  client.pragma(`cache_size = -${Math.round((options.cacheMiB ?? 16) * 1024)}`);
  client.pragma('temp_store = memory');
  const cached = withStatementCache(client);
  const db = drizzle(cached, { schema, logger: options.logger });
  migrate(db, { migrationsFolder: options.migrationsFolder });

  const prepare = (sql: string, params: readonly unknown[]) => {
    options.logger?.logQuery(sql, params as unknown[]);
    return cached.prepare(sql);
  };
  const run = (write: WriteStatement) => {
    if (isRowWrite(write)) {
      if (write.values.length === 0) return;
      const target = prepare(write.rows.rowSql, write.trailing);
      const order = write.rows.bindOrder;
      for (const row of write.values) target.run(...(order ? order(row) : row), ...write.trailing);
    } else if (isBound(write)) prepare(write.statement.sql, write.params).run(...write.params);
    else (write as unknown as { run(): unknown }).run();
  };
  const allSync = <T>(read: Statement, params: readonly unknown[]) => prepare(read.sql, params).all(...params) as T[];
  const transaction = <T>(work: () => T): T => client.transaction(work)();
  return {
    db: db as unknown as Db,
    runtime: 'sqlite',
    client,
    transaction,
    allSync,
    async atomic(statements: readonly WriteStatement[]) {
      transaction(() => {
        for (const statement of statements) run(statement);
      });
    },
    async all<T>(read: Statement, params: readonly unknown[]) {
      return allSync<T>(read, params);
    },
    async allMany(reads: readonly BoundStatement[]) {
      return reads.map((r) => allSync(r.statement, r.params));
    },
    close: () => client.close(),
  };
}

/**
 * drizzle asks better-sqlite3 to prepare every query anew, and SQLite's parse is the largest
 * single cost of a small query. The same SQL text always yields the same statement, so
 * prepared statements are reused, bounded in number (texts never carry values).
 */
function withStatementCache(client: BetterSqlite3.Database, limit = 500): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = client.prepare.bind(client);
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (source: string) => {
        let statement = cache.get(source);
        if (!statement) {
          statement = prepare(source);
          if (cache.size >= limit) cache.delete(cache.keys().next().value!);
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}
