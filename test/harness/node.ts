import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteDatabase } from '../../src/db/sqlite-file';
import { forwardedClientAddress } from '../../src/http/client-address';
import { memoryRateLimiter } from '../../src/security/rate-limiter';
import { buildHarness, queryCounter } from './shared';
import type { Harness, HarnessOptions } from './types';

export * from './types';

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

/** The app on a fresh temporary SQLite file, as `npm start` would run it. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'collector-check-'));
  const dbPath = join(dir, 'test.db');
  const counter = queryCounter();
  const database = openSqliteDatabase(dbPath, { migrationsFolder, logger: counter.logger });
  const allRows = () => {
    const names = database.client
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != '__drizzle_migrations' order by name")
      .all() as { name: string }[];
    return Object.fromEntries(names.map(({ name }) => [name, database.client.prepare(`select * from "${name}"`).all() as Record<string, unknown>[]]));
  };
  return buildHarness('node', database, counter, {
    ...options,
    rateLimiter: memoryRateLimiter(),
    clientAddress: forwardedClientAddress,
    tables: async () => allRows(),
    dumpDatabase: async () => {
      // Every row as SQL reads it, and the raw bytes of the file and its WAL: deleted rows and
      // old page versions linger in free pages and WAL frames, where only the bytes show them.
      const rows = Object.values(allRows()).map((table) => JSON.stringify(table));
      const bytes = [dbPath, `${dbPath}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file).toString('utf8'));
      return [...rows, ...bytes].join('\n');
    },
    close: async () => {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
