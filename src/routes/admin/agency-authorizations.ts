/**
 * `GET|POST|DELETE /v1/admin/agency-authorizations`: the lists lenders publish of the
 * collection agencies they engage, one entry per (lender, agency), each with its source.
 * Every change is audited in the same atomic write and bumps the reference data's version.
 */
import { z } from '@hono/zod-openapi';
import { agencyAuthorizationRepository, type AgencyAuthorizationRow } from '../../db/agency-authorization-repository';
import { auditRepository } from '../../db/audit-repository';
import { bumpReferenceVersion } from '../../db/reference-data';
import { normalizeCompanyName } from '../../domain/agencies/company-name';
import { LangQuery } from '../../http/lang';
import { ProblemError, text, validationProblem } from '../../http/problem';
import { problemResponseSpec } from '../../http/problem-schema';
import { createRouter } from '../../http/router';
import { schemaMessage } from '../../http/validation-messages';
import { adminActor } from '../../security/admin-auth';
import { randomToken } from '../../security/hasher';
import { adminRoute } from './openapi';

const AddAuthorizationSchema = z
  .object({
    lender_agency_id: z.string().min(1).max(64).openapi({ example: 'alipay', description: 'The lender (an agency id) that published the list.' }),
    agency_name: z.string().trim().min(1).max(100).openapi({ example: 'XX信息咨询有限公司', description: 'The collection agency as the list names it.' }),
    registration_number: z.string().trim().min(1).max(64).optional().openapi({ description: 'Unified social credit code or other registration number, when the list gives one.' }),
    source_url: z
      .url({ protocol: /^https?$/, message: schemaMessage('请填写以 http:// 或 https:// 开头的网址。', 'Give an http:// or https:// URL.') })
      .max(500)
      .openapi({ description: 'Where the lender published the list.' }),
    source_title: z.string().trim().min(1).max(200).openapi({ description: 'The title of that publication.' }),
    published_on: z.iso
      .date({ message: schemaMessage('请使用 YYYY-MM-DD 格式的日期。', 'Use a YYYY-MM-DD date.') })
      .openapi({ example: '2026-03-01', description: "When the lender published the list: not after today (China's date, UTC+8)." }),
  })
  .strict()
  .openapi('AddAgencyAuthorization');

const AgencyAuthorizationSchema = z
  .object({
    id: z.string(),
    lender_agency_id: z.string(),
    agency_name: z.string(),
    registration_number: z.string().nullable(),
    source: z.object({ title: z.string(), url: z.string(), published_on: z.string() }),
    created_at: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('AgencyAuthorization');

/** Today's date in China (UTC+8, no daylight saving), where lenders publish their lists: YYYY-MM-DD. */
function chinaDate(now: number): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

const Selector = z.object({ id: z.string().min(1).max(64).optional() }).strict();

const listRoute = adminRoute({
  method: 'get',
  path: '/v1/admin/agency-authorizations',
  summary: "Lenders' published lists of their collection agencies (all, or one lender's)",
  request: { query: z.object({ lender: z.string().max(64).optional(), lang: LangQuery }) },
  responses: { 200: { description: 'The entries', content: { 'application/json': { schema: z.object({ items: z.array(AgencyAuthorizationSchema) }) } } } },
});

const addRoute = adminRoute({
  method: 'post',
  path: '/v1/admin/agency-authorizations',
  summary: "Add an agency to a lender's published list, with the list's source (audited)",
  request: { body: { required: true, content: { 'application/json': { schema: AddAuthorizationSchema } } } },
  responses: {
    200: { description: 'The lender already lists this agency; its entry updated', content: { 'application/json': { schema: AgencyAuthorizationSchema } } },
    201: { description: 'Added', content: { 'application/json': { schema: AgencyAuthorizationSchema } } },
    400: problemResponseSpec('Invalid entry or unknown lender'),
  },
});

const removeRoute = adminRoute({
  method: 'delete',
  path: '/v1/admin/agency-authorizations',
  summary: 'Remove an entry, by id in the query or a JSON body (audited)',
  request: {
    query: Selector.extend({ lang: LangQuery }),
    body: { required: false, content: { 'application/json': { schema: Selector } } },
  },
  responses: {
    200: { description: 'Removed; the entry as it was', content: { 'application/json': { schema: AgencyAuthorizationSchema } } },
    400: problemResponseSpec('No id given'),
    404: problemResponseSpec('No entry with this id'),
  },
});

export const agencyAuthorizationRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const rows = await agencyAuthorizationRepository(c.var.deps.database.db).list(c.req.valid('query').lender);
    return c.json({ items: rows.map(view) }, 200);
  })
  .openapi(addRoute, async (c) => {
    const { database, clock } = c.var.deps;
    const body = c.req.valid('json');
    const repository = agencyAuthorizationRepository(database.db);
    if (!(await repository.agencyExists(body.lender_agency_id))) {
      throw validationProblem([{ path: 'lender_agency_id', message: text(`没有 id 为 "${body.lender_agency_id}" 的机构。`, `No agency with id "${body.lender_agency_id}".`) }]);
    }
    const today = chinaDate(clock());
    if (body.published_on > today) {
      throw validationProblem([
        {
          path: 'published_on',
          message: text(`发布日期不能晚于今天（${today}）。`, `The publication date cannot be after today (${today}).`),
        },
      ]);
    }
    const normalized = normalizeCompanyName(body.agency_name);
    if (!normalized) throw validationProblem([{ path: 'agency_name', message: text('机构名称不能只有标点符号。', 'The agency name cannot be only punctuation.') }]);
    const previous = await repository.findByName(body.lender_agency_id, normalized);
    const now = clock();
    const row: AgencyAuthorizationRow = {
      id: previous?.id ?? `aut_${randomToken(9)}`,
      lenderAgencyId: body.lender_agency_id,
      agencyName: body.agency_name,
      agencyNameNormalized: normalized,
      registrationNumber: body.registration_number ?? null,
      sourceUrl: body.source_url,
      sourceTitle: body.source_title,
      publishedOn: body.published_on,
      createdAt: previous?.createdAt ?? now,
    };
    await database.atomic([
      repository.upsert(row),
      bumpReferenceVersion(database),
      auditRepository(database.db).entry({
        actor: await adminActor(c),
        action: previous ? 'agency_authorization.update' : 'agency_authorization.add',
        target: `agency_authorization:${row.id}`,
        before: previous ?? undefined,
        after: row,
        at: now,
      }),
    ]);
    c.var.reference.invalidate();
    return c.json(view(row), previous ? 200 : 201);
  })
  .openapi(removeRoute, async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid('query').id ?? c.req.valid('json')?.id;
    if (!id) throw validationProblem([{ path: 'id', message: text('请在查询参数或请求体中给出要删除的条目 id。', 'Name the entry to remove by id, in the query or the body.') }]);
    const repository = agencyAuthorizationRepository(database.db);
    const previous = await repository.find(id);
    if (!previous) throw new ProblemError(404, 'not-found', text(`没有 id 为 ${id} 的条目。`, `No entry with id ${id}.`));
    const now = clock();
    await database.atomic([
      repository.remove(id),
      bumpReferenceVersion(database),
      auditRepository(database.db).entry({ actor: await adminActor(c), action: 'agency_authorization.remove', target: `agency_authorization:${id}`, before: previous, at: now }),
    ]);
    c.var.reference.invalidate();
    return c.json(view(previous), 200);
  });

function view(row: AgencyAuthorizationRow) {
  return {
    id: row.id,
    lender_agency_id: row.lenderAgencyId,
    agency_name: row.agencyName,
    registration_number: row.registrationNumber,
    source: { title: row.sourceTitle, url: row.sourceUrl, published_on: row.publishedOn },
    created_at: new Date(row.createdAt).toISOString(),
  };
}
