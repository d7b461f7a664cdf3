import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../../../src/app';
import { readConfig } from '../../../src/config';
import { resolveHashSecret } from '../../../src/db/hash-secret';
import { loadReferenceSeed } from '../../../src/db/reference-seed';
import { openSqliteDatabase } from '../../../src/db/sqlite-file';
import type { Logger } from '../../../src/deps';
import { forwardedClientAddress } from '../../../src/http/client-address';
import { hmacHasher } from '../../../src/security/hasher';
import { memoryRateLimiter } from '../../../src/security/rate-limiter';

const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

export interface Site {
  /** Origin of the app, e.g. http://127.0.0.1:43121 */
  url: string;
  /** Server-side errors the app logged, to fail tests that hit a 500. */
  errors: unknown[];
  /** Calls the JSON API over HTTP. */
  api(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/**
 * The Node app as `npm start` runs it (SQLite file, migrations, seed, real clock) on a random
 * loopback port. TRUST_PROXY is on so tests can post as many clients via X-Forwarded-For.
 */
export async function startSite(): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'collector-check-browser-'));
  const database = openSqliteDatabase(join(dir, 'site.db'), { migrationsFolder });
  await loadReferenceSeed(database, Date.now());
  const config = readConfig({ TRUST_PROXY: 'on' });
  const errors: unknown[] = [];
  const logger: Logger = { error: (message, details) => void errors.push({ message, details }), warn() {}, info() {} };
  const app = createApp({
    database,
    config,
    clock: Date.now,
    hasher: hmacHasher(() => resolveHashSecret(database, config.hashSecret)),
    rateLimiter: memoryRateLimiter(),
    logger,
    clientAddress: (c) => forwardedClientAddress(c) ?? safeSocketAddress(c),
  });
  const server = await listen((port) => serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    errors,
    async api(path, init = {}) {
      const res = await fetch(url + path, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function safeSocketAddress(c: Parameters<typeof getConnInfo>[0]): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

function listen(start: (port: number) => ServerType): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = start(0);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/** A second, unrelated origin serving one HTML page: the "someone else's site" for the widget. */
export async function startThirdPartySite(
  html: () => string,
  headers: () => Record<string, string> = () => ({}),
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers() });
    res.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" instead of 127.0.0.1 makes a different site as well as a different port.
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
