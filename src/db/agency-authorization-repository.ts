import { and, asc, eq } from 'drizzle-orm';
import type { Db, WriteStatement } from './database';
import { agencies, agencyAuthorizations } from './schema';

export type AgencyAuthorizationRow = typeof agencyAuthorizations.$inferSelect;

/** Lenders' published lists of their collection agencies, as admins maintain them. */
export function agencyAuthorizationRepository(db: Db) {
  return {
    /** Every entry, or one lender's, by lender then name. */
    async list(lenderAgencyId?: string): Promise<AgencyAuthorizationRow[]> {
      return db
        .select()
        .from(agencyAuthorizations)
        .where(lenderAgencyId ? eq(agencyAuthorizations.lenderAgencyId, lenderAgencyId) : undefined)
        .orderBy(asc(agencyAuthorizations.lenderAgencyId), asc(agencyAuthorizations.agencyNameNormalized));
    },

    async find(id: string): Promise<AgencyAuthorizationRow | null> {
      const [row] = await db.select().from(agencyAuthorizations).where(eq(agencyAuthorizations.id, id));
      return row ?? null;
    },

    /** The entry for a company on a lender's list, matched by normalized name. */
    async findByName(lenderAgencyId: string, agencyNameNormalized: string): Promise<AgencyAuthorizationRow | null> {
      const [row] = await db
        .select()
        .from(agencyAuthorizations)
        .where(and(eq(agencyAuthorizations.lenderAgencyId, lenderAgencyId), eq(agencyAuthorizations.agencyNameNormalized, agencyNameNormalized)));
      return row ?? null;
    },

    async agencyExists(agencyId: string): Promise<boolean> {
      const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
      return Boolean(row);
    },

    /** Adds an entry, or replaces the one for the same lender and company (keeping its id). */
    upsert(row: AgencyAuthorizationRow): WriteStatement {
      return db
        .insert(agencyAuthorizations)
        .values(row)
        .onConflictDoUpdate({
          target: [agencyAuthorizations.lenderAgencyId, agencyAuthorizations.agencyNameNormalized],
          set: {
            agencyName: row.agencyName,
            registrationNumber: row.registrationNumber,
            sourceUrl: row.sourceUrl,
            sourceTitle: row.sourceTitle,
            publishedOn: row.publishedOn,
          },
        });
    },

    remove(id: string): WriteStatement {
      return db.delete(agencyAuthorizations).where(eq(agencyAuthorizations.id, id));
    },
  };
}
