import type { Site } from './site';

/** An RFC 3339 time `minutesAgo` before now, in China Standard Time. */
export function calledAt(minutesAgo = 60): string {
  const shifted = new Date(Date.now() - minutesAgo * 60_000 + 8 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

/** A scam report as victims describe them: fake "Alipay collection", personal account, forged letters. */
export function scamReport(number: string, overrides: Record<string, unknown> = {}) {
  return {
    number,
    called_at: calledAt(90),
    claimed_agency: '支付宝催收',
    tags: ['personal_account_payment', 'fake_legal_documents', 'threats', 'refuses_identification'],
    debt_with_claimed_agency: 'no',
    hotline_check: 'denied',
    identification: { employee_id_given: false, company_name_given: false, authorization_letter_given: false },
    payment_requested: 'personal_account',
    comment: '自称支付宝催收，发来律师函图片，要求转账到个人银行卡。',
    ...overrides,
  };
}

/**
 * Posts reports from `count` independent reporters: each its own token and its own /24, so
 * the Sybil discount does not (rightly) collapse them into one voice.
 */
export async function postFromManyReporters(site: Site, count: number, body: (i: number) => Record<string, unknown>): Promise<void> {
  for (let i = 0; i < count; i++) {
    const res = await site.api('/v1/reports', {
      body: body(i),
      headers: { 'x-reporter-token': `browser-test-reporter-${i}-${'x'.repeat(16)}`, 'x-forwarded-for': `10.${20 + i}.${i * 7 % 250}.9` },
    });
    if (res.status !== 201 && res.status !== 200) throw new Error(`report ${i} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}
