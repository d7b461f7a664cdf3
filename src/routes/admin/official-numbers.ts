import { z } from '@hono/zod-openapi';
import { auditRepository } from '../../db/audit-repository';
import { officialNumberRepository, type OfficialNumberRow } from '../../db/official-number-repository';
import { LangQuery } from '../../http/lang';
import { ProblemError, text, validationProblem } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { bumpReferenceVersion } from '../../db/reference-data';
import { createRouter } from '../../http/router';
import { adminActor } from '../../security/admin-auth';
import { parseNumberOrThrow } from '../../http/number-input';
import { NumberField, RegionField } from '../disputes/number-fields';
import { adminRoute } from './openapi';

const RegisterOfficialNumberSchema = z
  .object({
    number: NumberField,
    region: RegionField,
    agency_id: z.string().min(1).max(64).openapi({ example: 'alipay' }),
    source: z.string().trim().min(1).max(500).openapi({ description: 'Where the agency publishes this number (required); shown in English, and in Chinese too unless source_zh is given.' }),
    source_zh: z.string().trim().min(1).max(500).optional().openapi({ description: 'The same in Chinese.' }),
    purpose_zh: z.string().trim().max(200).optional(),
    purpose_en: z.string().trim().max(200).optional(),
  })
  .strict()
  .openapi('RegisterOfficialNumber');

const NumberSelector = z.object({ number: NumberField.optional(), region: RegionField }).strict();

const AdminOfficialNumberSchema = z
  .object({
    key: z.string().openapi({ example: 'CN:95188' }),
    agency_id: z.string(),
    source: z.string(),
    source_zh: z.string().nullable(),
    purpose_zh: z.string().nullable(),
    purpose_en: z.string().nullable(),
    added_by: z.enum(['seed', 'admin']),
    created_at: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('AdminOfficialNumber');

const registerRoute = adminRoute({
  method: 'post',
  path: '/v1/admin/official-numbers',
  summary: 'Register (or re-register) an official number of an agency, with its source (audited)',
  request: { body: { required: true, content: { 'application/json': { schema: RegisterOfficialNumberSchema } } } },
  responses: {
    200: { description: 'Already registered; updated', content: { 'application/json': { schema: AdminOfficialNumberSchema } } },
    201: {
      description: 'Registered; Location is the number\'s lookup',
      headers: { Location: { description: 'The lookup of the registered number', schema: { type: 'string' } } },
      content: { 'application/json': { schema: AdminOfficialNumberSchema } },
    },
    400: problemResponseSpec('Invalid number, unknown agency or missing source'),
  },
});

const removeRoute = adminRoute({
  method: 'delete',
  path: '/v1/admin/official-numbers',
  summary: 'Remove an official number, named in the query or a JSON body (audited)',
  request: {
    // Not strict about `lang`: every route takes it.
    query: NumberSelector.extend({ lang: LangQuery }),
    body: { required: false, content: { 'application/json': { schema: NumberSelector } } },
  },
  responses: {
    200: { description: 'Removed; the entry as it was', content: { 'application/json': { schema: AdminOfficialNumberSchema } } },
    400: problemResponseSpec('No or invalid number'),
    404: problemResponseSpec('The number is not registered'),
  },
});

export const officialNumberRoutes = createRouter()
  .openapi(registerRoute, async (c) => {
    const { database, clock } = c.var.deps;
    const body = c.req.valid('json');
    const number = parseNumberOrThrow(body.number, body.region, c.var.lang, 'number');
    const officials = officialNumberRepository(database.db);
    if (!(await officials.agencyExists(body.agency_id))) {
      throw validationProblem([{ path: 'agency_id', message: text(`没有 id 为 "${body.agency_id}" 的机构。`, `No agency with id "${body.agency_id}".`) }]);
    }
    const previous = await officials.find(number.key);
    const row = {
      numberKey: number.key,
      agencyId: body.agency_id,
      source: body.source,
      sourceZh: body.source_zh ?? null,
      purposeZh: body.purpose_zh ?? null,
      purposeEn: body.purpose_en ?? null,
    };
    const now = clock();
    await database.atomic([
      officials.upsert(row, now),
      bumpReferenceVersion(database),
      auditRepository(database.db).entry({
        actor: await adminActor(c),
        action: previous ? 'official_number.update' : 'official_number.add',
        target: `number:${number.key}`,
        before: previous,
        after: row,
        at: now,
      }),
    ]);
    c.var.reference.invalidate();
    const stored = await officials.find(number.key);
    if (previous) return c.json(officialNumberView(stored!), 200);
    // The registration shows in the number's public lookup.
    c.header('location', `/v1/numbers/${encodeURIComponent(number.key)}`);
    return c.json(officialNumberView(stored!), 201);
  })
  .openapi(removeRoute, async (c) => {
    const { database, clock } = c.var.deps;
    const query = c.req.valid('query');
    const body = c.req.valid('json');
    const selector = query.number ? query : body;
    if (!selector.number) {
      throw validationProblem([{ path: 'number', message: text('请在查询参数或请求体中给出要删除的号码。', 'Name the number to remove, in the query or the body.') }]);
    }
    const number = parseNumberOrThrow(selector.number, selector.region, c.var.lang, 'number');
    const officials = officialNumberRepository(database.db);
    const previous = await officials.find(number.key);
    if (!previous) throw new ProblemError(404, 'not-found', text(`${number.key} 不是登记的官方号码。`, `${number.key} is not a registered official number.`));
    const now = clock();
    await database.atomic([
      officials.remove(number.key),
      bumpReferenceVersion(database),
      auditRepository(database.db).entry({
        actor: await adminActor(c),
        action: 'official_number.remove',
        target: `number:${number.key}`,
        before: previous,
        at: now,
      }),
    ]);
    c.var.reference.invalidate();
    return c.json(officialNumberView(previous), 200);
  });

function officialNumberView(row: OfficialNumberRow) {
  return {
    key: row.numberKey,
    agency_id: row.agencyId,
    source: row.source,
    source_zh: row.sourceZh,
    purpose_zh: row.purposeZh,
    purpose_en: row.purposeEn,
    added_by: row.addedBy,
    created_at: new Date(row.createdAt).toISOString(),
  };
}
