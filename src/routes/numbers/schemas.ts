import { CONDUCT_RULE_IDS } from '../../domain/conduct/violations';
import { z } from '@hono/zod-openapi';
import { conductTags } from '../../domain/conduct/tags';
import { schemaMessage } from '../../http/validation-messages';

export { NUMBER_TYPES as numberTypes } from '../../domain/phone';
import { NUMBER_TYPES as numberTypes } from '../../domain/phone';

/** ISO 3166-1 alpha-2 region a number is dialled from; CN when absent. */
export const RegionSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, schemaMessage('请使用 ISO 3166-1 两位地区代码，例如 CN。', 'Use an ISO 3166-1 alpha-2 region code such as CN.'))
  .transform((r) => r.toUpperCase())
  .optional()
  .openapi({ example: 'CN', description: 'ISO 3166-1 alpha-2 region the number is dialled from; CN when absent.' });

export const NumberSchema = z
  .object({
    input: z.string(),
    key: z.string().openapi({ example: '+8613800138000' }),
    e164: z.string().nullable(),
    national: z.string(),
    region: z.string(),
    type: z.enum(numberTypes),
    location: z
      .object({
        province: z.string().nullable().openapi({ description: 'Province-level division (广东省, 广西, 北京市), in the request language.', example: '广东省' }),
        city: z.string().nullable().openapi({
          description: 'Prefecture-level city; null for the municipalities 北京市, 上海市, 天津市 and 重庆市, which province already names.',
          example: '深圳市',
        }),
        area_code: z.string().nullable().openapi({ description: 'With the trunk 0.', example: '0755' }),
      })
      .nullable()
      .openapi({ description: 'Where a CN number was allocated (mobiles: the home city of the block; portability does not move it).' }),
    carrier: z.string().nullable().openapi({ description: 'Carrier of original allocation; with number portability the current one may differ.' }),
  })
  .openapi('Number');

/** Conduct rules reports say were broken, each with its source (docs/acting-on-a-call.md#violations-and-their-sources). */
export const ViolationsSchema = z
  .array(
    z.object({
      rule: z.enum(CONDUCT_RULE_IDS),
      jurisdiction: z.enum(['CN', 'US']),
      reports: z.number().int().openapi({ description: 'Visible reports that say the rule was broken.' }),
      label: z.string(),
      explanation: z.string(),
      source: z.object({
        title: z.string().openapi({ description: 'The statute or guideline, with its article where confirmed.' }),
        url: z.string(),
        article: z.string().nullable(),
        issuer: z.string(),
        verified: z.enum(['text', 'title']).openapi({ description: 'text: the provision was checked; title: only the document and its issuer were.' }),
      }),
    }),
  )
  .openapi('Violations', { description: 'Conduct rules reports say this caller broke, most reported first.' });

export const LookupSchema = z
  .object({
    number: NumberSchema,
    verdict: z.enum(['official', 'likely_legitimate', 'unknown', 'suspicious', 'likely_scam']).openapi({
      description: 'official: a registered number of an agency; likely_* need several independent reporters; unknown when evidence is thin.',
    }),
    scam_probability: z.number().min(0).max(1).openapi({ description: 'Estimated probability that the caller is a scam (3 decimals; 3 significant digits of the distance near 0 or 1).' }),
    scam_probability_interval: z
      .object({ lower: z.number().min(0).max(1), upper: z.number().min(0).max(1) })
      .openapi({ description: '90 % interval around scam_probability from how much independent evidence it rests on (Wilson on effective voices); wide when evidence is thin.' }),
    confidence: z.enum(['low', 'medium', 'high']).openapi({ description: 'How much independent evidence the probability rests on (from the width of the interval).' }),
    operation: z
      .object({
        name: z.string().openapi({ description: 'The agency name its reports give, which no registered agency has.' }),
        numbers: z.number().int().openapi({ description: 'Numbers with visible reports giving that name.' }),
        since: z.string().nullable().openapi({ description: 'First report that gave the name.' }),
      })
      .nullable()
      .openapi({ description: 'The operation the number belongs to: the unregistered agency name its reports give most, or null.' }),
    abuse: z
      .object({ level: z.enum(['none', 'low', 'medium', 'high']), score: z.number().min(0).max(1) })
      .openapi({ description: 'How abusive the caller is (threats, insults, third parties, night calls), separate from whether it is a scam.' }),
    official: z
      .object({ agency_id: z.string(), name: z.string(), source: z.string().openapi({ description: 'Where the agency publishes the number, in the request language.' }) })
      .nullable()
      .openapi({ description: 'The agency this number officially belongs to, or null.' }),
    claimed_agencies: z
      .array(z.object({ agency_id: z.string().nullable(), name: z.string(), reports: z.number().int(), share: z.number().openapi({ description: 'Share of the claims (3 decimals).' }) }))
      .openapi({ description: 'Who reporters say the caller claimed to call for, most reported first.' }),
    tags: z.array(z.object({ tag: z.enum(conductTags), label: z.string(), count: z.number().int() })).openapi({ description: 'Conduct tags on visible reports, with counts.' }),
    reports: z.object({
      total: z.number().int(),
      reporters: z.number().int(),
      last_30_days: z.number().int(),
      first_at: z.string().nullable(),
      last_at: z.string().nullable(),
      weekly: z.array(z.object({ week: z.string().openapi({ description: 'Monday (UTC) starting the week' }), count: z.number().int() })),
    }),
    dispute_open: z.boolean(),
    agency_checks: z
      .array(
        z.object({
          lender: z.object({ agency_id: z.string(), name: z.string() }),
          company: z.string().openapi({ description: 'The collection company as the first report named it.' }),
          reports: z.number().int(),
          status: z.enum(['listed', 'not_listed', 'no_list']).openapi({
            description: "listed: on the lender's published list of its collection agencies; not_listed: the lender publishes a list without it (scam evidence); no_list: no list of the lender is known.",
          }),
          listed_as: z.object({ name: z.string(), registration_number: z.string().nullable() }).nullable(),
          source: z
            .object({ title: z.string(), url: z.string(), published_on: z.string().openapi({ example: '2026-03-01' }) })
            .nullable()
            .openapi({ description: "Where the lender published the list: the matching entry's, or the lender's latest list." }),
        }),
      )
      .openapi({ description: 'Collection companies callers named (report field caller_company) for the lender they claimed, checked against the lenders’ published lists.' }),
    reasons: z
      .array(
        z.object({
          code: z.string(),
          effect: z.enum(['scam', 'legit', 'abuse']),
          weight: z.number().openapi({ description: 'Log-odds added to the scam axis (6 decimals); notes and abuse reasons weigh 0.' }),
          message: z.string(),
        }),
      )
      .openapi({ description: 'Why: the prior first; the weights sum to logit(scam_probability) within 1e-6.' }),
    advice: z
      .array(z.object({ code: z.string(), message: z.string(), phone: z.string().optional(), url: z.string().optional() }))
      .openapi({ description: 'What to do, most important first.' }),
    violations: ViolationsSchema,
  })
  .openapi('Lookup');

export type Lookup = z.infer<typeof LookupSchema>;

