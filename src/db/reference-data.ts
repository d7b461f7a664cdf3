/**
 * Reference data in memory: agencies, aliases, official numbers and complaint channels change
 * only through the seed or an admin action, yet every lookup and every report needs them. They
 * are read once per process (per isolate on Workers) and read again when the version counter
 * that those writes bump has moved: the writer's own process drops its copy at once, others
 * notice within {@link RECHECK_MS}.
 */
import { eq, sql } from 'drizzle-orm';
import { normalizeAgencyName } from '../domain/agencies/agency-name';
import type { Database, WriteStatement } from './database';
import { agencies, agencyAliases, agencyAuthorizations, complaintChannels, meta, officialNumbers } from './schema';

export type AgencyRow = typeof agencies.$inferSelect;
export type OfficialNumberRow = typeof officialNumbers.$inferSelect;
export type ComplaintChannelRow = typeof complaintChannels.$inferSelect;
export type AgencyAuthorizationRow = typeof agencyAuthorizations.$inferSelect;

export interface OfficialRegistration {
  numberKey: string;
  source: string;
  sourceZh: string | null;
  purposeZh: string | null;
  purposeEn: string | null;
  agency: AgencyRow;
}

export interface ReferenceSnapshot {
  version: string;
  agency(id: string): AgencyRow | undefined;
  /** The official registration of a number key, if any. */
  official(key: string): OfficialRegistration | null;
  /** Every registered official number's key. */
  officialKeys(): readonly string[];
  /** An agency's official numbers (keys), seed order. */
  officialNumbersOf(agencyId: string): OfficialNumberRow[];
  /** Resolves free text ("蚂蚁", "alipay") or an id to an agency id, or null. */
  resolveAgency(text: string): string | null;
  /** Channels that are not about one agency (12378, 12321, 110 …), by id. */
  generalChannel(id: string): ComplaintChannelRow | undefined;
  /** The collection agencies a lender has published as engaged; null when no list of it is known. */
  authorizationsOf(lenderAgencyId: string): readonly AgencyAuthorizationRow[] | null;
}

const VERSION_KEY = 'reference_version';
/** How long a process trusts its copy before asking whether the version moved. */
export const RECHECK_MS = 10_000;

/** The statement that every reference-data write adds to its atomic write. */
export function bumpReferenceVersion(database: Database): WriteStatement {
  return database.db
    .insert(meta)
    .values({ key: VERSION_KEY, value: '1' })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`cast(${meta.value} as integer) + 1` } });
}

export interface ReferenceData {
  current(now: number): Promise<ReferenceSnapshot>;
  /** Drops this process's copy (after a write of its own). */
  invalidate(): void;
}

/**
 * @example
 * const reference = referenceData(database);
 * (await reference.current(Date.now())).official('CN:95188')?.agency.id // 'alipay'
 */
export function referenceData(database: Database): ReferenceData {
  let snapshot: Promise<ReferenceSnapshot> | null = null;
  let checkedAt = 0;
  const readVersion = async () => {
    const [row] = await database.db.select({ value: meta.value }).from(meta).where(eq(meta.key, VERSION_KEY));
    return row?.value ?? '0';
  };
  return {
    async current(now) {
      if (snapshot && now - checkedAt < RECHECK_MS && now >= checkedAt) return snapshot;
      if (snapshot) {
        const cached = await snapshot;
        checkedAt = now;
        if ((await readVersion()) === cached.version) return cached;
      }
      checkedAt = now;
      snapshot = load(database, readVersion).catch((error) => {
        snapshot = null;
        throw error;
      });
      return snapshot;
    },
    invalidate() {
      snapshot = null;
    },
  };
}

async function load(database: Database, readVersion: () => Promise<string>): Promise<ReferenceSnapshot> {
  const { db } = database;
  const [version, agencyRows, aliasRows, officialRows, channelRows, authorizationRows] = await Promise.all([
    readVersion(),
    db.select().from(agencies),
    db.select().from(agencyAliases),
    db.select().from(officialNumbers),
    db.select().from(complaintChannels),
    db.select().from(agencyAuthorizations),
  ]);
  const authorizationsByLender = new Map<string, AgencyAuthorizationRow[]>();
  for (const row of authorizationRows) authorizationsByLender.set(row.lenderAgencyId, [...(authorizationsByLender.get(row.lenderAgencyId) ?? []), row]);
  const agencyById = new Map(agencyRows.map((a) => [a.id, a]));
  const aliasByNormalized = new Map(aliasRows.map((a) => [a.normalized, a.agencyId]));
  const officialByKey = new Map(officialRows.map((o) => [o.numberKey, o]));
  const officialsByAgency = new Map<string, OfficialNumberRow[]>();
  for (const row of officialRows) officialsByAgency.set(row.agencyId, [...(officialsByAgency.get(row.agencyId) ?? []), row]);
  const general = new Map(channelRows.filter((c) => c.agencyId === null).map((c) => [c.id, c]));
  return {
    version,
    agency: (id) => agencyById.get(id),
    official(key) {
      const row = officialByKey.get(key);
      const agency = row && agencyById.get(row.agencyId);
      if (!row || !agency) return null;
      return { numberKey: row.numberKey, source: row.source, sourceZh: row.sourceZh, purposeZh: row.purposeZh, purposeEn: row.purposeEn, agency };
    },
    officialKeys: () => officialRows.map((row) => row.numberKey),
    officialNumbersOf: (agencyId) => officialsByAgency.get(agencyId) ?? [],
    resolveAgency(text) {
      const trimmed = text.trim();
      if (agencyById.has(trimmed)) return trimmed;
      const normalized = normalizeAgencyName(text);
      return (normalized && aliasByNormalized.get(normalized)) || null;
    },
    generalChannel: (id) => general.get(id),
    authorizationsOf: (lenderAgencyId) => authorizationsByLender.get(lenderAgencyId) ?? null,
  };
}
