import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { ipPrefix } from '../security/ip-prefix';
import type { RateLimitRule } from '../security/rate-limiter';
import { ProblemError, text } from './problem';

/** Limits per SPEC §4: writes per reporter and per IP prefix, reads generous. */
export const rateLimits = {
  writesPerReporter: { limit: 30, windowSeconds: 3600 },
  writesPerIpPrefix: { limit: 120, windowSeconds: 3600 },
  readsPerIpPrefix: { limit: 600, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

/**
 * Takes a token from each named bucket; the first empty one answers 429 with Retry-After.
 *
 * @example
 * await enforceRateLimits(c, [['reporter:' + hash, rateLimits.writesPerReporter]]);
 */
export async function enforceRateLimits(c: Context<AppEnv>, buckets: [key: string, rule: RateLimitRule][]): Promise<void> {
  const { rateLimiter, clock } = c.var.deps;
  for (const [key, rule] of buckets) {
    const decision = await rateLimiter.take(key, rule, clock());
    if (!decision.allowed) {
      throw new ProblemError(
        429,
        'rate-limited',
        text(`请求过于频繁，请在 ${decision.retryAfterSeconds} 秒后重试。`, `Too many requests; try again in ${decision.retryAfterSeconds} ${decision.retryAfterSeconds === 1 ? 'second' : 'seconds'}.`),
        { retry_after: decision.retryAfterSeconds },
        { 'retry-after': String(decision.retryAfterSeconds) },
      );
    }
  }
}

/**
 * The read limit of lookups, per client /24 (or /48), shared by the API and the number pages.
 *
 * @example
 * await enforceReadLimit(c); // throws a 429 problem once the prefix has used its reads
 */
export async function enforceReadLimit(c: Context<AppEnv>): Promise<void> {
  const { deps } = c.var;
  const prefix = ipPrefix(deps.clientAddress(c));
  if (prefix) await enforceRateLimits(c, [[`read:ip:${await deps.hasher.hash('ip', prefix)}`, rateLimits.readsPerIpPrefix]]);
}
