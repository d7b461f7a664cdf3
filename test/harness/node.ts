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
  return buildHarness('node', database, counter, {
    ...options,
    rateLimiter: memoryRateLimiter(),
    clientAddress: forwardedClientAddress,
    dumpDatabase: async () => {
      // Text may sit in the WAL before a checkpoint, so both files are read.
      return [dbPath, `${dbPath}-wal`]
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file).toString('utf8'))
        .join('\n');
    },
    close: async () => {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
