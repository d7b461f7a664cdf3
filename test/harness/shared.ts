import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import { createApp } from '../../src/app';
import { readConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { resolveHashSecret } from '../../src/db/hash-secret';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import type { AppDeps, Logger } from '../../src/deps';
import type { ClientAddress } from '../../src/http/client-address';
import { hmacHasher } from '../../src/security/hasher';
import type { RateLimiter } from '../../src/security/rate-limiter';
import { DEFAULT_NOW, type Harness, type HarnessOptions } from './types';

export function queryCounter() {
  let count = 0;
  const logger: DrizzleLogger = { logQuery: () => void count++ };
  return { logger, api: { count: () => count, reset: () => void (count = 0) } };
}

export const quietLogger: Logger & { errors: unknown[] } = {
  errors: [],
  error(message, details) {
    quietLogger.errors.push({ message, details });
  },
  warn() {},
  info() {},
};

/** Everything the app logs, as the text a log sink would receive. */
function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string, details?: unknown) => {
    lines.push(`${level} ${message} ${details instanceof Error ? `${details.message}\n${details.stack}` : JSON.stringify(details) ?? ''}`);
    if (level === 'error') quietLogger.error(message, details);
  };
  return { lines, error: record('error'), warn: record('warn'), info: record('info') };
}

/** Wraps the runtime's limiter to remember every key the app hands it. */
function recordingRateLimiter(inner: RateLimiter): RateLimiter & { keys: Set<string> } {
  const keys = new Set<string>();
  return {
    keys,
    take(draws, now, options) {
      for (const draw of draws) keys.add(draw.key);
      return inner.take(draws, now, options);
    },
  };
}

/** Builds the app on a prepared database; the runtime-specific harness only opens the database. */
export async function buildHarness(
  runtime: Harness['runtime'],
  database: Database,
  counter: ReturnType<typeof queryCounter>,
  options: HarnessOptions & {
    rateLimiter: RateLimiter;
    clientAddress: ClientAddress;
    close: () => Promise<void>;
    dumpDatabase: () => Promise<string>;
    tables: () => Promise<Record<string, Record<string, unknown>[]>>;
  },
): Promise<Harness> {
  let now = options.now ?? DEFAULT_NOW;
  const clock = { now: () => now, set: (ms: number) => void (now = ms), advance: (ms: number) => void (now += ms) };
  await loadReferenceSeed(database, now);
  const config = readConfig({ TRUST_PROXY: 'on', ...options.env });
  const logger = capturingLogger();
  const rateLimiter = recordingRateLimiter(options.rateLimiter);
  const deps: AppDeps = {
    database,
    config,
    clock: clock.now,
    hasher: hmacHasher(() => resolveHashSecret(database, config.hashSecret)),
    rateLimiter,
    logger,
    clientAddress: options.clientAddress,
  };
  const app = createApp(deps);
  counter.api.reset();
  const request = async (path: string, init?: RequestInit) => app.request(path, init);
  return {
    runtime,
    database,
    request,
    async json(path, init = {}) {
      const { body, headers, ...rest } = init;
      const res = await request(path, {
        ...rest,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(headers as Record<string, string>) },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
    },
    clock,
    queries: counter.api,
    logs: logger.lines,
    rateLimitKeys: () => [...rateLimiter.keys],
    dumpDatabase: options.dumpDatabase,
    tables: options.tables,
    close: options.close,
  };
}
