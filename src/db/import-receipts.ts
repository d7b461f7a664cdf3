import { statement, type Database } from './database';

const importedAmong = statement(`select r.external_id as id from json_each(?) j join import_receipts r on r.external_id = j.value`);

/** Which external ids have been imported: the idempotency key of the bulk import. */
export function importReceiptRepository(database: Database) {
  return {
    /**
     * The subset of `externalIds` already imported: one set read for a whole batch.
     * Receipts themselves are written by the batch's own atomic write (db/write-statements.ts).
     */
    async imported(externalIds: readonly string[]): Promise<Set<string>> {
      if (externalIds.length === 0) return new Set();
      const rows = await database.all<{ id: string }>(importedAmong, [JSON.stringify([...new Set(externalIds)])]);
      return new Set(rows.map((row) => row.id));
    },
  };
}
