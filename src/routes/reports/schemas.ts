import { z } from '@hono/zod-openapi';
import { conductTags } from '../../domain/conduct/tags';
import { schemaMessage } from '../../http/validation-messages';
import { NumberSchema, RegionSchema } from '../numbers/schemas';

import { DEBT_ANSWERS as debtAnswers, HOTLINE_CHECKS as hotlineChecks, PAYMENT_KINDS as paymentKinds } from '../../domain/reports/answers';
import { CONTACTED_PARTIES, MAX_CALLS_LAST_7_DAYS, MAX_CALLS_TODAY, OVERDUE_STAGES, THREAT_KINDS } from '../../domain/reports/answers';
import { CONDUCT_RULE_IDS } from '../../domain/conduct/violations';

export { debtAnswers, hotlineChecks, paymentKinds };

/** The fields of a report (docs/api.md#reports); strict, so unknown fields are a 400. */
export const reportFields = {
  number: z.string().trim().min(1).max(64).openapi({ example: '+86 138 0013 8000', description: 'The number that called, as the phone shows it.' }),
  region: RegionSchema,
  called_at: z.iso
    .datetime({
      offset: true,
      message: schemaMessage('请使用带时区偏移的 RFC 3339 时间，例如 2026-05-01T21:30:00+08:00。', 'Use RFC 3339 with an offset, e.g. 2026-05-01T21:30:00+08:00.'),
    })
    .openapi({
      example: '2026-05-01T21:30:00+08:00',
      description: 'When it called: RFC 3339 with an offset, at most 5 minutes ahead and 365 days back. out_of_hours is judged from this instant in the called number\'s time zone.',
    }),
  claimed_agency: z.string().trim().max(100).nullish().openapi({ description: 'Agency id or the name the caller gave ("支付宝催收", "蚂蚁", "alipay").' }),
  tags: z.array(z.enum(conductTags)).max(conductTags.length).default([]).openapi({ description: 'What the caller did; see GET /v1/tags.' }),
  debt_with_claimed_agency: z.enum(debtAnswers).default('unknown').openapi({ description: 'Do you owe money to the lender the caller named (the platform or bank; not the collection agency)?' }),
  hotline_check: z.enum(hotlineChecks).default('not_tried').openapi({ description: "Did the lender's official hotline confirm this caller?" }),
  identification: z
    .strictObject({
      employee_id_given: z.boolean().default(false),
      company_name_given: z.boolean().default(false),
      authorization_letter_given: z.boolean().default(false),
    })
    .default({ employee_id_given: false, company_name_given: false, authorization_letter_given: false })
    .openapi({ description: 'What the caller told you when asked who they are.' }),
  payment_requested: z.enum(paymentKinds).default('none').openapi({ description: 'How the caller wanted to be paid.' }),
  comment: z.string().max(1000).nullish().openapi({ description: 'At most 1000 characters; other phone numbers, ID and bank-card numbers and e-mail addresses are masked before storage.' }),
  caller_company: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .openapi({
      example: 'XX信息咨询有限公司',
      description:
        'The collection company the caller said they work for (up to 100 characters). With a claimed lender, the lookup checks it against the lists of agencies lenders publish.',
    }),
  ...circumstanceFields(),
};

/** The call's circumstances (docs/acting-on-a-call.md#fields): all optional, read by the conduct rules and the stage checks. */
function circumstanceFields() {
  return {
    calls_today: z
      .number()
      .int()
      .min(0)
      .max(MAX_CALLS_TODAY)
      .nullish()
      .openapi({ description: 'How many calls from this caller reached you on the day of this call (CN rules: more than 3 a day breaks collection guidance).' }),
    calls_last_7_days: z
      .number()
      .int()
      .min(0)
      .max(MAX_CALLS_LAST_7_DAYS)
      .nullish()
      .openapi({ description: 'How many calls from this caller in the last 7 days (US Regulation F: more than 7 in 7 days is presumed harassment).' }),
    overdue_stage: z.enum(OVERDUE_STAGES).nullish().openapi({ description: 'How far overdue you are with the lender the caller named; no_debt if you owe them nothing.' }),
    contacted: z.enum(CONTACTED_PARTIES).nullish().openapi({ description: 'Who took the call: the debtor, their emergency contact, or someone unrelated to the debt.' }),
    threatened: z.array(z.enum(THREAT_KINDS)).max(THREAT_KINDS.length).default([]).openapi({ description: 'What the caller threatened to do.' }),
  };
}

/** The circumstance fields of a stored report, as reports and exports show them. */
export const CircumstanceSchema = {
  calls_today: z.number().int().nullable(),
  calls_last_7_days: z.number().int().nullable(),
  overdue_stage: z.enum(OVERDUE_STAGES).nullable(),
  contacted: z.enum(CONTACTED_PARTIES).nullable(),
  threatened: z.array(z.enum(THREAT_KINDS)),
  violations: z.array(z.enum(CONDUCT_RULE_IDS)).openapi({ description: 'The conduct rules this report says were broken (see a lookup\'s violations for their sources).' }),
};

export const ReportBodySchema = z.strictObject(reportFields).openapi('ReportInput');
export type ReportBody = z.infer<typeof ReportBodySchema>;

export const ReportCreatedSchema = z
  .object({
    id: z.string(),
    status: z.enum(['created', 'updated']),
    number: NumberSchema,
    reporter_token: z.string().optional().openapi({ description: 'Only when the server issued a token: send it as X-Reporter-Token from now on.' }),
  })
  .openapi('ReportReceipt');

export const PublicReportSchema = z
  .object({
    id: z.string(),
    called_at: z.string(),
    reported_at: z.string(),
    updated_at: z.string(),
    claimed_agency: z.object({ agency_id: z.string().nullable(), name: z.string() }).nullable(),
    tags: z.array(
      z.object({
        tag: z.enum(conductTags),
        label: z.string(),
        derived: z.boolean().openapi({ description: 'Added by the service from the call time (out_of_hours), not chosen by the reporter.' }),
      }),
    ),
    debt_with_claimed_agency: z.enum(debtAnswers),
    hotline_check: z.enum(hotlineChecks),
    identification: z.object({
      employee_id_given: z.boolean(),
      company_name_given: z.boolean(),
      authorization_letter_given: z.boolean(),
    }),
    payment_requested: z.enum(paymentKinds),
    comment: z.string().nullable(),
    caller_company: z.string().nullable().openapi({ description: 'The collection company the caller named, masked like a comment.' }),
    ...CircumstanceSchema,
  })
  .openapi('PublicReport');

export const ReportListSchema = z
  .object({ items: z.array(PublicReportSchema), next_cursor: z.string().nullable() })
  .openapi('ReportList');
