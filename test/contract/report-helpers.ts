import type { Harness } from '#harness';
import { fromIp } from '#harness';

/** A valid report body, overridable field by field. */
export function reportBody(overrides: Record<string, unknown> = {}, now = Date.parse('2026-06-15T12:00:00Z')) {
  return {
    number: '13800138000',
    called_at: new Date(now - 3_600_000).toISOString().replace('Z', '+00:00'),
    claimed_agency: '支付宝催收',
    tags: ['repeated_calls'],
    debt_with_claimed_agency: 'unknown',
    hotline_check: 'not_tried',
    identification: { employee_id_given: false, company_name_given: false, authorization_letter_given: false },
    payment_requested: 'none',
    comment: 'Called three times today.',
    ...overrides,
  };
}

let counter = 0;
/** A distinct reporter token per call (tokens must be 16–128 characters). */
export function newToken(label = 'reporter'): string {
  counter += 1;
  return `${label}-token-${counter}-${Math.random().toString(36).slice(2, 10)}`.padEnd(20, 'x');
}

/** Posts a report as `token` from `ip`. */
export function postReport(h: Harness, body: Record<string, unknown>, token: string | null, ip = '198.51.100.7') {
  return h.json('/v1/reports', {
    method: 'POST',
    body,
    headers: { ...fromIp(ip), ...(token ? { 'x-reporter-token': token } : {}) },
  });
}
