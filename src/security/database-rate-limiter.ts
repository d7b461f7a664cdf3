import { eq, lt } from 'drizzle-orm';
import type { Database } from '../db/database';
import { rateLimitBuckets } from '../db/schema';
import { refill, takeToken, type RateLimiter } from './rate-limiter';

/**
 * Token buckets kept in the database, for Workers where isolates share no memory.
 * Read-then-write is not atomic on D1, so two simultaneous requests may both take the last
 * token: good enough for abuse control, and it costs no locks.
 */
export function databaseRateLimiter(database: Database): RateLimiter {
  const { db } = database;
  let lastSweep = 0;
  return {
    async take(key, rule, now) {
      const [row] = await db.select().from(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
      const { bucket, decision } = takeToken(refill(row, rule, now), rule);
      const statements = [
        db
          .insert(rateLimitBuckets)
          .values({ key, tokens: bucket.tokens, updatedAt: bucket.updatedAt })
          .onConflictDoUpdate({ target: rateLimitBuckets.key, set: { tokens: bucket.tokens, updatedAt: bucket.updatedAt } }),
      ];
      // Buckets idle for a day are full again; drop them now and then so the table stays small.
      if (now - lastSweep > 3_600_000) {
        lastSweep = now;
        statements.push(db.delete(rateLimitBuckets).where(lt(rateLimitBuckets.updatedAt, now - 86_400_000)) as never);
      }
      await database.atomic(statements);
      return decision;
    },
  };
}
