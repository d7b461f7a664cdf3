import type { ReportSubmission } from '../../db/report-writer';
import type { NormalizedNumber } from '../../domain/phone';
import { text, validationProblem } from '../../http/problem';
import type { ReportBody } from './schemas';

/** Calls may be reported a little ahead of the server clock (phones drift), but not more. */
export const FUTURE_SKEW_MS = 5 * 60_000;

/**
 * Checks `called_at` against the clock and maps the API body onto the write path's input.
 * Live reports reach back 365 days; imports of history 5 years.
 */
export function submissionFromBody(body: ReportBody, number: NormalizedNumber, now: number, limits: { maxAgeDays: number }): ReportSubmission {
  const calledAtMs = Date.parse(body.called_at);
  if (calledAtMs > now + FUTURE_SKEW_MS) {
    throw validationProblem([{ path: 'called_at', message: text('来电时间不能晚于现在。', 'The call time is in the future.') }]);
  }
  if (calledAtMs < now - limits.maxAgeDays * 86_400_000) {
    throw validationProblem([{ path: 'called_at', message: text(`来电时间不能早于 ${limits.maxAgeDays} 天前。`, `The call is older than ${limits.maxAgeDays} days.`) }]);
  }
  return {
    number,
    calledAt: { text: body.called_at, ms: calledAtMs },
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
  };
}
