import { eq } from 'drizzle-orm';
import { randomToken } from '../security/hasher';
import type { Database } from './database';
import { meta } from './schema';

/**
 * The configured HASH_SECRET, or one generated on first use and kept in `meta`. The insert
 * ignores conflicts, so concurrent first requests settle on the same stored secret.
 */
export async function resolveHashSecret(database: Database, configured: string | null): Promise<string> {
  if (configured) return configured;
  const { db } = database;
  await db.insert(meta).values({ key: 'hash_secret', value: randomToken(32) }).onConflictDoNothing();
  const [row] = await db.select().from(meta).where(eq(meta.key, 'hash_secret'));
  if (!row) throw new Error('hash secret could not be stored');
  return row.value;
}
