import { createRoute, z } from '@hono/zod-openapi';
import { conductTags, tagInfo } from '../../domain/conduct/tags';
import { LangQuery } from '../../http/lang';
import { createRouter } from '../../http/router';

const TagSchema = z
  .object({
    tag: z.enum(conductTags),
    positive: z.boolean(),
    label: z.string(),
    description: z.string(),
    labels: z.object({ 'zh-CN': z.string(), en: z.string() }),
    descriptions: z.object({ 'zh-CN': z.string(), en: z.string() }),
  })
  .openapi('ConductTag');

const listRoute = createRoute({
  method: 'get',
  path: '/v1/tags',
  tags: ['reference'],
  summary: 'Conduct tags a report may carry, with zh-CN and en labels',
  request: { query: z.object({ lang: LangQuery }) },
  responses: {
    200: {
      description: 'All conduct tags',
      content: { 'application/json': { schema: z.object({ items: z.array(TagSchema), next_cursor: z.null() }) } },
    },
  },
});

export const tagRoutes = createRouter().openapi(listRoute, (c) => {
  const lang = c.var.lang;
  return c.json(
    {
      items: conductTags.map((tag) => {
        const info = tagInfo[tag];
        return {
          tag,
          positive: info.positive,
          label: info.label[lang],
          description: info.description[lang],
          labels: info.label,
          descriptions: info.description,
        };
      }),
      next_cursor: null,
    },
    200,
  );
});
