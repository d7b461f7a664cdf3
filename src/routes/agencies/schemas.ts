import { ViolationsSchema } from '../numbers/schemas';
import { z } from '@hono/zod-openapi';

export const OfficialNumberSchema = z
  .object({
    number: z.string().openapi({ example: '95188' }),
    key: z.string().openapi({ example: 'CN:95188' }),
    agency_id: z.string(),
    purpose: z.string().nullable(),
    source: z.string().openapi({ description: 'Where the agency publishes this number, in the request language.' }),
    added_by: z.enum(['seed', 'admin']),
  })
  .openapi('OfficialNumber');

export const ComplaintChannelSchema = z
  .object({
    id: z.string(),
    agency_id: z.string().nullable(),
    kind: z.enum(['phone', 'web', 'app']),
    value: z.string(),
    label: z.string(),
    source: z.string().openapi({ description: 'Where the channel is published, in the request language.' }),
  })
  .openapi('ComplaintChannel');

export const AgencySummarySchema = z
  .object({
    id: z.string().openapi({ example: 'alipay' }),
    kind: z.enum(['lender', 'bank', 'platform', 'regulator', 'public_service', 'collection_agency']),
    name: z.string(),
    name_zh: z.string(),
    name_en: z.string(),
    website: z.string().nullable(),
    official_numbers: z.array(OfficialNumberSchema),
  })
  .openapi('AgencySummary');

export const AgencyDetailSchema = AgencySummarySchema.extend({
  aliases: z.array(z.string()).openapi({ description: 'Other names people know the agency by. Misspellings that are only matched are not listed.' }),
  complaint_channels: z.array(ComplaintChannelSchema),
  reported_numbers: z
    .array(z.object({ key: z.string(), e164: z.string().nullable(), reports: z.number().int() }))
    .openapi({ description: 'Numbers most often reported as claiming to call for this agency.' }),
  violations: ViolationsSchema.openapi({ description: 'Conduct rules that reports claiming this agency say were broken, over all its numbers.' }),
}).openapi('AgencyDetail');

export const AgencyListSchema = z
  .object({ items: z.array(AgencySummarySchema), next_cursor: z.string().nullable() })
  .openapi('AgencyList');
