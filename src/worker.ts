/** Workers entry: the D1 binding `DB` and vars from wrangler.toml; everything else is shared. */
import { createApp, type App } from './app';
import { readConfig } from './config';
import { d1Database } from './db/d1';
import { referenceData } from './db/reference-data';
import { resolveHashSecret } from './db/hash-secret';
import { cloudflareClientAddress } from './http/client-address';
import { consoleLogger } from './logger';
import { hmacHasher } from './security/hasher';
import { databaseRateLimiter } from './security/database-rate-limiter';
import { refreshStaleSnapshots } from './services/score-snapshots';

export interface WorkerEnv {
  DB: D1Database;
  [name: string]: unknown;
}

let app: App | undefined;

/** One app per isolate, built on the first request from the bindings. */
export function workerApp(env: WorkerEnv): App {
  if (app) return app;
  const config = readConfig(env as Record<string, string | undefined>);
  const database = d1Database(env.DB);
  app = createApp({
    database,
    config,
    clock: Date.now,
    hasher: hmacHasher(() => resolveHashSecret(database, config.hashSecret)),
    rateLimiter: databaseRateLimiter(database),
    logger: consoleLogger,
    clientAddress: cloudflareClientAddress,
  });
  return app;
}

export default {
  fetch: (request: Request, env: WorkerEnv, ctx: ExecutionContext) => workerApp(env).fetch(request, env, ctx),
  // Cron trigger (wrangler.toml): refresh score snapshots aged by decay, a bounded batch per run.
  scheduled: async (controller: ScheduledController, env: WorkerEnv) => {
    const config = readConfig(env as Record<string, string | undefined>);
    const database = d1Database(env.DB);
    await refreshStaleSnapshots({ database, reference: referenceData(database), halfLifeDays: config.scoreHalfLifeDays }, controller.scheduledTime, { limit: 200 });
  },
} satisfies ExportedHandler<WorkerEnv>;
