import { and, asc, desc, eq, gt, inArray, isNull, like, or } from 'drizzle-orm';
import { normalizeAgencyName } from '../domain/agencies/agency-name';
import type { Db } from './database';
import { agencies, agencyAliases, complaintChannels, numberClaims, numbers, officialNumbers } from './schema';

export type AgencyRow = typeof agencies.$inferSelect;
export type OfficialNumberRow = typeof officialNumbers.$inferSelect;
export type ComplaintChannelRow = typeof complaintChannels.$inferSelect;

export interface AgencyDetail {
  agency: AgencyRow;
  aliases: string[];
  officialNumbers: OfficialNumberRow[];
  complaintChannels: ComplaintChannelRow[];
  reportedNumbers: { key: string; e164: string | null; reports: number }[];
}

/** Reads of the agency reference data. */
export function agencyRepository(db: Db) {
  return {
    /** Agencies whose id, names or aliases contain `query`, ordered by id, after `afterId`. */
    async search(query: string | undefined, afterId: string | null, limit: number) {
      const needle = query ? normalizeAgencyName(query) : '';
      const conditions = [];
      if (afterId) conditions.push(gt(agencies.id, afterId));
      if (needle) {
        const aliasMatches = db
          .select({ id: agencyAliases.agencyId })
          .from(agencyAliases)
          .where(like(agencyAliases.normalized, `%${escapeLike(needle)}%`));
        conditions.push(
          or(
            inArray(agencies.id, aliasMatches),
            like(agencies.nameZh, `%${escapeLike(query!.trim())}%`),
            like(agencies.nameEn, `%${escapeLike(query!.trim())}%`),
          ),
        );
      }
      const rows = await db
        .select()
        .from(agencies)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(asc(agencies.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const officials = page.length
        ? await db.select().from(officialNumbers).where(inArray(officialNumbers.agencyId, page.map((a) => a.id)))
        : [];
      return { page, officials, hasMore: rows.length > limit };
    },

    async detail(id: string): Promise<AgencyDetail | null> {
      const [agency] = await db.select().from(agencies).where(eq(agencies.id, id));
      if (!agency) return null;
      const [aliases, officials, channels, reported] = await Promise.all([
        // Only the names meant to be shown; misspellings and the agency's own names still match in resolveAlias.
        db
          .select({ alias: agencyAliases.alias })
          .from(agencyAliases)
          .where(and(eq(agencyAliases.agencyId, id), eq(agencyAliases.listed, true))),
        db.select().from(officialNumbers).where(eq(officialNumbers.agencyId, id)),
        db
          .select()
          .from(complaintChannels)
          .where(or(eq(complaintChannels.agencyId, id), isNull(complaintChannels.agencyId)))
          .orderBy(asc(complaintChannels.id)),
        db
          .select({ key: numbers.key, e164: numbers.e164, reports: numberClaims.count })
          .from(numberClaims)
          .innerJoin(numbers, eq(numbers.id, numberClaims.numberId))
          .where(and(eq(numberClaims.agencyId, id), gt(numberClaims.count, 0)))
          .orderBy(desc(numberClaims.count))
          .limit(10),
      ]);
      return {
        agency,
        aliases: aliases.map((a) => a.alias),
        officialNumbers: officials,
        complaintChannels: channels,
        reportedNumbers: reported,
      };
    },

    /** Resolves free text ("蚂蚁", "alipay") or an id to an agency id, or null. */
    async resolveAlias(text: string): Promise<string | null> {
      const [byId] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, text.trim()));
      if (byId) return byId.id;
      const normalized = normalizeAgencyName(text);
      if (!normalized) return null;
      const [row] = await db
        .select({ id: agencyAliases.agencyId })
        .from(agencyAliases)
        .where(eq(agencyAliases.normalized, normalized));
      return row?.id ?? null;
    },
  };
}

function escapeLike(text: string): string {
  // drizzle's like() has no ESCAPE clause, so wildcard characters are dropped from the needle.
  return text.replace(/[%_]/g, '');
}
