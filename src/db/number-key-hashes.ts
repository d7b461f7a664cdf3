/**
 * Reads and writes of `numbers.key_hash`, the bucket of the private lookup by hash prefix
 * (docs/phones.md). A bucket is a range scan of the `numbers_key_hash_idx` index.
 */
import { statement, updateRows, writeRows, type Database } from './database';

/** A known number in a bucket: one that has visible reports. */
export interface BucketNumber {
  key: string;
  keyHash: string;
}

// Hex digits sort below 'g', so [prefix, prefix + 'g') is exactly the keys starting with prefix.
const bucketRead = statement(
  `select n.key, n.key_hash as keyHash from numbers n join number_stats s on s.number_id = n.id
   where n.key_hash >= ? and n.key_hash < ? and s.reports_total > 0`,
);
const unhashedRead = statement(`select id, key from numbers where key_hash is null limit ?`);
const setKeyHashes = updateRows('numbers', 'id', ['key_hash']);

/**
 * Reported numbers whose key hash starts with `prefix` (lowercase hex).
 *
 * @example
 * await reportedNumbersInBucket(database, '3f2a1') // [{ key: '+86…', keyHash: '3f2a1…' }]
 */
export async function reportedNumbersInBucket(database: Database, prefix: string): Promise<BucketNumber[]> {
  return database.all<BucketNumber>(bucketRead, [prefix, `${prefix}g`]);
}

/** Up to `limit` number rows stored before key hashes were kept. */
export async function numbersWithoutKeyHash(database: Database, limit: number): Promise<{ id: number; key: string }[]> {
  return database.all<{ id: number; key: string }>(unhashedRead, [limit]);
}

/** Stores computed hashes, `[id, keyHash]` per row, in one atomic write. */
export async function storeKeyHashes(database: Database, rows: readonly (readonly [number, string])[]): Promise<void> {
  if (rows.length) await database.atomic([writeRows(setKeyHashes, rows)]);
}
