import { inArray, lt } from 'drizzle-orm';
import { insertRows, writeRows, type Database, type WriteStatement } from '../db/database';
import { rateLimitBuckets } from '../db/schema';
import { drawAll, type RateLimiter } from './rate-limiter';

/**
 * Token buckets kept in the database, for Workers where isolates share no memory. A request's
 * buckets are read in one query and written in one batch. Read-then-write is not atomic on
 * D1, so two simultaneous requests may both take the last token: good enough for abuse
 * control, and it costs no locks. Keys arrive already hashed (see `http/rate-limit.ts`).
 */
const upsertBuckets = insertRows('rate_limit_buckets', ['key', 'tokens', 'updated_at'], 'on conflict (key) do update set tokens = excluded.tokens, updated_at = excluded.updated_at');

export function databaseRateLimiter(database: Database): RateLimiter {
  const { db } = database;
  let lastSweep = 0;
  return {
    async take(draws, now, { consume = true } = {}) {
      const keys = [...new Set(draws.map((d) => d.key))];
      const rows = await db.select().from(rateLimitBuckets).where(inArray(rateLimitBuckets.key, keys));
      const stored = new Map(rows.map((row) => [row.key, row]));
      const { decision, next } = drawAll(draws, (key) => stored.get(key), now);
      if (!decision.allowed || !consume) return decision;
      // Every bucket the request drew from in one row statement: one D1 statement however many.
      const statements: WriteStatement[] = [writeRows(upsertBuckets, [...next].map(([key, bucket]) => [key, bucket.tokens, bucket.updatedAt]))];
      // Buckets idle for a day are full again; drop them now and then so the table stays small.
      if (now - lastSweep > 3_600_000) {
        lastSweep = now;
        statements.push(db.delete(rateLimitBuckets).where(lt(rateLimitBuckets.updatedAt, now - 86_400_000)));
      }
      await database.atomic(statements);
      return decision;
    },
  };
}
