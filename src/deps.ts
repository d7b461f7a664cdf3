import type { Config } from './config';
import type { ClientAddress } from './http/client-address';
import type { Database } from './db/database';
import type { ReferenceData } from './db/reference-data';
import type { ComputedLookups } from './services/lookup';
import type { Hasher } from './security/hasher';
import type { RateLimiter } from './security/rate-limiter';

/** Milliseconds since the Unix epoch. Injected so tests and replays control time. */
export type Clock = () => number;

export interface Logger {
  error(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  info(message: string, details?: unknown): void;
}

/** Everything a handler may reach. Entry points build it; nothing imports singletons. */
export interface AppDeps {
  readonly database: Database;
  readonly config: Config;
  readonly clock: Clock;
  readonly hasher: Hasher;
  readonly rateLimiter: RateLimiter;
  readonly logger: Logger;
  /** The client's IP address as this runtime knows it (for rate limits and Sybil signals). */
  readonly clientAddress: ClientAddress;
}

export type AppEnv = {
  Variables: { deps: AppDeps; lang: 'zh-CN' | 'en'; reference: ReferenceData; computedLookups: ComputedLookups };
};
