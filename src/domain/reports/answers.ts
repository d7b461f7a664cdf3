/**
 * The vocabularies of a report's answers, written once: the drizzle schema, the zod request
 * schemas and the TypeScript types are all read from these lists.
 */
export const DEBT_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type DebtAnswer = (typeof DEBT_ANSWERS)[number];

export const HOTLINE_CHECKS = ['confirmed', 'denied', 'not_tried'] as const;
export type HotlineCheck = (typeof HOTLINE_CHECKS)[number];

export const PAYMENT_KINDS = ['none', 'official_channel', 'personal_account', 'third_party_app', 'cash_or_giftcard'] as const;
export type PaymentRequested = (typeof PAYMENT_KINDS)[number];

export const DISPUTE_RELATIONS = ['owner', 'agency', 'recycled_number'] as const;
export type DisputeRelation = (typeof DISPUTE_RELATIONS)[number];

export const DISPUTE_STATUSES = ['open', 'upheld', 'rejected'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

// The call's circumstances, used by the conduct rules and the stage checks (docs/acting-on-a-call.md).
/** How far overdue the person is with the lender the caller named, by their own account. */
export const OVERDUE_STAGES = ['not_overdue', 'under_7_days', 'days_7_30', 'days_30_90', 'days_90_180', 'over_180_days', 'no_debt'] as const;
export type OverdueStage = (typeof OVERDUE_STAGES)[number];

/** Who took the call. */
export const CONTACTED_PARTIES = ['debtor', 'emergency_contact', 'unrelated_third_party'] as const;
export type ContactedParty = (typeof CONTACTED_PARTIES)[number];

/** What the caller threatened to do. */
export const THREAT_KINDS = ['lawyer_letter', 'home_visit', 'lawsuit', 'arrest', 'contact_employer', 'contact_family'] as const;
export type ThreatKind = (typeof THREAT_KINDS)[number];

/** Upper bounds of the call counts a report may give: far above any real harassment, low enough to catch typos. */
export const MAX_CALLS_TODAY = 200;
export const MAX_CALLS_LAST_7_DAYS = 1000;

/** What the conduct rules and the stage checks read; every part may be left unanswered. */
export interface CallCircumstances {
  callsToday: number | null;
  callsLast7Days: number | null;
  overdueStage: OverdueStage | null;
  contacted: ContactedParty | null;
  threatened: readonly ThreatKind[];
}

/** No circumstances given: what reports stored before these questions existed say. */
export const NO_CIRCUMSTANCES: CallCircumstances = { callsToday: null, callsLast7Days: null, overdueStage: null, contacted: null, threatened: [] };

