/** A token bucket: `limit` requests, refilled evenly over `windowSeconds`. */
export interface RateLimitRule {
  readonly limit: number;
  readonly windowSeconds: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** One bucket to draw from. `key` is already a keyed hash: limiters never see raw addresses or tokens. */
export interface BucketDraw {
  readonly key: string;
  readonly rule: RateLimitRule;
}

/**
 * One interface for every runtime: in memory on Node, database-backed on Workers.
 *
 * A request draws from all its buckets at once, all or nothing: when one bucket is empty no
 * token is taken from the others. So a client refused by its own bucket does not keep
 * draining a bucket it shares with its neighbours (the per-network ceiling).
 * With `consume: false` the limiter only says whether every bucket has a token left.
 */
export interface RateLimiter {
  take(draws: readonly BucketDraw[], now: number, options?: { consume?: boolean }): Promise<RateLimitDecision>;
}

export interface Bucket {
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
  return { tokens, updatedAt: Math.max(now, bucket.updatedAt) };
}

/** Seconds until a refilled bucket holds one token again (at least 1). */
export function secondsUntilToken(bucket: Bucket, rule: RateLimitRule): number {
  const perSecond = rule.limit / rule.windowSeconds;
  return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
}

/**
 * Refills every drawn bucket and decides; `next` holds the buckets to store when allowed.
 *
 * @example
 * const { decision, next } = drawAll([{ key: 'k', rule }], (key) => stored.get(key), now);
 */
export function drawAll(
  draws: readonly BucketDraw[],
  stored: (key: string) => Bucket | undefined,
  now: number,
): { decision: RateLimitDecision; next: Map<string, Bucket> } {
  const next = new Map<string, Bucket>();
  let retryAfterSeconds = 0;
  for (const { key, rule } of draws) {
    const bucket = refill(next.get(key) ?? stored(key), rule, now);
    if (bucket.tokens < 1) retryAfterSeconds = Math.max(retryAfterSeconds, secondsUntilToken(bucket, rule));
    next.set(key, { tokens: bucket.tokens - 1, updatedAt: bucket.updatedAt });
  }
  return { decision: retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true }, next };
}

/**
 * In-memory limiter for a single Node process. Memory stays bounded by the traffic, not by
 * `maxKeys`: a bucket that has refilled completely is the same as no bucket and is dropped.
 *
 * Buckets are kept per rule, each map in least-recently-used order, and every take sweeps a
 * few full buckets from the head of each map. (In one shared map, one slowly refilling
 * bucket, a reporter's hourly allowance, would sit at the head and shield every read bucket
 * behind it, which refill in a second, from the sweep.) Past `maxKeys` the oldest go first.
 */
export function memoryRateLimiter(maxKeys = 100_000): RateLimiter & { keys(): string[] } {
  const byRule = new Map<RateLimitRule, Map<string, Bucket>>();
  let size = 0;
  const mapFor = (rule: RateLimitRule) => {
    let map = byRule.get(rule);
    if (!map) byRule.set(rule, (map = new Map()));
    return map;
  };
  const sweep = (now: number) => {
    for (const [rule, map] of byRule) {
      let budget = 4;
      for (const [key, bucket] of map) {
        if (budget-- <= 0 || refill(bucket, rule, now).tokens < rule.limit) break;
        map.delete(key);
        size--;
      }
    }
  };
  const evictOldest = () => {
    let oldest: { map: Map<string, Bucket>; key: string; at: number } | null = null;
    for (const map of byRule.values()) {
      const first = map.entries().next();
      if (!first.done && (!oldest || first.value[1].updatedAt < oldest.at)) oldest = { map, key: first.value[0], at: first.value[1].updatedAt };
    }
    if (oldest) {
      oldest.map.delete(oldest.key);
      size--;
    }
  };
  return {
    async take(draws, now, { consume = true } = {}) {
      const { decision, next } = drawAll(draws, (key) => draws.map((d) => byRule.get(d.rule)?.get(key)).find(Boolean), now);
      if (!decision.allowed || !consume) return decision;
      for (const { key, rule } of draws) {
        const map = mapFor(rule);
        if (map.delete(key)) size--;
        map.set(key, next.get(key)!);
        size++;
      }
      sweep(now);
      while (size > maxKeys) evictOldest();
      return decision;
    },
    keys: () => [...byRule.values()].flatMap((map) => [...map.keys()]),
  };
}
