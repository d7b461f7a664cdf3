import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import type { BucketDraw, RateLimitRule } from '../security/rate-limiter';
import { ProblemError, text } from './problem';

/**
 * Every limit the service applies, in one table (docs/security.md explains each).
 * Writes are limited per reporter and per network; reads per reader on a subscriber
 * address, with a much higher ceiling per network so that carrier-grade NAT works.
 */
export const rateLimits = {
  reportsPerReporter: { limit: 30, windowSeconds: 3600 },
  reportsPerNetwork: { limit: 120, windowSeconds: 3600 },
  /** One browser or app (token or site cookie) on one subscriber address. */
  readsPerReader: { limit: 60, windowSeconds: 60 },
  /** Everyone on one subscriber address who sends no identity, together. */
  readsPerAnonymousSubscriber: { limit: 600, windowSeconds: 60 },
  /** Everything from one /24 or /48: bounds a client that rotates identities. */
  readsPerNetwork: { limit: 6000, windowSeconds: 60 },
  /** Blocklist subscriptions: a person makes one per device, rarely more. */
  subscriptionsPerSubscriber: { limit: 20, windowSeconds: 3600 },
  /**
   * Blocklist reads (downloads, CardDAV): a device syncs a few times an hour with a handful of
   * requests each. Per subscription token, per anonymous subscriber address, and a ceiling per network.
   */
  blocklistReadsPerSubscription: { limit: 600, windowSeconds: 3600 },
  blocklistReadsPerAnonymousSubscriber: { limit: 1200, windowSeconds: 3600 },
  blocklistReadsPerNetwork: { limit: 12_000, windowSeconds: 3600 },
  /** Disputes are rare and read by a person. */
  disputesPerSubscriber: { limit: 10, windowSeconds: 3600 },
  /** Failed admin logins: 10, then one more every 6 minutes; no attempt is checked meanwhile. */
  adminAuthFailuresPerSubscriber: { limit: 10, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

/**
 * One bucket a request draws from. `bucket` names the limit ("read:reader"); `key` says
 * whose bucket it is, in the clear (an address, a token, a combination): it is hashed here,
 * before any limiter sees it.
 */
export interface RateLimitCheck {
  readonly bucket: string;
  readonly key: string;
  readonly rule: RateLimitRule;
}

export interface RateLimitOptions {
  /** false: only check that every bucket has a token left (the admin lockout). */
  consume?: boolean;
  /** Extra headers on the 429 (the admin challenge). */
  headers?: Record<string, string>;
}

/**
 * The one way the service rate-limits: keys are replaced by keyed hashes (so neither the
 * D1 table nor the in-memory map ever holds an address or a token), all buckets are drawn
 * from together, and an empty one answers the one 429 problem with Retry-After.
 *
 * @example
 * await enforceRateLimits(c, [{ bucket: 'dispute:subscriber', key: address, rule: rateLimits.disputesPerSubscriber }]);
 */
export async function enforceRateLimits(c: Context<AppEnv>, checks: readonly RateLimitCheck[], options: RateLimitOptions = {}): Promise<void> {
  const { rateLimiter, clock } = c.var.deps;
  const draws = await rateLimitDraws(c, checks);
  const decision = await rateLimiter.take(draws, clock(), { consume: options.consume ?? true });
  if (!decision.allowed) {
    const seconds = decision.retryAfterSeconds;
    throw new ProblemError(
      429,
      'rate-limited',
      text(`请求过于频繁，请在 ${seconds} 秒后重试。`, `Too many requests; try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`),
      { retry_after: seconds },
      { ...options.headers, 'retry-after': String(seconds) },
    );
  }
}

/**
 * The limiter keys for checks: `<bucket>:<128-bit keyed hash of bucket and key>`. The bucket
 * name stays readable so an operator can tell what a stored bucket limits.
 */
async function rateLimitDraws(c: Context<AppEnv>, checks: readonly RateLimitCheck[]): Promise<BucketDraw[]> {
  const { hasher } = c.var.deps;
  return Promise.all(
    checks.map(async ({ bucket, key, rule }) => ({
      key: `${bucket}:${(await hasher.hash('rate-limit', `${bucket}\n${key}`)).slice(0, 32)}`,
      rule,
    })),
  );
}
