import { z } from '@hono/zod-openapi';
import { schemaMessage } from '../../http/validation-messages';

export const NumberField = z.string().trim().min(1).max(64).openapi({ description: 'As people paste it: any common format, full-width digits too.', example: '+86 138 0013 8000' });
export const RegionField = z
  .string()
  .regex(/^[A-Za-z]{2}$/, schemaMessage('请使用 ISO 3166-1 两位地区代码，例如 CN。', 'Use an ISO 3166-1 alpha-2 region code such as CN.'))
  .optional()
  .openapi({ description: 'Region the number is dialled from; defaults to CN.', example: 'CN' });
