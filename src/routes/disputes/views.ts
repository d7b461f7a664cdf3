import type { DisputeWithNumber } from '../../db/dispute-repository';
import { disputeStatus } from '../../services/disputes';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

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
