import { expect } from 'vitest';
import { fromIp, type Harness } from '#harness';

const DAY = 86_400_000;
let ipCounter = 0;
let tokenCounter = 0;

type Report = Record<string, unknown>;

/** What victims of a fake collector report: the hotline denied it, it wanted a personal account. */
export const scamReport: Report = {
  hotline_check: 'denied',
  payment_requested: 'personal_account',
  debt_with_claimed_agency: 'no',
  tags: ['asks_sensitive_info', 'refuses_identification'],
};
/** A real agency, confirmed by its hotline, polite. */
export const legitReport: Report = {
  hotline_check: 'confirmed',
  payment_requested: 'official_channel',
  debt_with_claimed_agency: 'yes',
  tags: ['professional'],
  identification: { employee_id_given: true, company_name_given: true, authorization_letter_given: true },
};
/** A real agency that threatens and insults. */
export const abusiveReport: Report = { ...legitReport, tags: ['threats', 'insults', 'third_party_contact'] };

/** Posts a report from a new reporter on its own network, at the harness clock. */
export async function report(h: Harness, number: string, fields: Report) {
  const ip = `198.18.${++ipCounter % 250}.9`;
  const token = `blocklist-reporter-${++tokenCounter}-xxxxxxxx`;
  const { status, body } = await h.json('/v1/reports', {
    method: 'POST',
    body: {
      number,
      called_at: new Date(h.clock.now() - 3_600_000).toISOString().replace('Z', '+00:00'),
      claimed_agency: '支付宝催收',
      debt_with_claimed_agency: 'unknown',
      hotline_check: 'not_tried',
      payment_requested: 'none',
      identification: { employee_id_given: false, company_name_given: false, authorization_letter_given: false },
      tags: [],
      ...fields,
    },
    headers: { ...fromIp(ip), 'x-reporter-token': token },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string };
}

/** `count` independent reports on a number, two days apart (the clock moves on). */
export async function reportMany(h: Harness, number: string, fields: Report, count: number) {
  for (let i = 0; i < count; i++) {
    await report(h, number, fields);
    h.clock.advance(2 * DAY);
  }
}

/** The verdict and abuse level a lookup shows now. */
export async function lookup(h: Harness, number: string) {
  const { body } = await h.json(`/v1/numbers/${encodeURIComponent(number)}?lang=en`);
  return body as { verdict: string; abuse: { level: string }; number: { e164: string | null } };
}
