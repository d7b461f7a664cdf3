/**
 * "My reports" after the 24-hour window: the real clock of the browser tests cannot get
 * there, so the pages are rendered here with a report the API says is past it.
 */
import { describe, expect, it } from 'vitest';
import type { OwnReport } from '../../src/services/report-views';
import { strings } from '../../src/web/i18n';
import { htmlDocument } from '../../src/web/layout';
import type { PageContext } from '../../src/web/page-context';
import { EditReportPage } from '../../src/web/pages/edit-report';
import { MyReportsPage } from '../../src/web/pages/my-reports';
import { defaultFormValues } from '../../src/web/report-form-data';
import { circumstancesText } from '../../src/web/text/circumstances';

const ctx: PageContext = { lang: 'zh-CN', t: strings('zh-CN'), path: '/my/reports', explicitLang: false, origin: 'http://site.test', csrfToken: 't' };

const report = (editableUntil: string | null): OwnReport => ({
  id: 'r_1',
  number: { key: 'CN:10695558888', e164: null },
  status: 'visible',
  editable_until: editableUntil,
  called_at: '2026-06-14T12:00:00.000Z',
  reported_at: '2026-06-14T12:05:00.000Z',
  updated_at: '2026-06-14T12:05:00.000Z',
  claimed_agency: null,
  tags: [],
  debt_with_claimed_agency: 'unknown',
  hotline_check: 'not_tried',
  identification: { employee_id_given: false, company_name_given: false, authorization_letter_given: false },
  payment_requested: 'none',
  comment: null,
  caller_company: null,
  calls_today: null,
  calls_last_7_days: null,
  overdue_stage: null,
  contacted: null,
  threatened: [],
  violations: [],
});

describe('my reports pages', () => {
  it('inside the window: says until when (China time) and links the edit page', async () => {
    const html = await htmlDocument(MyReportsPage({ page: ctx, reports: [report('2026-06-15T12:05:00.000Z')], nextCursor: null }));
    expect(html).toContain('24 小时内可以修改，截至 2026-06-15 20:05（北京时间）。');
    expect(html).toContain('href="/my/reports/r_1/edit"');
    expect(html).toContain('106 9555 8888');
  });

  it('past the window: no edit link, says why, withdrawing still offered', async () => {
    const html = await htmlDocument(MyReportsPage({ page: ctx, reports: [report(null)], nextCursor: 'abc' }));
    expect(html).toContain('提交已超过 24 小时，不能再修改');
    expect(html).not.toContain('/edit"');
    expect(html).toContain('action="/my/reports/r_1/retract"');
    expect(html).toContain('href="/my/reports?cursor=abc"');
    const edit = await htmlDocument(EditReportPage({ page: ctx, report: report(null), values: defaultFormValues(0) }));
    expect(edit).toContain('不能再修改了');
    expect(edit).not.toContain('<form');
  });

  it('the edit page asks about the debt with the lender the caller named', async () => {
    const edit = await htmlDocument(EditReportPage({ page: ctx, report: report('2026-06-15T12:05:00.000Z'), values: defaultFormValues(0) }));
    expect(edit).toContain('<form');
    expect(edit).toContain('你在对方说的借款机构（平台或银行）确实有欠款吗？');
    expect(edit).not.toContain('你在这家机构确实有欠款吗？');
  });

  it('shows every answer of a report: the company, the debt, hotline and payment answers, the call circumstances', async () => {
    const full: OwnReport = {
      ...report('2026-06-15T12:05:00.000Z'),
      caller_company: 'XX信息咨询有限公司',
      debt_with_claimed_agency: 'no',
      hotline_check: 'denied',
      payment_requested: 'personal_account',
      calls_today: 4,
      calls_last_7_days: 12,
      overdue_stage: 'under_7_days',
      contacted: 'emergency_contact',
      threatened: ['lawsuit', 'arrest'],
    };
    const zh = await htmlDocument(MyReportsPage({ page: ctx, reports: [full], nextCursor: null }));
    const c = circumstancesText('zh-CN');
    for (const shown of ['XX信息咨询有限公司', '官方说不是他们', ctx.t.paymentOptions.personal_account!, c.overdueOptions.under_7_days, c.contactedOptions.emergency_contact, c.threatOptions.arrest]) {
      expect(zh).toContain(shown);
    }
    expect(zh).toContain('circumstances-line');
    const enCtx: PageContext = { ...ctx, lang: 'en', t: strings('en') };
    const en = await htmlDocument(MyReportsPage({ page: enCtx, reports: [full], nextCursor: null }));
    expect(en).toContain('Collection company they named');
    expect(en).toContain('No, it said the call was not theirs');
    expect(en).toContain(circumstancesText('en').contactedOptions.emergency_contact.replace("'", '&#39;'));
  });
});
