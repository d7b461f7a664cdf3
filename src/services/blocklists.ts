/**
 * Blocklists for phones (docs/phones.md): a profile's numbers from the score snapshots, the
 * cards and files made from them, what changed since a sync token, and subscriptions.
 */
import { blocklistRepository, type BlocklistNumber } from '../db/blocklist-repository';
import type { Database } from '../db/database';
import {
  MAX_BLOCKLIST_SIZE,
  blocklistCsv,
  blocklistProfile,
  effectiveLimit,
  inProfile,
  reportCountBucket,
  vcard,
  type BlocklistProfile,
  type CardLang,
} from '../domain/blocklists';
import { dialableNumber } from '../domain/phone';
import { roundProbability } from '../domain/scoring';
import type { Hasher } from '../security/hasher';
import { randomToken } from '../security/hasher';

/** The data's licence, named in the docs, the downloads and the export's headers. */
export const DATA_LICENCE = { id: 'ODbL-1.0', name: 'Open Database License (ODbL) v1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' } as const;

/** What a subscription or a public request asks for. */
export interface BookRequest {
  profile: BlocklistProfile;
  /** At most this many numbers; null for the whole list (up to {@link MAX_BLOCKLIST_SIZE}). */
  limit: number | null;
  lang: CardLang;
}

/** A profile's numbers now, with what tells a client whether anything changed. */
export interface BookState {
  members: BlocklistNumber[];
  /** The change log's high-water mark: the sync token of this state. */
  seq: number;
  /** Changes whenever a card is added, changed or removed (the CardDAV ctag, the downloads' ETag). */
  tag: string;
}

export async function bookState(database: Database, request: Pick<BookRequest, 'profile' | 'limit'>): Promise<BookState> {
  const repository = blocklistRepository(database);
  // The high-water mark first: a change that lands between the two reads is then seen again, never missed.
  const seq = await repository.latestSeq();
  const members = await repository.members(request.profile, effectiveLimit(request.limit));
  return { members, seq, tag: `${seq}-${membersDigest(members)}` };
}

/**
 * What changed in a book since the sync token `since`: cards to fetch again and cards to drop.
 * Null when more changed than a client should take in one answer (it then syncs from scratch).
 *
 * A number counts as removed when it changed and is no longer in the book. A limited book also
 * moves at its edge when other numbers overtake one by activity alone; such a card stays on the
 * device until the number itself changes or the device syncs from scratch (docs/phones.md).
 */
export async function bookChanges(
  database: Database,
  request: Pick<BookRequest, 'profile' | 'limit'>,
  since: number,
): Promise<{ state: BookState; changed: BlocklistNumber[]; removed: BlocklistNumber[] } | null> {
  const state = await bookState(database, request);
  const changes = await blocklistRepository(database).changedSince(since, MAX_BLOCKLIST_SIZE + 1);
  if (changes.length > MAX_BLOCKLIST_SIZE) return null;
  const members = new Map(state.members.map((m) => [m.id, m]));
  const changed: BlocklistNumber[] = [];
  const removed: BlocklistNumber[] = [];
  for (const number of changes) {
    const member = members.get(number.id);
    if (member) changed.push(member);
    else removed.push(number);
  }
  return { state, changed, removed };
}

/** The members of a book among these keys (for GET and multiget of single cards). */
export async function bookMembersByKey(database: Database, request: Pick<BookRequest, 'profile' | 'limit'>, keys: readonly string[]): Promise<Map<string, BlocklistNumber>> {
  const repository = blocklistRepository(database);
  const candidates = (await repository.byKeys(keys)).filter((n) => inProfile(request.profile, n));
  if (candidates.length === 0) return new Map();
  // A number belongs only if it is no later in the book's order than the book's last number.
  const edge = await repository.edge(request.profile, effectiveLimit(request.limit));
  const members = edge ? candidates.filter((n) => !comesAfter(n, edge)) : candidates;
  return new Map(members.map((n) => [n.key, n]));
}

/** Whether `a` comes after `b` in a book: by activity, most first (none last), then by id. */
function comesAfter(a: { activity: number | null; id: number }, b: { activity: number | null; id: number }): boolean {
  if (a.activity !== b.activity) {
    if (a.activity === null) return true;
    if (b.activity === null) return false;
    return a.activity < b.activity;
  }
  return a.id > b.id;
}

/** The page a card links to: `/n/{number}` on this site, in the card's language. */
export function numberPageUrl(origin: string, key: string, lang: CardLang): string {
  const path = `/n/${encodeURIComponent(dialableNumber(key)).replace(/%2B/g, '+')}`;
  return `${origin}${path}${lang === 'en' ? '?lang=en' : ''}`;
}

/** One number's vCard. */
export function numberCard(number: BlocklistNumber, lang: CardLang, origin: string, extra: readonly string[] = []): string {
  return vcard(
    {
      key: number.key,
      dial: dialableNumber(number.key),
      verdict: number.verdict ?? 'unknown',
      scamProbability: number.scamProbability,
      abuseLevel: number.abuseLevel,
      changedAt: number.changedAt,
    },
    lang,
    numberPageUrl(origin, number.key, lang),
    extra,
  );
}

/** A card's ETag: the number's latest change and the card's language, which is all a card shows. */
export function cardEtag(number: Pick<BlocklistNumber, 'seq'>, lang: CardLang): string {
  return `"${number.seq}-${lang}"`;
}

/** The `.vcf` download: every card of the book, one after another, each saying when the file was made. */
export function blocklistVcf(members: readonly BlocklistNumber[], lang: CardLang, origin: string, generatedAt: number): string {
  const extra = [`X-COLLECTOR-CHECK-GENERATED:${new Date(generatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z')}`];
  return members.map((m) => numberCard(m, lang, origin, extra)).join('');
}

/** The `.csv` download. */
export function blocklistCsvFile(members: readonly BlocklistNumber[], comments: readonly string[]): string {
  return blocklistCsv(
    members.map((m) => ({
      number: dialableNumber(m.key),
      e164: m.e164,
      verdict: m.verdict,
      scam_probability: m.scamProbability === null ? null : roundProbability(m.scamProbability),
      abuse_level: m.abuseLevel,
      reports: reportCountBucket(m.reportsTotal),
      last_at: m.lastReportAt === null ? null : new Date(m.lastReportAt).toISOString(),
    })),
    comments,
  );
}

/**
 * Issues a subscription token: the token goes to the person once, only its keyed hash is kept.
 *
 * @example
 * const token = await createSubscription(database, hasher, { profile, limit: 3000, lang: 'zh-CN' }, Date.now());
 */
export async function createSubscription(database: Database, hasher: Hasher, request: BookRequest, now: number): Promise<string> {
  const token = `sub_${randomToken(24)}`;
  await database.atomic([
    blocklistRepository(database).createSubscription({
      tokenHash: await hasher.hash('subscription', token),
      profile: request.profile.id,
      limit: request.limit,
      lang: request.lang,
      createdAt: now,
    }),
  ]);
  return token;
}

/** The book a subscription token stands for, or null when the token is unknown. */
export async function subscriptionBook(database: Database, hasher: Hasher, token: string): Promise<BookRequest | null> {
  const row = await blocklistRepository(database).subscription(await hasher.hash('subscription', token));
  const profile = row ? blocklistProfile(row.profile) : null;
  if (!row || !profile) return null;
  return { profile, limit: row.limit, lang: row.lang };
}

/** FNV-1a over the member ids in order: a short digest that moves when the set does. */
function membersDigest(members: readonly BlocklistNumber[]): string {
  let hash = 0x811c9dc5;
  for (const { id } of members) {
    for (let v = id; ; v = Math.floor(v / 256)) {
      hash = Math.imul(hash ^ (v & 0xff), 0x01000193) >>> 0;
      if (v < 256) break;
    }
    hash = Math.imul(hash ^ 0x2c, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
