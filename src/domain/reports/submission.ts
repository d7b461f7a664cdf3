/**
 * A report's rules before it is stored: the time window, tag derivation, masking and the
 * fields a stored report gets. Pure: the clock and the alias resolver are passed in.
 */
import { normalizeAgencyName } from '../agencies/agency-name';
import { offsetMinutesOf } from '../conduct/call-hours';
import { canonicalTags, deriveTags } from '../conduct/derived-tags';
import type { ConductTag } from '../conduct/tags';
import { reportViolations, type ViolationInput } from '../conduct/violations';
import { maskComment } from '../masking/comment';
import type { NormalizedNumber } from '../phone';
import { numberTimeZones } from '../phone/time-zones';
import type { DebtAnswer, HotlineCheck, PaymentRequested } from '../scoring';
import { NO_CIRCUMSTANCES, THREAT_KINDS, type CallCircumstances, type ThreatKind } from './answers';
import type { ReportRecord } from './record';

/** Calls may be reported a little ahead of the server clock (phones drift), but not more. */
export const FUTURE_SKEW_MS = 5 * 60_000;
/** A reporter's same number again within this window edits their report instead of adding one. */
export const UPDATE_WINDOW_MS = 24 * 3_600_000;
/** Live reports are about calls from the last year. */
export const LIVE_MAX_AGE_DAYS = 365;
/** Imported history may reach back five years, leap days included. */
export const IMPORT_MAX_AGE_DAYS = 5 * 365 + 2;

const DAY_MS = 86_400_000;

/** A validated report, before alias resolution, tag derivation and masking. */
export interface ReportSubmission {
  number: NormalizedNumber;
  /** RFC 3339 as given and as epoch ms. */
  calledAt: { text: string; ms: number };
  claimedAgency: string | null;
  tags: readonly ConductTag[];
  debtWithClaimedAgency: DebtAnswer;
  hotlineCheck: HotlineCheck;
  identification: { employeeIdGiven: boolean; companyNameGiven: boolean; authorizationLetterGiven: boolean };
  paymentRequested: PaymentRequested;
  comment: string | null;
  /** The collection company the caller said they work for; absent or null when not given. */
  callerCompany?: string | null;
  /** The call's circumstances: how often it rang, the person's stage, who answered, what was threatened; none when absent. */
  circumstances?: CallCircumstances;
}

/** What the reporter answered, apart from which number and when: the same in a live report and an imported line. */
export type ReportAnswers = Omit<ReportSubmission, 'number' | 'calledAt'>;

/** Who sent it, when, and from where; all identities already hashed. */
export interface SubmissionOrigin {
  reporterHash: string;
  ipHash: string | null;
  reportedAt: number;
  source: 'live' | 'import';
  externalId?: string | null;
}

/** A report rule the input breaks; the HTTP edge turns it into a validation problem. */
export class ReportRuleError extends Error {
  constructor(
    readonly path: string,
    readonly rule: 'called_at_future' | 'called_at_too_old' | 'reported_at_future' | 'reported_at_too_old' | 'called_after_reported' | 'called_long_before_reported' | 'ip_prefix',
    message: string,
    /** The same in Chinese, for the person's language at the edge. */
    readonly messageZh: string,
  ) {
    super(message);
  }
}

/**
 * Checks `called_at` against the clock (and, for imports, against the time it was reported).
 *
 * @example
 * checkCallTime(Date.parse('2026-11-30T15:00:00Z'), Date.now(), LIVE_MAX_AGE_DAYS)
 */
export function checkCallTime(calledAtMs: number, now: number, maxAgeDays: number): void {
  if (calledAtMs > now + FUTURE_SKEW_MS) throw new ReportRuleError('called_at', 'called_at_future', 'The call time is in the future.', '来电时间不能晚于现在。');
  if (calledAtMs < now - maxAgeDays * DAY_MS) {
    throw new ReportRuleError('called_at', 'called_at_too_old', `The call is older than ${maxAgeDays} days.`, `来电时间不能早于 ${maxAgeDays} 天前。`);
  }
}

/** The rules an imported line's times must keep, with the server's clock for how far back history may go. */
export function checkImportTimes(reportedAt: number, calledAtMs: number, now: number): void {
  if (reportedAt > now + FUTURE_SKEW_MS) throw new ReportRuleError('reported_at', 'reported_at_future', 'The report time is in the future.', '举报时间不能晚于现在。');
  if (reportedAt < now - IMPORT_MAX_AGE_DAYS * DAY_MS) {
    throw new ReportRuleError('reported_at', 'reported_at_too_old', 'The report is older than 5 years.', '举报时间不能早于 5 年前。');
  }
  checkCallTime(calledAtMs, now, IMPORT_MAX_AGE_DAYS);
  if (calledAtMs > reportedAt + FUTURE_SKEW_MS) {
    throw new ReportRuleError('called_at', 'called_after_reported', 'The call is after the time it was reported.', '来电时间晚于举报时间。');
  }
  if (calledAtMs < reportedAt - LIVE_MAX_AGE_DAYS * DAY_MS) {
    throw new ReportRuleError(
      'called_at',
      'called_long_before_reported',
      `The call is more than ${LIVE_MAX_AGE_DAYS} days before it was reported.`,
      `来电时间比举报时间早了 ${LIVE_MAX_AGE_DAYS} 天以上。`,
    );
  }
}

/**
 * The tag columns of a report: what the reporter chose, what it counts with (plus
 * `out_of_hours` judged from the call's instant in the called number's time zone), and the
 * offset the reporter typed.
 */
export function reportTagColumns(submission: Pick<ReportSubmission, 'tags' | 'calledAt' | 'number'>) {
  const offsetMinutes = offsetMinutesOf(submission.calledAt.text);
  const { number } = submission;
  const tags = deriveTags({
    reported: submission.tags,
    call: { instant: submission.calledAt.ms, timeZones: numberTimeZones(number), offsetMinutes },
    region: number.region,
  });
  return { tags: JSON.stringify(tags), reportedTags: JSON.stringify(canonicalTags(submission.tags)), calledAtOffset: offsetMinutes };
}

/** The fields of a stored report that come from what the reporter said (an edit replaces exactly these). */
export type ReportFields = Pick<
  ReportRecord,
  | 'calledAt'
  | 'claimedAgencyId'
  | 'claimedAgencyText'
  | 'claimedAgencyNormalized'
  | 'tags'
  | 'reportedTags'
  | 'calledAtOffset'
  | 'debtWithClaimedAgency'
  | 'hotlineCheck'
  | 'employeeIdGiven'
  | 'companyNameGiven'
  | 'authorizationLetterGiven'
  | 'paymentRequested'
  | 'comment'
  | 'callerCompany'
  | 'updatedAt'
  | 'callsToday'
  | 'callsLast7Days'
  | 'overdueStage'
  | 'contacted'
  | 'threatened'
  | 'violations'
>;

/**
 * Resolves the claimed agency, derives tags and masks the comment.
 *
 * @example
 * reportFields(submission, (text) => aliases.get(normalizeAgencyName(text)) ?? null, now)
 */
export function reportFields(submission: ReportSubmission, resolveAgency: (text: string) => string | null, at: number): ReportFields {
  const claimedAgencyId = submission.claimedAgency ? resolveAgency(submission.claimedAgency) : null;
  const claimedText = claimedAgencyId ? null : submission.claimedAgency?.trim() || null;
  return {
    calledAt: submission.calledAt.ms,
    claimedAgencyId,
    claimedAgencyText: claimedText,
    claimedAgencyNormalized: claimedText ? normalizeAgencyName(claimedText) || null : null,
    ...reportTagColumns(submission),
    debtWithClaimedAgency: submission.debtWithClaimedAgency,
    hotlineCheck: submission.hotlineCheck,
    employeeIdGiven: submission.identification.employeeIdGiven,
    companyNameGiven: submission.identification.companyNameGiven,
    authorizationLetterGiven: submission.identification.authorizationLetterGiven,
    paymentRequested: submission.paymentRequested,
    comment: submission.comment ? maskComment(submission.comment, { reportedDigits: reportedDigits(submission.number) }) : null,
    // Free text like a comment: contacts typed into it are masked the same way.
    callerCompany: submission.callerCompany?.trim() ? maskComment(submission.callerCompany.trim(), { reportedDigits: reportedDigits(submission.number) }) : null,
    updatedAt: at,
    ...circumstanceColumns(submission.circumstances ?? NO_CIRCUMSTANCES),
    violations: JSON.stringify(reportViolations(violationInput(submission))),
  };
}

/** The circumstance columns of a stored report. */
export function circumstanceColumns(c: CallCircumstances): Pick<ReportRecord, 'callsToday' | 'callsLast7Days' | 'overdueStage' | 'contacted' | 'threatened'> {
  return {
    callsToday: c.callsToday,
    callsLast7Days: c.callsLast7Days,
    overdueStage: c.overdueStage,
    contacted: c.contacted,
    threatened: JSON.stringify(canonicalThreats(c.threatened)),
  };
}

/** What the conduct rules read of a submission: its call time, the number's region and zones, and the answers. */
function violationInput(submission: ReportSubmission): ViolationInput {
  const { number } = submission;
  return {
    region: number.region,
    call: { instant: submission.calledAt.ms, timeZones: numberTimeZones(number), offsetMinutes: offsetMinutesOf(submission.calledAt.text) },
    tags: submission.tags,
    paymentRequested: submission.paymentRequested,
    circumstances: submission.circumstances ?? NO_CIRCUMSTANCES,
  };
}

/** The reported number's own digit forms, which the masker leaves readable. */
function reportedDigits(number: NormalizedNumber): string[] {
  const national = number.national.replace(/\D/g, '');
  const e164 = number.e164?.replace(/\D/g, '') ?? '';
  return [national, e164, e164.replace(/^86/, ''), `0${national}`].filter(Boolean);
}

/** Threats in their listed order, each once. */
export function canonicalThreats(threats: Iterable<ThreatKind>): ThreatKind[] {
  const set = new Set(threats);
  return THREAT_KINDS.filter((threat) => set.has(threat));
}
