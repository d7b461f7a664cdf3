import { z } from '@hono/zod-openapi';

export const NumberField = z.string().trim().min(1).max(64).openapi({ description: 'As people paste it (SPEC §3).', example: '+86 138 0013 8000' });
export const RegionField = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'An ISO 3166-1 alpha-2 region code, e.g. CN.')
  .optional()
  .openapi({ description: 'Region the number is dialled from; defaults to CN.', example: 'CN' });
