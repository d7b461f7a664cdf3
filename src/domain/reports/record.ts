/**
 * A stored report as the write path reasons about it. Field names match the `reports` table's
 * rows, so a row read from either runtime is a record as it is.
 */
import type { ConductTag } from '../conduct/tags';
import type { NumberType } from '../phone';
import type { DebtAnswer, HotlineCheck, PaymentRequested, ReportFacts, VoiceWeight } from '../scoring';
import type { OverdueStage, ThreatKind } from './answers';

export const REPORT_STATUSES = ['visible', 'hidden', 'retracted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_SOURCES = ['live', 'import'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

export interface ReportRecord {
  id: string;
  numberId: number;
  reporterId: number;
  /** Keyed hash of the client's IPv4 /24 or IPv6 /48. */
  ipHash: string | null;
  calledAt: number;
  reportedAt: number;
  updatedAt: number;
  claimedAgencyId: string | null;
  claimedAgencyText: string | null;
  claimedAgencyNormalized: string | null;
  /** JSON array of conduct tags, as reported plus derived ones. */
  tags: string;
  /** JSON array of the tags the reporter chose; null for reports stored before they were kept apart. */
  reportedTags: string | null;
  /** The UTC offset (minutes) typed in called_at, the fallback for judging call hours; null if unknown. */
  calledAtOffset: number | null;
  debtWithClaimedAgency: string;
  hotlineCheck: string;
  employeeIdGiven: boolean;
  companyNameGiven: boolean;
  authorizationLetterGiven: boolean;
  paymentRequested: string;
  /** The collection company the caller named, as typed (masked like a comment). */
  callerCompany: string | null;
  comment: string | null;
  status: ReportStatus;
  hiddenReason: string | null;
  weight: number;
  /** JSON array of discount codes applied at write time. */
  discounts: string;
  source: ReportSource;
  externalId: string | null;
  // The call's circumstances (all optional answers) and the conduct rules the report says were broken.
  callsToday: number | null;
  callsLast7Days: number | null;
  overdueStage: string | null;
  contacted: string | null;
  /** JSON array of threat kinds. */
  threatened: string;
  /** JSON array of conduct-rule ids; null on reports stored before violations were derived. */
  violations: string | null;
}

/** What the scoring module needs from a stored report. */
export function reportFacts(row: ReportRecord, numberType: NumberType): ReportFacts {
  return {
    tags: parseTags(row.tags),
    debtWithClaimedAgency: row.debtWithClaimedAgency as DebtAnswer,
    hotlineCheck: row.hotlineCheck as HotlineCheck,
    identification: {
      employeeIdGiven: Boolean(row.employeeIdGiven),
      companyNameGiven: Boolean(row.companyNameGiven),
      authorizationLetterGiven: Boolean(row.authorizationLetterGiven),
    },
    paymentRequested: row.paymentRequested as PaymentRequested,
    claimedAgencyId: row.claimedAgencyId,
    numberType,
    overdueStage: row.overdueStage as OverdueStage | null,
    threatened: JSON.parse(row.threatened) as ThreatKind[],
  };
}

export function reportWeight(row: Pick<ReportRecord, 'weight' | 'discounts'>): VoiceWeight {
  return { weight: row.weight, discounts: JSON.parse(row.discounts) as string[] };
}

export function parseTags(json: string): ConductTag[] {
  return JSON.parse(json) as ConductTag[];
}

/** The claim a report counts towards: the agency id, or the normalized free text. */
export function claimKey(row: Pick<ReportRecord, 'claimedAgencyId' | 'claimedAgencyNormalized'>): string | null {
  if (row.claimedAgencyId) return row.claimedAgencyId;
  if (row.claimedAgencyNormalized) return `text:${row.claimedAgencyNormalized}`;
  return null;
}

/** UTC day of a timestamp (YYYY-MM-DD), the key of a number's daily counts. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Which of two reports speaks for their reporter: the later one (ties by id). */
export function laterReport<T extends Pick<ReportRecord, 'reportedAt' | 'id'>>(a: T | null, b: T | null): T | null {
  if (!a) return b;
  if (!b) return a;
  if (a.reportedAt !== b.reportedAt) return a.reportedAt > b.reportedAt ? a : b;
  return a.id > b.id ? a : b;
}
