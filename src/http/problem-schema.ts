import { z } from '@hono/zod-openapi';

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'validation-error' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details (application/problem+json).' });

/** The OpenAPI `responses` entry for a problem with the given meaning. */
export function problemResponseSpec(description: string) {
  return { description, content: { 'application/problem+json': { schema: ProblemSchema } } };
}
