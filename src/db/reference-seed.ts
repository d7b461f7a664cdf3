import { eq, sql } from 'drizzle-orm';
import { bumpReferenceVersion } from './reference-data';
import referenceData from '../../seed/reference.json';
import { normalizeAgencyName } from '../domain/agencies/agency-name';
import { normalizePhone } from '../domain/phone';
import { chunkRows, type Database, type WriteStatement } from './database';
import { agencies, agencyAliases, complaintChannels, meta, officialNumbers } from './schema';

export type ReferenceData = typeof referenceData;

const SEED_VERSION_KEY = 'seed_version';

/**
 * Loads the reference seed (agencies, aliases, official numbers, complaint channels) once per
 * version of the seed file: restarting is a no-op, and an admin's later changes survive
 * restarts until the seed itself changes.
 *
 * @returns whether anything was written.
 */
export async function loadReferenceSeed(database: Database, now: number, data: ReferenceData = referenceData): Promise<boolean> {
  const version = seedVersion(data);
  const [current] = await database.db.select().from(meta).where(eq(meta.key, SEED_VERSION_KEY));
  if (current?.value === version) return false;
  await database.atomic([
    ...referenceSeedStatements(database, data, now),
    bumpReferenceVersion(database),
    database.db
      .insert(meta)
      .values({ key: SEED_VERSION_KEY, value: version })
      .onConflictDoUpdate({ target: meta.key, set: { value: version } }),
  ]);
  return true;
}

function referenceSeedStatements(database: Database, data: ReferenceData, now: number): WriteStatement[] {
  const { db } = database;
  const agencyRows = data.agencies.map((a) => ({
    id: a.id,
    kind: a.kind as typeof agencies.$inferInsert.kind,
    nameZh: a.name_zh,
    nameEn: a.name_en,
    website: a.website,
  }));
  const aliasRows = new Map<string, typeof agencyAliases.$inferInsert>();
  for (const a of data.agencies) {
    // The public aliases first, so that a name that is both an alias and the id stays listed.
    const names: [alias: string, listed: boolean][] = [
      ...a.aliases.map((alias): [string, boolean] => [alias, true]),
      ...matchOnlyAliases(a).map((alias): [string, boolean] => [alias, false]),
      ...[a.id, a.name_zh, a.name_en].map((alias): [string, boolean] => [alias, false]),
    ];
    for (const [alias, listed] of names) {
      const normalized = normalizeAgencyName(alias);
      if (normalized && !aliasRows.has(normalized)) aliasRows.set(normalized, { normalized, alias, agencyId: a.id, listed });
    }
  }
  const officialRows = data.agencies.flatMap((a) =>
    a.official_numbers.map((o) => ({
      numberKey: officialKey(o.number),
      agencyId: a.id,
      purposeZh: o.purpose_zh,
      purposeEn: o.purpose_en,
      source: o.source,
      sourceZh: o.source_zh,
      addedBy: 'seed' as const,
      createdAt: now,
    })),
  );
  const channelRows = data.complaint_channels.map((ch) => ({
    id: ch.id,
    agencyId: ch.agency_id,
    kind: ch.kind as 'phone' | 'web' | 'app',
    value: ch.value,
    labelZh: ch.label_zh,
    labelEn: ch.label_en,
    source: ch.source,
    sourceZh: ch.source_zh,
  }));
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  return [
    ...chunkRows(agencyRows, 5).map((rows) =>
      db.insert(agencies).values(rows).onConflictDoUpdate({
        target: agencies.id,
        set: { kind: excluded('kind'), nameZh: excluded('name_zh'), nameEn: excluded('name_en'), website: excluded('website') },
      }),
    ),
    ...chunkRows([...aliasRows.values()], 4).map((rows) =>
      db.insert(agencyAliases).values(rows).onConflictDoUpdate({
        target: agencyAliases.normalized,
        set: { alias: excluded('alias'), agencyId: excluded('agency_id'), listed: excluded('listed') },
      }),
    ),
    ...chunkRows(officialRows, 8).map((rows) =>
      db.insert(officialNumbers).values(rows).onConflictDoUpdate({
        target: officialNumbers.numberKey,
        set: {
          agencyId: excluded('agency_id'),
          purposeZh: excluded('purpose_zh'),
          purposeEn: excluded('purpose_en'),
          source: excluded('source'),
          sourceZh: excluded('source_zh'),
        },
      }),
    ),
    ...chunkRows(channelRows, 8).map((rows) =>
      db.insert(complaintChannels).values(rows).onConflictDoUpdate({
        target: complaintChannels.id,
        set: {
          agencyId: excluded('agency_id'),
          kind: excluded('kind'),
          value: excluded('value'),
          labelZh: excluded('label_zh'),
          labelEn: excluded('label_en'),
          source: excluded('source'),
          sourceZh: excluded('source_zh'),
        },
      }),
    ),
  ];
}

/** Misspellings an agency is matched by but not listed under; optional in the seed. */
function matchOnlyAliases(agency: ReferenceData['agencies'][number]): string[] {
  return 'match_only_aliases' in agency && Array.isArray(agency.match_only_aliases) ? (agency.match_only_aliases as string[]) : [];
}

function officialKey(number: string): string {
  const result = normalizePhone(number, { region: 'CN' });
  if (!result.ok) throw new Error(`Seed official number "${number}" does not parse: ${result.message}`);
  return result.number.key;
}

/** FNV-1a over the seed's JSON: cheap, stable and identical on both runtimes. */
export function seedVersion(data: ReferenceData): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(data);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
