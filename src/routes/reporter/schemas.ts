import { z } from '@hono/zod-openapi';
import { PublicReportSchema } from '../reports/schemas';

export const OwnReportSchema = PublicReportSchema.extend({
  number: z.object({ key: z.string().openapi({ example: '+8613800138000' }), e164: z.string().nullable() }),
  status: z.enum(['visible', 'hidden']).openapi({ description: 'hidden: a moderator (or a recycled-number dispute) took it off the number.' }),
  editable_until: z
    .string()
    .nullable()
    .openapi({
      format: 'date-time',
      description: 'Until then, POST /v1/reports for the same number with the same token edits this report; null once the 24-hour window has passed.',
    }),
}).openapi('OwnReport');

export const OwnReportListSchema = z
  .object({ items: z.array(OwnReportSchema), next_cursor: z.string().nullable() })
  .openapi('OwnReportList');
