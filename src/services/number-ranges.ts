/**
 * The private lookup by hash prefix (docs/phones.md, "Private lookup by hash prefix"): a
 * client sends the first characters of SHA-256 of a number's key and gets every known number
 * in that bucket, each as the rest of its hash and what the lookup says about it. The client
 * matches locally, so the server never learns which number was asked.
 *
 * Each item is the ordinary lookup of that number (services/lookup.ts): one scoring path.
 */
import type { BucketNumber } from '../db/number-key-hashes';
import { numbersWithoutKeyHash, reportedNumbersInBucket, storeKeyHashes } from '../db/number-key-hashes';
import type { Database } from '../db/database';
import type { ReferenceSnapshot } from '../db/reference-data';
import { normalizePhone, numberKeyHash } from '../domain/phone';
import type { AbuseLevel, Verdict } from '../domain/scoring';
import { lookupNumber, type LookupContext } from './lookup';

/** One known number of a bucket: no key, no digits, only the rest of its hash. */
export interface RangeItem {
  suffix: string;
  verdict: Verdict;
  scam_probability: number;
  abuse_level: AbuseLevel;
  official: boolean;
}

/**
 * @param prefix lowercase hex, already checked ({@link isRangePrefix} in domain/phone)
 * @example
 * const { items } = await numbersInRange(ctx, '3f2a1');
 */
export async function numbersInRange(ctx: LookupContext, prefix: string): Promise<{ prefix: string; items: RangeItem[] }> {
  await ensureKeyHashes(ctx.database);
  const [reported, reference] = await Promise.all([reportedNumbersInBucket(ctx.database, prefix), ctx.reference.current(ctx.now)]);
  const officials = (await officialHashes(reference)).filter((o) => o.keyHash.startsWith(prefix));
  const byKey = new Map<string, BucketNumber>();
  for (const n of [...reported, ...officials]) byKey.set(n.key, n);
  const items = await Promise.all(
    [...byKey.values()].map(async ({ key, keyHash }): Promise<RangeItem | null> => {
      const parsed = normalizePhone(key);
      if (!parsed.ok) return null;
      const lookup = await lookupNumber(ctx, parsed.number, 'en');
      return {
        suffix: keyHash.slice(prefix.length),
        verdict: lookup.verdict,
        scam_probability: lookup.scam_probability,
        abuse_level: lookup.abuse.level,
        official: lookup.official !== null,
      };
    }),
  );
  return { prefix, items: items.filter((item): item is RangeItem => item !== null).sort((a, b) => (a.suffix < b.suffix ? -1 : 1)) };
}

// Official numbers may have no row of their own: their hashes are computed from the reference
// data, once per version of it.
const officialHashMemo = new WeakMap<ReferenceSnapshot, Promise<BucketNumber[]>>();

function officialHashes(reference: ReferenceSnapshot): Promise<BucketNumber[]> {
  let hashes = officialHashMemo.get(reference);
  if (!hashes) {
    hashes = Promise.all(reference.officialKeys().map(async (key) => ({ key, keyHash: await numberKeyHash(key) })));
    officialHashMemo.set(reference, hashes);
  }
  return hashes;
}

/** Rows hashed per read-and-write round, and rounds per request at most (D1's statement budget). */
const BACKFILL_CHUNK = 500;
const BACKFILL_ROUNDS = 20;
const backfilled = new WeakMap<Database, Promise<boolean>>();

/**
 * Fills in `numbers.key_hash` for rows stored before it was kept (SQLite cannot compute
 * SHA-256 itself, so migration 0010 leaves them null). Runs once per process and database
 * (per isolate on Workers) before the first bucket is read; new rows get their hash when they
 * are created. A very large backlog is worked off over several requests.
 *
 * @returns whether no row is left without a hash.
 */
export function ensureKeyHashes(database: Database): Promise<boolean> {
  let done = backfilled.get(database);
  if (!done) {
    done = backfillKeyHashes(database).catch((error) => {
      backfilled.delete(database);
      throw error;
    });
    backfilled.set(database, done);
  }
  return done.then((complete) => {
    if (!complete) backfilled.delete(database);
    return complete;
  });
}

async function backfillKeyHashes(database: Database): Promise<boolean> {
  for (let round = 0; round < BACKFILL_ROUNDS; round++) {
    const rows = await numbersWithoutKeyHash(database, BACKFILL_CHUNK);
    await storeKeyHashes(database, await Promise.all(rows.map(async (row) => [row.id, await numberKeyHash(row.key)] as const)));
    if (rows.length < BACKFILL_CHUNK) return true;
  }
  return false;
}
