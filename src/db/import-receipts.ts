import { inArray } from 'drizzle-orm';
import { chunkRows, type Db, type WriteStatement } from './database';
import { importReceipts } from './schema';

/** Which external ids have been imported: the idempotency key of the bulk import. */
export function importReceiptRepository(db: Db) {
  return {
    /** The subset of `externalIds` already imported (chunked for D1's parameter limit). */
    async imported(externalIds: readonly string[]): Promise<Set<string>> {
      const unique = [...new Set(externalIds)];
      const found = await Promise.all(
        chunkRows(unique, 1).map((chunk) =>
          db.select({ id: importReceipts.externalId }).from(importReceipts).where(inArray(importReceipts.externalId, chunk)),
        ),
      );
      return new Set(found.flat().map((row) => row.id));
    },

    /** Written in the same atomic write as the report the line created or updated. */
    record(externalId: string, at: number): WriteStatement {
      return db.insert(importReceipts).values({ externalId, importedAt: at });
    },
  };
}
