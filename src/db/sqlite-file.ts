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
  client.pragma('busy_timeout = 5000');
  const db = drizzle(client, { schema, logger: options.logger });
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
