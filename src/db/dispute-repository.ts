import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { NormalizedNumber } from '../domain/phone';
import { numberBlockKey } from '../domain/phone';
import type { Db, WriteStatement } from './database';
import { bind, statement } from './database';
import type { DisputeRelation, DisputeStatus } from '../domain/reports/answers';
import { disputes, numbers } from './schema';

/** The lookup reads a number's open disputes from its one row: recounted (idempotent) with every filing and resolution. */
const recountOpenDisputes = statement(
  `insert into number_stats (number_id, open_disputes, updated_at)
   select n.id, (select count(*) from disputes d where d.number_id = n.id and d.status = 'open'), ? from numbers n where n.key = ?
   on conflict (number_id) do update set open_disputes = excluded.open_disputes, version = number_stats.version + 1`,
);

export type DisputeRow = typeof disputes.$inferSelect;
export type { DisputeRelation, DisputeStatus };
export type DisputeWithNumber = DisputeRow & { numberKey: string; recycledAt: number | null };

export interface NewDispute {
  id: string;
  number: NormalizedNumber;
  /** Hex SHA-256 of the number's key, for the row if this creates it. */
  keyHash: string;
  relation: DisputeRelation;
  statement: string;
  contactHash: string | null;
  contactMasked: string | null;
  createdAt: number;
}

/** Disputes about a number: filed by the public, resolved by an admin. */
export function disputeRepository(db: Db) {
  const withNumber = {
    dispute: disputes,
    numberKey: numbers.key,
    recycledAt: numbers.recycledAt,
  };
  const flatten = (row: { dispute: DisputeRow; numberKey: string; recycledAt: number | null }): DisputeWithNumber => ({
    ...row.dispute,
    numberKey: row.numberKey,
    recycledAt: row.recycledAt,
  });

  return {
    /**
     * Statements that file a dispute, creating the number's row if nobody has reported it yet.
     * The dispute finds its number by key in a subquery, so both fit in one atomic write.
     */
    create(input: NewDispute): WriteStatement[] {
      const { number } = input;
      return [
        db
          .insert(numbers)
          .values({
            key: number.key,
            e164: number.e164,
            region: number.region,
            type: number.type,
            blockKey: numberBlockKey(number.key),
            createdAt: input.createdAt,
            keyHash: input.keyHash,
          })
          .onConflictDoNothing({ target: numbers.key }),
        db.insert(disputes).values({
          id: input.id,
          numberId: sql`(select ${numbers.id} from ${numbers} where ${numbers.key} = ${number.key})`,
          relation: input.relation,
          statement: input.statement,
          contactHash: input.contactHash,
          contactMasked: input.contactMasked,
          status: 'open',
          createdAt: input.createdAt,
        }),
        bind(recountOpenDisputes, [input.createdAt, number.key]),
      ];
    },

    async find(id: string): Promise<DisputeWithNumber | null> {
      const [row] = await db
        .select(withNumber)
        .from(disputes)
        .innerJoin(numbers, eq(numbers.id, disputes.numberId))
        .where(eq(disputes.id, id));
      return row ? flatten(row) : null;
    },

    /** Newest first; keyset-paginated by (created_at, id). */
    async list(options: { status?: DisputeStatus; before: { createdAt: number; id: string } | null; limit: number }) {
      const conditions = [];
      if (options.status) conditions.push(eq(disputes.status, options.status));
      if (options.before) {
        const { createdAt, id } = options.before;
        conditions.push(or(lt(disputes.createdAt, createdAt), and(eq(disputes.createdAt, createdAt), lt(disputes.id, id))));
      }
      const rows = await db
        .select(withNumber)
        .from(disputes)
        .innerJoin(numbers, eq(numbers.id, disputes.numberId))
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(desc(disputes.createdAt), desc(disputes.id))
        .limit(options.limit + 1);
      return { page: rows.slice(0, options.limit).map(flatten), hasMore: rows.length > options.limit };
    },

    /** Closes an open dispute; a no-op if someone else closed it first. */
    resolve(id: string, numberKey: string, status: Exclude<DisputeStatus, 'open'>, note: string, now: number): WriteStatement[] {
      return [
        db
          .update(disputes)
          .set({ status, resolutionNote: note, resolvedAt: now })
          .where(and(eq(disputes.id, id), eq(disputes.status, 'open'))),
        bind(recountOpenDisputes, [now, numberKey]),
      ];
    },

    /** Says the number changed hands at `at`: scoring treats evidence from before then as stale. */
    markRecycled(numberId: number, at: number): WriteStatement {
      return db.update(numbers).set({ recycledAt: at }).where(eq(numbers.id, numberId));
    },
  };
}
