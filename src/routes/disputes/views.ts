import type { DisputeWithNumber } from '../../db/dispute-repository';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** What anyone holding the dispute id may see: no statement, no contact. */
export function disputeStatus(dispute: DisputeWithNumber) {
  return {
    id: dispute.id,
    status: dispute.status,
    number: dispute.numberKey,
    relation: dispute.relation,
    created_at: iso(dispute.createdAt)!,
    resolved_at: iso(dispute.resolvedAt),
  };
}

/** What an admin sees. */
export function adminDispute(dispute: DisputeWithNumber) {
  return {
    ...disputeStatus(dispute),
    statement: dispute.statement,
    contact_masked: dispute.contactMasked,
    resolution_note: dispute.resolutionNote,
    number_recycled_at: iso(dispute.recycledAt),
  };
}
