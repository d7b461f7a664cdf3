import { drizzle } from 'drizzle-orm/d1';
import type { Logger } from 'drizzle-orm/logger';
import type { Database, Db, WriteStatement } from './database';
import * as schema from './schema';

/** Wraps a D1 binding. Migrations are applied by wrangler, not here. */
export function d1Database(binding: D1Database, options: { logger?: Logger } = {}): Database {
  const db = drizzle(binding, { schema, logger: options.logger });
  return {
    db: db as unknown as Db,
    runtime: 'd1',
    async atomic(statements: readonly WriteStatement[]) {
      if (statements.length === 0) return;
      await db.batch(statements as [WriteStatement, ...WriteStatement[]]);
    },
  };
}
