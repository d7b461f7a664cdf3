/**
 * The blocklist tables: the change log behind CardDAV sync tokens and the incremental export,
 * and subscriptions. Part of the one schema (`schema.ts` re-exports them).
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The change log behind CardDAV sync tokens and the incremental export (docs/phones.md): one row
 * each time a number's verdict, tenth of scam probability or abuse level changes, it loses its
 * last visible report, or it enters or leaves the official register. `seq` only grows
 * (AUTOINCREMENT never reuses a value), so it is the sync token. Rows are written by triggers
 * (migrations/0008_blocklists.sql) in the same statement as the snapshot they record; no
 * foreign key, so that emptying tables in any order never trips over a trigger's row.
 */
export const numberChanges = sqliteTable(
  'number_changes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    numberId: integer('number_id').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('number_changes_number_idx').on(t.numberId, t.seq), index('number_changes_at_idx').on(t.at)],
);

/** A blocklist subscription: the keyed hash of its token picks a profile, a size limit and a language. */
export const subscriptions = sqliteTable('subscriptions', {
  tokenHash: text('token_hash').primaryKey(),
  profile: text('profile').notNull(),
  limit: integer('limit'),
  lang: text('lang', { enum: ['zh-CN', 'en'] }).notNull(),
  createdAt: integer('created_at').notNull(),
});
