/** Workers entry: the D1 binding `DB` and vars from wrangler.toml; everything else is shared. */
import { createApp, type App } from './app';
import { ConfigError, readConfig } from './config';
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

const apps = new WeakMap<WorkerEnv, App>();

/** One app per isolate and bindings, built on the first request. Throws ConfigError on bad settings. */
export function workerApp(env: WorkerEnv): App {
  let app = apps.get(env);
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
  apps.set(env, app);
  return app;
}

/**
 * A Worker has no start-up to abort, so with bad settings it refuses every request instead:
 * 503 without details for clients, the reason in the log for the operator (`wrangler tail`).
 */
function refuseToServe(error: ConfigError): Response {
  consoleLogger.error(`collector-check refuses to start: ${error.message}`);
  const problem = { type: 'configuration-error', title: 'Service unavailable', status: 503, detail: 'The service is not configured correctly; its operator has been told why.' };
  return new Response(JSON.stringify(problem), { status: 503, headers: { 'content-type': 'application/problem+json; charset=utf-8', 'retry-after': '300' } });
}

export default {
  fetch: (request: Request, env: WorkerEnv, ctx: ExecutionContext) => {
    let app: App;
    try {
      app = workerApp(env);
    } catch (error) {
      if (error instanceof ConfigError) return refuseToServe(error);
      throw error;
    }
    return app.fetch(request, env, ctx);
  },
  // Cron trigger (wrangler.toml): refresh score snapshots aged by decay, a bounded batch per run.
  scheduled: async (controller: ScheduledController, env: WorkerEnv) => {
    const config = readConfig(env as Record<string, string | undefined>);
    const database = d1Database(env.DB);
    await refreshStaleSnapshots({ database, reference: referenceData(database), halfLifeDays: config.scoreHalfLifeDays }, controller.scheduledTime, { limit: 200 });
  },
} satisfies ExportedHandler<WorkerEnv>;
