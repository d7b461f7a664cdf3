import { z } from '@hono/zod-openapi';
import { DISPUTE_RELATIONS, DISPUTE_STATUSES } from '../../domain/reports/answers';
import { NumberField, RegionField } from './number-fields';

export const DisputeRelationField = z.enum(DISPUTE_RELATIONS).openapi({
  description: 'owner: the number is mine and I am no collector; agency: we are the agency calling from it; recycled_number: the number changed hands.',
});

export const NewDisputeSchema = z
  .object({
    number: NumberField,
    region: RegionField,
    relation: DisputeRelationField,
    statement: z.string().trim().min(1).max(2000).openapi({ description: 'What is wrong with what people see for this number (≤ 2000 characters).' }),
    contact: z
      .string()
      .trim()
      .min(3)
      .max(200)
      .optional()
      .openapi({ description: 'Phone or e-mail to reach you; stored only masked and as a keyed hash.' }),
  })
  .strict()
  .openapi('NewDispute');

export const DisputeCreatedSchema = z
  .object({
    id: z.string(),
    status: z.literal('open'),
    status_url: z.string().openapi({ description: 'Where to follow the dispute.' }),
  })
  .openapi('DisputeCreated');

export const DisputeStatusSchema = z
  .object({
    id: z.string(),
    status: z.enum(DISPUTE_STATUSES),
    number: z.string().openapi({ description: 'Key of the disputed number.', example: '+8613800138000' }),
    relation: z.enum(DISPUTE_RELATIONS),
    created_at: z.string().openapi({ format: 'date-time' }),
    resolved_at: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('DisputeStatus');

export const AdminDisputeSchema = DisputeStatusSchema.extend({
  statement: z.string(),
  contact_masked: z.string().nullable(),
  resolution_note: z.string().nullable(),
  number_recycled_at: z.string().nullable().openapi({ format: 'date-time' }),
}).openapi('AdminDispute');

export const AdminDisputeListSchema = z
  .object({ items: z.array(AdminDisputeSchema), next_cursor: z.string().nullable() })
  .openapi('AdminDisputeList');

export const ResolveDisputeSchema = z
  .object({
    action: z.enum(['uphold', 'reject']),
    note: z.string().trim().min(1).max(1000).openapi({ description: 'Why; kept with the dispute and in the audit log.' }),
    register_official: z
      .object({
        agency_id: z.string().min(1).max(64),
        source: z.string().trim().min(1).max(500).openapi({ description: 'Where the agency publishes this number.' }),
        source_zh: z.string().trim().min(1).max(500).optional().openapi({ description: 'The same in Chinese.' }),
        purpose_zh: z.string().trim().max(200).optional(),
        purpose_en: z.string().trim().max(200).optional(),
      })
      .strict()
      .optional()
      .openapi({ description: 'With uphold: also register the number as an official number of this agency.' }),
  })
  .strict()
  .openapi('ResolveDispute');

export const DisputeResolutionSchema = z
  .object({
    dispute: AdminDisputeSchema,
    effects: z.object({
      recycled_at: z.string().nullable().openapi({ description: 'Set when an upheld recycled_number dispute marked the number as changed hands.' }),
      reports_retired: z.number().int().openapi({ description: 'Reports about the previous holder, now hidden with the reason number_recycled.' }),
      official_number: z.object({ key: z.string(), agency_id: z.string(), source: z.string() }).nullable(),
    }),
  })
  .openapi('DisputeResolution');
