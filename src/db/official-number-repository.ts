import { eq } from 'drizzle-orm';
import type { Db, WriteStatement } from './database';
import { agencies, officialNumbers } from './schema';

export type OfficialNumberRow = typeof officialNumbers.$inferSelect;
export type OfficialNumberInput = Omit<OfficialNumberRow, 'addedBy' | 'createdAt'>;

/** The registry of official numbers, as admins change it (the seed loader writes its own rows). */
export function officialNumberRepository(db: Db) {
  return {
    async find(numberKey: string): Promise<OfficialNumberRow | null> {
      const [row] = await db.select().from(officialNumbers).where(eq(officialNumbers.numberKey, numberKey));
      return row ?? null;
    },

    async agencyExists(agencyId: string): Promise<boolean> {
      const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
      return Boolean(row);
    },

    /** Registers a number, or re-registers it (new agency, source or purpose) if already there. */
    upsert(input: OfficialNumberInput, now: number): WriteStatement {
      return db
        .insert(officialNumbers)
        .values({ ...input, addedBy: 'admin', createdAt: now })
        .onConflictDoUpdate({
          target: officialNumbers.numberKey,
          set: {
            agencyId: input.agencyId,
            source: input.source,
            sourceZh: input.sourceZh,
            purposeZh: input.purposeZh,
            purposeEn: input.purposeEn,
            addedBy: 'admin',
          },
        });
    },

    remove(numberKey: string): WriteStatement {
      return db.delete(officialNumbers).where(eq(officialNumbers.numberKey, numberKey));
    },
  };
}
