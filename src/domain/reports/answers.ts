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
