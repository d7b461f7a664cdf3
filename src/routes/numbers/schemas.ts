import { z } from '@hono/zod-openapi';
import { conductTags } from '../../domain/conduct/tags';
import { schemaMessage } from '../../http/validation-messages';

export const numberTypes = ['mobile', 'fixed_line', 'toll_free', 'shared_cost', 'service', 'virtual_mobile', 'sms_gateway', 'voip', 'unknown'] as const;

/** ISO 3166-1 alpha-2 region a number is dialled from; CN when absent. */
export const RegionSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, schemaMessage('请使用 ISO 3166-1 两位地区代码，例如 CN。', 'Use an ISO 3166-1 alpha-2 region code such as CN.'))
  .transform((r) => r.toUpperCase())
  .optional()
  .openapi({ example: 'CN' });

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

export const LookupSchema = z
  .object({
    number: NumberSchema,
    verdict: z.enum(['official', 'likely_legitimate', 'unknown', 'suspicious', 'likely_scam']),
    scam_probability: z.number().min(0).max(1),
    confidence: z.enum(['low', 'medium', 'high']),
    abuse: z.object({ level: z.enum(['none', 'low', 'medium', 'high']), score: z.number().min(0).max(1) }),
    official: z.object({ agency_id: z.string(), name: z.string(), source: z.string() }).nullable(),
    claimed_agencies: z.array(z.object({ agency_id: z.string().nullable(), name: z.string(), reports: z.number().int(), share: z.number() })),
    tags: z.array(z.object({ tag: z.enum(conductTags), label: z.string(), count: z.number().int() })),
    reports: z.object({
      total: z.number().int(),
      reporters: z.number().int(),
      last_30_days: z.number().int(),
      first_at: z.string().nullable(),
      last_at: z.string().nullable(),
      weekly: z.array(z.object({ week: z.string().openapi({ description: 'Monday (UTC) starting the week' }), count: z.number().int() })),
    }),
    dispute_open: z.boolean(),
    reasons: z.array(z.object({ code: z.string(), effect: z.enum(['scam', 'legit', 'abuse']), weight: z.number(), message: z.string() })),
    advice: z.array(z.object({ code: z.string(), message: z.string(), phone: z.string().optional(), url: z.string().optional() })),
  })
  .openapi('Lookup');

export type Lookup = z.infer<typeof LookupSchema>;
