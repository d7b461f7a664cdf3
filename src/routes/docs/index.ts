import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { AppEnv } from '../../deps';
import { assetHeaders, pageHeaders } from '../../web/page-headers';

/** The reference's styles, served as a file so the page needs no inline-style CSP exception. */
const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:960px;margin:0 auto;padding:1rem;color:#1a1a1a}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}
section{border-top:1px solid #ddd;padding:.75rem 0}
.method{display:inline-block;min-width:4.5em;font-weight:700;color:#0b5394}
.params{margin:.25rem 0 0 1rem;color:#333}
`;

interface OpenApiOperation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string }>;
}

type OpenApiDocument = { info: { title: string; version: string; description?: string }; paths: Record<string, Record<string, OpenApiOperation>> };

/**
 * `/docs`: a plain, server-rendered API reference built from the same OpenAPI document as
 * `/openapi.json`. It loads nothing from elsewhere, so it works offline and under the pages' CSP.
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
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are RFC 9457 <code>application/problem+json</code>.</p>
${operations.map(
  ({ path, method, op }) => html`<section id="${method.toLowerCase()}-${path}">
<h2><span class="method">${method}</span> <code>${path}</code></h2>
<p>${op.summary ?? ''}</p>
${op.parameters?.length
  ? html`<ul class="params">${op.parameters.map(
      (p) => html`<li><code>${p.name}</code> (${p.in}${p.required ? ', required' : ''})${p.description ? raw(' — ') : ''}${p.description ?? ''}</li>`,
    )}</ul>`
  : ''}
${op.requestBody?.content ? html`<p>Body: ${Object.keys(op.requestBody.content).join(', ')}</p>` : ''}
<p>Responses: ${Object.entries(op.responses ?? {}).map(([status, r]) => html`<code>${status}</code> ${r.description ?? ''}; `)}</p>
</section>`,
)}
</body>
</html>`);
  });
}
