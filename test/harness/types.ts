import type { Database } from '../../src/db/database';

export interface HarnessOptions {
  /** Environment variables as the runtime would see them (ADMIN_TOKEN, SCORE_HALF_LIFE_DAYS …). */
  env?: Record<string, string>;
  /** Start time of the injected clock (ms). Defaults to 2026-06-15T12:00:00Z. */
  now?: number;
}

/** One app on a fresh database, driven over HTTP, identical in shape on Node and workerd. */
export interface Harness {
  readonly runtime: 'node' | 'workers';
  readonly database: Database;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Sends JSON with the right content type and parses the JSON answer. */
  json<T = any>(path: string, init?: Omit<RequestInit, 'body'> & { body?: unknown }): Promise<{ status: number; headers: Headers; body: T }>;
  readonly clock: { now(): number; set(ms: number): void; advance(ms: number): void };
  /** Statements the app has sent to the database since the last reset. */
  readonly queries: { count(): number; reset(): void };
  /** Every line the app has logged (message and details), in order. */
  readonly logs: readonly string[];
  /** Every key the app has handed to the rate limiter (what an in-memory limiter keeps as map keys). */
  rateLimitKeys(): string[];
  /** Every row of every table, by table name (the same on both runtimes). */
  tables(): Promise<Record<string, Record<string, unknown>[]>>;
  /** Everything the database holds, as text: the raw file bytes on Node, every row of every table on D1. */
  dumpDatabase(): Promise<string>;
  close(): Promise<void>;
}

export const DEFAULT_NOW = Date.parse('2026-06-15T12:00:00Z');

/** Headers that make a request come from `ip` on either runtime (X-Forwarded-For with TRUST_PROXY on Node, CF-Connecting-IP on Workers). */
export function fromIp(ip: string): Record<string, string> {
  return { 'x-forwarded-for': ip, 'cf-connecting-ip': ip };
}
