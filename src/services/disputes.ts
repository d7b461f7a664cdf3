/**
 * Where a dispute stands, as anyone holding its id may see it (the API and the status page):
 * no statement, no contact.
 */
import type { Database } from '../db/database';
import { disputeRepository, type DisputeWithNumber } from '../db/dispute-repository';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export type DisputeStatusView = ReturnType<typeof disputeStatus>;

export function disputeStatus(dispute: DisputeWithNumber) {
  return {
    id: dispute.id,
    status: dispute.status,
    /** Key of the disputed number. */
    number: dispute.numberKey,
    relation: dispute.relation,
    created_at: iso(dispute.createdAt)!,
    resolved_at: iso(dispute.resolvedAt),
  };
}

/**
 * @example
 * const status = await findDisputeStatus(database, 'dsp_3f9a1c0b2d4e5f6a7b8c9d0e'); // null when unknown
 */
export async function findDisputeStatus(database: Database, id: string): Promise<DisputeStatusView | null> {
  const dispute = await disputeRepository(database.db).find(id);
  return dispute ? disputeStatus(dispute) : null;
}
