import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Logger } from 'drizzle-orm/logger';
import type { Database, Db, WriteStatement } from './database';
import * as schema from './schema';

export interface SqliteDatabase extends Database {
  readonly client: BetterSqlite3.Database;
  close(): void;
}

/** Opens (creating if needed) a SQLite file with WAL and foreign keys, and applies migrations. */
export function openSqliteDatabase(
  path: string,
  options: { migrationsFolder: string; logger?: Logger },
): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const client = new BetterSqlite3(path);
  client.pragma('journal_mode = WAL');
  client.pragma('foreign_keys = ON');
  // WAL with NORMAL sync survives crashes intact; only the last commits may be lost on power loss.
  client.pragma('synchronous = NORMAL');
  client.pragma('busy_timeout = 5000');
  const db = drizzle(withStatementCache(client), { schema, logger: options.logger });
  migrate(db, { migrationsFolder: options.migrationsFolder });
  return {
    db: db as unknown as Db,
    runtime: 'sqlite',
    client,
    async atomic(statements: readonly WriteStatement[]) {
      client.transaction(() => {
        for (const statement of statements) (statement as unknown as { run(): unknown }).run();
      })();
    },
    close: () => client.close(),
  };
}

/**
 * drizzle asks better-sqlite3 to prepare every query anew, and SQLite's parse is the largest
 * single cost of a lookup (measured with bench/lookup.bench.ts). The same SQL text always
 * yields the same statement, so prepared statements are reused, bounded in number.
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
