import type { ConductTag } from '../domain/conduct/tags';
import type { NumberType } from '../domain/phone';
import type { DebtAnswer, HotlineCheck, PaymentRequested, ReportFacts, VoiceWeight } from '../domain/scoring';
import type { reports } from './schema';

export type ReportRow = typeof reports.$inferSelect;

/** What the scoring module needs from a stored report. */
export function reportFacts(row: ReportRow, numberType: NumberType): ReportFacts {
  return {
    tags: parseTags(row.tags),
    debtWithClaimedAgency: row.debtWithClaimedAgency as DebtAnswer,
    hotlineCheck: row.hotlineCheck as HotlineCheck,
    identification: {
      employeeIdGiven: row.employeeIdGiven,
      companyNameGiven: row.companyNameGiven,
      authorizationLetterGiven: row.authorizationLetterGiven,
    },
    paymentRequested: row.paymentRequested as PaymentRequested,
    claimedAgencyId: row.claimedAgencyId,
    numberType,
  };
}

export function reportWeight(row: ReportRow): VoiceWeight {
  return { weight: row.weight, discounts: JSON.parse(row.discounts) as string[] };
}

export function parseTags(json: string): ConductTag[] {
  return JSON.parse(json) as ConductTag[];
}

/** The claim a report counts towards: the agency id, or the normalized free text. */
export function claimKey(row: Pick<ReportRow, 'claimedAgencyId' | 'claimedAgencyNormalized'>): string | null {
  if (row.claimedAgencyId) return row.claimedAgencyId;
  if (row.claimedAgencyNormalized) return `text:${row.claimedAgencyNormalized}`;
  return null;
}

/** UTC day of a timestamp, as stored in number_daily. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Which of two visible reports speaks for their reporter: the later one (ties by id). */
export function laterReport(a: ReportRow | null, b: ReportRow | null): ReportRow | null {
  if (!a) return b;
  if (!b) return a;
  if (a.reportedAt !== b.reportedAt) return a.reportedAt > b.reportedAt ? a : b;
  return a.id > b.id ? a : b;
}
