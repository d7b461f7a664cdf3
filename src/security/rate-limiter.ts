/** A token bucket: `limit` requests, refilled evenly over `windowSeconds`. */
export interface RateLimitRule {
  readonly limit: number;
  readonly windowSeconds: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** One interface for every runtime: in memory on Node, database-backed on Workers. */
export interface RateLimiter {
  take(key: string, rule: RateLimitRule, now: number): Promise<RateLimitDecision>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Pure bucket arithmetic shared by every limiter.
 *
 * @example
 * refill({ tokens: 0, updatedAt: 0 }, { limit: 10, windowSeconds: 10 }, 1000).tokens // 1
 */
export function refill(bucket: Bucket | undefined, rule: RateLimitRule, now: number): Bucket {
  if (!bucket) return { tokens: rule.limit, updatedAt: now };
  const perMs = rule.limit / (rule.windowSeconds * 1000);
  const tokens = Math.min(rule.limit, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs);
  return { tokens, updatedAt: now };
}

/** Takes one token from a refilled bucket; says how long to wait when none is left. */
export function takeToken(bucket: Bucket, rule: RateLimitRule): { bucket: Bucket; decision: RateLimitDecision } {
  if (bucket.tokens >= 1) return { bucket: { ...bucket, tokens: bucket.tokens - 1 }, decision: { allowed: true } };
  const perSecond = rule.limit / rule.windowSeconds;
  return { bucket, decision: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) } };
}

/** In-memory limiter for a single Node process. Idle buckets are dropped as they fill up again. */
export function memoryRateLimiter(maxKeys = 100_000): RateLimiter {
  const buckets = new Map<string, Bucket>();
  return {
    async take(key, rule, now) {
      const { bucket, decision } = takeToken(refill(buckets.get(key), rule, now), rule);
      buckets.delete(key);
      if (bucket.tokens < rule.limit) buckets.set(key, bucket);
      // Map iteration order is insertion order, so the first keys are the least recently used.
      for (const oldest of buckets.keys()) {
        if (buckets.size <= maxKeys) break;
        buckets.delete(oldest);
      }
      return decision;
    },
  };
}
