/** Node entry: better-sqlite3 + @hono/node-server, configuration from the environment. */
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app';
import { readConfig } from './config';
import { resolveHashSecret } from './db/hash-secret';
import { loadReferenceSeed } from './db/reference-seed';
import { openSqliteDatabase } from './db/sqlite-file';
import { forwardedClientAddress, type ClientAddress } from './http/client-address';
import { consoleLogger } from './logger';
import { nodeHmacHasher } from './security/node-hasher';
import { referenceData } from './db/reference-data';
import { memoryRateLimiter } from './security/rate-limiter';
import { refreshStaleSnapshots } from './services/score-snapshots';

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

const socketAddress: ClientAddress = (c) => {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
};

async function main() {
  const env = process.env;
  const config = readConfig(env);
  const dbPath = env.DB_PATH || './data/collector-check.db';
  const database = openSqliteDatabase(dbPath, { migrationsFolder: MIGRATIONS_FOLDER });
  const seeded = await loadReferenceSeed(database, Date.now());
  const secret = await resolveHashSecret(database, config.hashSecret);
  const app = createApp({
    database,
    config,
    clock: Date.now,
    hasher: nodeHmacHasher(secret),
    rateLimiter: memoryRateLimiter(),
    logger: consoleLogger,
    clientAddress: config.trustProxy ? (c) => forwardedClientAddress(c) ?? socketAddress(c) : socketAddress,
  });
  const port = Number(env.PORT || 8787);
  const hostname = env.HOST || '127.0.0.1';
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    consoleLogger.info(`collector-check listening on http://${hostname}:${info.port}`, {
      database: dbPath,
      referenceSeed: seeded ? 'loaded' : 'already current',
      adminApi: config.adminToken ? 'enabled' : 'disabled (set ADMIN_TOKEN)',
    });
  });
  // Stats and the export read score snapshots; refresh the ones that decay has aged.
  const snapshots = { database, reference: referenceData(database), halfLifeDays: config.scoreHalfLifeDays };
  const refreshSnapshots = async () => {
    try {
      while ((await refreshStaleSnapshots(snapshots, Date.now(), { limit: 200 })) === 200);
    } catch (error) {
      consoleLogger.error('score snapshot refresh failed', error);
    }
  };
  const refreshTimer = setInterval(refreshSnapshots, 3_600_000);
  refreshTimer.unref();
  void refreshSnapshots();
  const shutdown = () => {
    clearInterval(refreshTimer);
    server.close(() => {
      database.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  consoleLogger.error('collector-check failed to start', error);
  process.exit(1);
});
