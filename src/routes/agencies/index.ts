import { createRoute, z } from '@hono/zod-openapi';
import { agencyRepository, type AgencyRow, type ComplaintChannelRow, type OfficialNumberRow } from '../../db/agency-repository';
import { dialableNumber } from '../../domain/phone';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { LangQuery, localized, localizedSource, type Lang } from '../../http/lang';
import { ProblemError, text } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { AgencyDetailSchema, AgencyListSchema } from './schemas';

const listRoute = createRoute({
  method: 'get',
  path: '/v1/agencies',
  tags: ['agencies'],
  summary: 'Search lenders, banks, platforms and regulators',
  request: {
    query: z.object({
      q: z.string().max(100).optional().openapi({ description: 'Name, alias or id, e.g. 蚂蚁 or alipay.' }),
      cursor: z.string().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
      lang: LangQuery,
    }),
  },
  responses: {
    200: { description: 'Agencies, ordered by id', content: { 'application/json': { schema: AgencyListSchema } } },
    400: problemResponseSpec('Invalid query'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/agencies/{id}',
  tags: ['agencies'],
  summary: 'One agency with aliases, official numbers, complaint channels and most-reported claimed numbers',
  request: {
    params: z.object({ id: z.string().max(64).openapi({ example: 'alipay' }) }),
    query: z.object({ lang: LangQuery }),
  },
  responses: {
    200: { description: 'The agency', content: { 'application/json': { schema: AgencyDetailSchema } } },
    404: problemResponseSpec('No such agency'),
  },
});

export const agencyRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { q, cursor, limit } = c.req.valid('query');
    const after = decodeCursor(cursor);
    const { page, officials, hasMore } = await agencyRepository(c.var.deps.database.db).search(
      q,
      typeof after?.id === 'string' ? after.id : null,
      limit,
    );
    const lang = c.var.lang;
    const last = page.at(-1);
    return c.json(
      {
        items: page.map((agency) => agencySummary(agency, officials.filter((o) => o.agencyId === agency.id), lang)),
        next_cursor: hasMore && last ? encodeCursor({ id: last.id }) : null,
      },
      200,
    );
  })
  .openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await agencyRepository(c.var.deps.database.db).detail(id);
    if (!detail) throw new ProblemError(404, 'not-found', text(`没有 id 为 "${id}" 的机构。`, `No agency with id "${id}".`));
    const lang = c.var.lang;
    return c.json(
      {
        ...agencySummary(detail.agency, detail.officialNumbers, lang),
        aliases: detail.aliases,
        complaint_channels: detail.complaintChannels.map((ch) => complaintChannel(ch, lang)),
        reported_numbers: detail.reportedNumbers,
      },
      200,
    );
  });

export function agencySummary(agency: AgencyRow, officials: OfficialNumberRow[], lang: Lang) {
  return {
    id: agency.id,
    kind: agency.kind,
    name: localized(lang, agency.nameZh, agency.nameEn),
    name_zh: agency.nameZh,
    name_en: agency.nameEn,
    website: agency.website,
    official_numbers: officials.map((o) => officialNumber(o, lang)),
  };
}

export function officialNumber(o: OfficialNumberRow, lang: Lang) {
  return {
    number: dialableNumber(o.numberKey),
    key: o.numberKey,
    agency_id: o.agencyId,
    purpose: lang === 'en' ? o.purposeEn : o.purposeZh,
    source: localizedSource(o, lang),
    added_by: o.addedBy,
  };
}

export function complaintChannel(ch: ComplaintChannelRow, lang: Lang) {
  return {
    id: ch.id,
    agency_id: ch.agencyId,
    kind: ch.kind,
    value: ch.value,
    label: localized(lang, ch.labelZh, ch.labelEn),
    source: localizedSource(ch, lang),
  };
}
