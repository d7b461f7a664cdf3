import { Hono } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { AppEnv } from '../../deps';
import { schemaFields, type FieldRow, type JsonSchema } from './schema-fields';

import { assetHeaders, pageHeaders } from '../../web/page-headers';

/** The reference's styles, served as a file so the page needs no inline-style CSP exception. */
const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:1040px;margin:0 auto;padding:1rem;color:#1a1a1a}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}
section{border-top:1px solid #ddd;padding:.75rem 0}
.method{display:inline-block;min-width:4.5em;font-weight:700;color:#0b5394}
.params{margin:.25rem 0 0 1rem;color:#333}
table{border-collapse:collapse;width:100%;margin:.25rem 0 .75rem;font-size:.9em}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #eee;padding:.2rem .4rem}
.notes{color:#555}
nav ul{columns:2;padding-left:1.2rem}
`;

interface MediaContent {
  schema?: JsonSchema;
}

interface OpenApiOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; description?: string; content?: Record<string, MediaContent> };
  responses?: Record<string, { description?: string; headers?: Record<string, { description?: string }>; content?: Record<string, MediaContent> }>;
}

type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

const PROBLEM_TYPE = 'application/problem+json';

function fieldTable(rows: FieldRow[]): Markup | string {
  if (rows.length === 0) return '';
  return html`<table>
<thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Meaning</th></tr></thead>
<tbody>${rows.map(
    (row) => html`<tr><td><code>${row.name}</code></td><td>${row.type}</td><td>${row.required ? 'yes' : ''}</td><td>${row.description}${
      row.notes.length ? html` <span class="notes">${row.notes.join('; ')}</span>` : ''
    }</td></tr>`,
  )}</tbody>
</table>`;
}

function parameterTable(parameters: NonNullable<OpenApiOperation['parameters']>): Markup | string {
  if (parameters.length === 0) return '';
  return html`<h3>Parameters</h3>
<table>
<thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th><th>Meaning</th></tr></thead>
<tbody>${parameters.map(
    (p) => html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td>${p.schema ? schemaType(p.schema) : ''}</td><td>${p.required ? 'yes' : ''}</td><td>${p.description ?? p.schema?.description ?? ''}</td></tr>`,
  )}</tbody>
</table>`;
}

function schemaType(schema: JsonSchema): string {
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? '');
  return schema.enum ? `${type}: ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}` : type;
}

function bodySection(operation: OpenApiOperation, components: Record<string, JsonSchema>): Markup | string {
  const content = operation.requestBody?.content;
  if (!content) return '';
  return html`<h3>Request body${operation.requestBody?.required ? '' : ' (optional)'}</h3>
${Object.entries(content).map(
  ([type, media]) => html`<p><code>${type}</code>${media.schema?.description ? html` — ${media.schema.description}` : ''}</p>
${media.schema ? fieldTable(schemaFields(media.schema, components)) : ''}`,
)}`;
}

function responsesSection(operation: OpenApiOperation, components: Record<string, JsonSchema>): Markup {
  const responses = Object.entries(operation.responses ?? {});
  const problems = responses.filter(([, r]) => r.content?.[PROBLEM_TYPE]);
  const others = responses.filter(([, r]) => !r.content?.[PROBLEM_TYPE]);
  return html`<h3>Responses</h3>
${others.map(
  ([status, response]) => html`<h4><code>${status}</code> ${response.description ?? ''}</h4>
${Object.entries(response.headers ?? {}).map(([name, header]) => html`<p>Header <code>${name}</code>: ${header.description ?? ''}</p>`)}
${Object.entries(response.content ?? {}).map(
  ([type, media]) => html`<p><code>${type}</code></p>${media.schema ? fieldTable(schemaFields(media.schema, components)) : ''}`,
)}`,
)}
${problems.length
  ? html`<p class="problems">Problems (<a href="#problems"><code>${PROBLEM_TYPE}</code></a>): ${problems.map(([status, r]) => html`<code>${status}</code> ${r.description ?? ''}; `)}</p>`
  : ''}`;
}

/**
 * `/docs`: a plain, server-rendered API reference built from the same OpenAPI document as
 * `/openapi.json`, with each operation's parameters, request fields and response fields. It
 * loads nothing from elsewhere, so it works offline and under the pages' CSP.
 */
export function docsRoutes(document: () => OpenApiDocument) {
  const docs = new Hono<AppEnv>();
  docs.get('/docs.css', assetHeaders(false), (c) => {
    c.header('content-type', 'text/css; charset=utf-8');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(DOCS_CSS);
  });
  return docs.get('/docs', pageHeaders, (c) => {
    const doc = document();
    const components = doc.components?.schemas ?? {};
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    c.header('cache-control', 'public, max-age=300');
    return c.html(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} API reference</title>
<link rel="stylesheet" href="/docs.css">
</head>
<body>
<h1>${doc.info.title} <small>${doc.info.version}</small></h1>
<p>${doc.info.description ?? ''}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Answers are in the language of <code>?lang=</code> or Accept-Language (zh-CN by default, en).</p>
<nav><ul>${operations.map(({ path, method, op }) => html`<li><a href="#${method.toLowerCase()}-${path}">${method} ${path}</a> ${op.summary ?? ''}</li>`)}</ul></nav>
<section id="problems">
<h2>Problems</h2>
<p>Every error is an RFC 9457 <code>${PROBLEM_TYPE}</code>. Its <code>type</code> is the address of a page explaining it (<a href="/problems">/problems</a>).</p>
${components.Problem ? fieldTable(schemaFields({ $ref: '#/components/schemas/Problem' }, components)) : ''}
</section>
${operations.map(
  ({ path, method, op }) => html`<section id="${method.toLowerCase()}-${path}">
<h2><span class="method">${method}</span> <code>${path}</code></h2>
<p>${op.summary ?? ''}</p>
${op.description ? html`<p>${op.description}</p>` : ''}
${parameterTable(op.parameters ?? [])}
${bodySection(op, components)}
${responsesSection(op, components)}
</section>`,
)}
</body>
</html>`);
  });
}
