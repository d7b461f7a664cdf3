import { env } from 'cloudflare:test';
import { d1Database } from '../../src/db/d1';
import { cloudflareClientAddress } from '../../src/http/client-address';
import { databaseRateLimiter } from '../../src/security/database-rate-limiter';
import { buildHarness, queryCounter } from './shared';
import type { Harness, HarnessOptions } from './types';

export * from './types';

/**
 * The app on the test's D1 database inside workerd. Tables are emptied first, so each
 * harness starts from the migrated, seeded state whatever ran before it.
 */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const counter = queryCounter();
  const database = d1Database(env.DB, { logger: counter.logger });
  await emptyAllTables(env.DB);
  return buildHarness('workers', database, counter, {
    ...options,
    rateLimiter: databaseRateLimiter(database),
    clientAddress: cloudflareClientAddress,
    tables: () => allRows(env.DB),
    dumpDatabase: async () => JSON.stringify(Object.values(await allRows(env.DB))),
    close: async () => {},
  });
}

async function allRows(db: D1Database): Promise<Record<string, Record<string, unknown>[]>> {
  const tables = await userTables(db);
  const dumps = await Promise.all(tables.map((name) => db.prepare(`select * from "${name}"`).all<Record<string, unknown>>()));
  return Object.fromEntries(tables.map((name, i) => [name, dumps[i]!.results]));
}

async function userTables(db: D1Database): Promise<string[]> {
  const { results } = await db
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name != 'd1_migrations' order by name")
    .all<{ name: string }>();
  return results.map((r) => r.name);
}

async function emptyAllTables(db: D1Database) {
  const results = (await userTables(db)).map((name) => ({ name }));
  // D1 enforces foreign keys; deferring them lets the tables be emptied in any order.
  await db.batch([
    db.prepare('PRAGMA defer_foreign_keys = on'),
    ...results.map(({ name }) => db.prepare(`delete from "${name}"`)),
  ]);
}
