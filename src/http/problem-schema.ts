import { z } from '@hono/zod-openapi';

export const ProblemSchema = z
  .object({
    type: z.string().openapi({
      format: 'uri',
      example: 'https://collector-check.example/problems/validation-error',
      description: 'URI of the page explaining this kind of problem (`/problems/<name>` on this host); the same for every occurrence.',
    }),
    title: z.string().openapi({ description: 'Short name of the problem type, in the request language.', example: '请求内容有误' }),
    status: z.number().int(),
    detail: z.string().openapi({ description: 'What went wrong this time, in the request language.' }),
    errors: z
      .array(z.object({ path: z.string().openapi({ example: 'called_at' }), message: z.string() }))
      .optional()
      .openapi({ description: 'For validation problems: each field that failed and why.' }),
  })
  .openapi('Problem', {
    description: 'RFC 9457 problem details (application/problem+json), in the language of `?lang=` or Accept-Language (zh-CN by default).',
  });

/** The OpenAPI `responses` entry for a problem with the given meaning. */
export function problemResponseSpec(description: string) {
  return { description, content: { 'application/problem+json': { schema: ProblemSchema } } };
}
