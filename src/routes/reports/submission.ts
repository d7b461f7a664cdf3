import type { NormalizedNumber } from '../../domain/phone';
import { checkCallTime, ReportRuleError, type ReportAnswers, type ReportSubmission } from '../../domain/reports/submission';
import { text, validationProblem } from '../../http/problem';
import type { ReportBody } from './schemas';

type ReportAnswerFields = Omit<ReportBody, 'number' | 'region' | 'called_at'>;

export { FUTURE_SKEW_MS } from '../../domain/reports/submission';

/**
 * Checks `called_at` against the clock and maps the API body onto the write path's input;
 * a broken report rule answers as a validation problem.
 */
export function submissionFromBody(body: ReportBody, number: NormalizedNumber, now: number, limits: { maxAgeDays: number }): ReportSubmission {
  const calledAtMs = Date.parse(body.called_at);
  try {
    checkCallTime(calledAtMs, now, limits.maxAgeDays);
  } catch (error) {
    if (error instanceof ReportRuleError) throw validationProblem([{ path: error.path, message: text(error.messageZh, error.message) }]);
    throw error;
  }
  return { number, calledAt: { text: body.called_at, ms: calledAtMs }, ...reportAnswersFromBody(body) };
}

/** The answers of a report body (API, form or import line) in the write path's terms. */
export function reportAnswersFromBody(body: ReportAnswerFields): ReportAnswers {
  return {
    claimedAgency: body.claimed_agency ?? null,
    tags: body.tags,
    debtWithClaimedAgency: body.debt_with_claimed_agency,
    hotlineCheck: body.hotline_check,
    identification: {
      employeeIdGiven: body.identification.employee_id_given,
      companyNameGiven: body.identification.company_name_given,
      authorizationLetterGiven: body.identification.authorization_letter_given,
    },
    paymentRequested: body.payment_requested,
    comment: body.comment?.trim() || null,
    callerCompany: body.caller_company?.trim() || null,
    circumstances: {
      callsToday: body.calls_today ?? null,
      callsLast7Days: body.calls_last_7_days ?? null,
      overdueStage: body.overdue_stage ?? null,
      contacted: body.contacted ?? null,
      threatened: body.threatened,
    },
  };
}
