/**
 * Reads behind blocklists, CardDAV and the incremental export (docs/phones.md): a profile's
 * numbers by activity from the score snapshots, the change log since a sequence number or a
 * time, and subscriptions. Nothing here reads `reports`.
 */
import { eq } from 'drizzle-orm';
import { MIN_BLOCKLIST_REPORTERS, type BlocklistProfile } from '../domain/blocklists';
import type { Verdict } from '../domain/scoring';
import { statement, type Database, type Statement, type WriteStatement } from './database';
import { subscriptions } from './schema';

/** A number as blocklists see it: its snapshot and its place in the change log. */
export interface BlocklistNumber {
  id: number;
  key: string;
  e164: string | null;
  verdict: Verdict | null;
  scamProbability: number | null;
  abuseLevel: string | null;
  activity: number | null;
  reportsTotal: number;
  /** Distinct reporters behind the visible reports. */
  reporters: number;
  lastReportAt: number | null;
  official: boolean;
  /** The number's latest change (0 when the log has none). */
  seq: number;
  /** When that change happened (ms); the snapshot time when the log has none. */
  changedAt: number;
}

type Row = Omit<BlocklistNumber, 'official'> & { official: number };

const COLUMNS = `n.id, n.key, n.e164, s.verdict, s.scam_probability as scamProbability, s.abuse_level as abuseLevel,
  s.activity, coalesce(s.reports_total, 0) as reportsTotal, coalesce(s.reporters, 0) as reporters, s.last_report_at as lastReportAt,
  exists (select 1 from official_numbers o where o.number_key = n.key) as official,
  coalesce((select max(c.seq) from number_changes c where c.number_id = n.id), 0) as seq,
  coalesce((select c.at from number_changes c where c.number_id = n.id order by c.seq desc limit 1), s.scored_at, s.updated_at, 0) as changedAt`;

const sqlList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/**
 * A profile's members as one statement, its conditions written from the profile's constants (not
 * from input) so that SQLite can walk the (verdict, activity) or (abuse_level, activity) index.
 */
function membersStatement(profile: BlocklistProfile): Statement {
  const conditions = [
    's.reports_total > 0',
    // Never one reporter's word alone (a residual test on the index's rows, not another index).
    `s.reporters >= ${MIN_BLOCKLIST_REPORTERS}`,
    "s.verdict is not null and s.verdict <> 'official'",
    profile.verdicts ? `s.verdict in (${sqlList(profile.verdicts)})` : null,
    profile.abuseLevels ? `s.abuse_level in (${sqlList(profile.abuseLevels)})` : null,
    'not exists (select 1 from official_numbers o where o.number_key = n.key)',
  ].filter(Boolean);
  return statement(
    `select ${COLUMNS} from number_stats s join numbers n on n.id = s.number_id
     where ${conditions.join(' and ')}
     order by s.activity desc, n.id limit ?`,
  );
}

/** The same selection, only the position of the `limit`-th number: where a limited book ends. */
function edgeStatement(profile: BlocklistProfile): Statement {
  const members = membersStatement(profile).sql;
  const from = members.slice(members.indexOf(' from number_stats s'), members.indexOf(' limit ?'));
  return statement(`select s.activity, n.id${from} limit 1 offset ?`);
}

const memberStatements = new Map<string, Statement>();
const edgeStatements = new Map<string, Statement>();

const changedSinceSeq = statement(
  `select ${COLUMNS} from (select number_id, max(seq) as last from number_changes where seq > ? group by number_id) x
   join numbers n on n.id = x.number_id left join number_stats s on s.number_id = n.id
   order by x.last limit ?`,
);
const byKeys = statement(
  `select ${COLUMNS} from numbers n left join number_stats s on s.number_id = n.id where n.key in (select value from json_each(?))`,
);
const latestSeq = statement(`select coalesce(max(seq), 0) as seq from number_changes`);
const changedIdsSince = statement(
  `select number_id as id, max(seq) as seq from number_changes where at > ? and number_id > ? group by number_id order by number_id limit ?`,
);
const keysOf = statement(`select id, key from numbers where id in (select value from json_each(?))`);

const toNumber = (row: Row): BlocklistNumber => ({ ...row, official: Boolean(row.official), seq: Number(row.seq), changedAt: Number(row.changedAt) });

export function blocklistRepository(database: Database) {
  return {
    /** A profile's numbers, most active first, at most `limit`. */
    async members(profile: BlocklistProfile, limit: number): Promise<BlocklistNumber[]> {
      let read = memberStatements.get(profile.id);
      if (!read) memberStatements.set(profile.id, (read = membersStatement(profile)));
      return (await database.all<Row>(read, [limit])).map(toNumber);
    },

    /**
     * The last number a book of `limit` holds, as its place in the order (activity, then id), or
     * null when the profile has fewer numbers than that (then every number of the profile is in).
     */
    async edge(profile: BlocklistProfile, limit: number): Promise<{ activity: number | null; id: number } | null> {
      let read = edgeStatements.get(profile.id);
      if (!read) edgeStatements.set(profile.id, (read = edgeStatement(profile)));
      const [row] = await database.all<{ activity: number | null; id: number }>(read, [limit - 1]);
      return row ?? null;
    },

    /** Numbers whose latest change is after `seq`, in change order, at most `limit` (their current state). */
    async changedSince(seq: number, limit: number): Promise<BlocklistNumber[]> {
      return (await database.all<Row>(changedSinceSeq, [seq, limit])).map(toNumber);
    },

    async byKeys(keys: readonly string[]): Promise<BlocklistNumber[]> {
      if (keys.length === 0) return [];
      return (await database.all<Row>(byKeys, [JSON.stringify(keys)])).map(toNumber);
    },

    /** The change log's high-water mark: the sync token of "now". */
    async latestSeq(): Promise<number> {
      const [row] = await database.all<{ seq: number }>(latestSeq, []);
      return Number(row?.seq ?? 0);
    },

    /** Ids (and keys) of numbers changed after `at` (ms), in id order after `afterId`: the pages of the incremental export. */
    async changedIdsSince(at: number, afterId: number, limit: number): Promise<{ id: number; key: string | null }[]> {
      const ids = await database.all<{ id: number }>(changedIdsSince, [at, afterId, limit]);
      if (ids.length === 0) return [];
      const keys = await database.all<{ id: number; key: string }>(keysOf, [JSON.stringify(ids.map((r) => r.id))]);
      const byId = new Map(keys.map((k) => [k.id, k.key]));
      return ids.map((r) => ({ id: r.id, key: byId.get(r.id) ?? null }));
    },

    async subscription(tokenHash: string): Promise<typeof subscriptions.$inferSelect | null> {
      const [row] = await database.db.select().from(subscriptions).where(eq(subscriptions.tokenHash, tokenHash));
      return row ?? null;
    },

    createSubscription(row: typeof subscriptions.$inferInsert): WriteStatement {
      return database.db.insert(subscriptions).values(row);
    },
  };
}
