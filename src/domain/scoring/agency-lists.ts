/**
 * Scam evidence from lenders' published lists of the collection agencies they engage: a caller
 * who names a company for a lender whose list does not carry it (docs/acting-on-a-call.md).
 * Lists are reference data, checked at lookup time, so this comes in beside the stored
 * evidence as a count of visible reports, not as a voice's feature.
 */
import type { Reason } from './types';

/** Log-odds the signal adds at most; it saturates after a few reports (one reporter cannot push it far). */
export const UNLISTED_AGENCY_NATS = 1.5;

/**
 * The reason for `reports` visible reports naming an unlisted company, or null for none. Its
 * weight grows with the count and never exceeds {@link UNLISTED_AGENCY_NATS}.
 *
 * @example
 * unlistedAgencyReason(1)?.weight // ≈ 0.95
 */
export function unlistedAgencyReason(reports: number | undefined): Reason | null {
  const n = reports !== undefined && Number.isFinite(reports) && reports > 0 ? reports : 0;
  if (n === 0) return null;
  const weight = UNLISTED_AGENCY_NATS * (1 - Math.exp(-n));
  return {
    code: 'agency_not_on_lender_list',
    effect: 'scam',
    weight,
    message: {
      'zh-CN': `有 ${n} 条举报称，来电者自称所在的催收公司不在对方所说贷款机构公布的合作催收机构名单上。`,
      en: `${n === 1 ? '1 report says' : `${n} reports say`} the caller named a collection company that is not on the published list of agencies of the lender they claimed to collect for.`,
    },
  };
}
