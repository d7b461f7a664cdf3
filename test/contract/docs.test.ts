import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';

let h: Harness;
let page: string;
let openapi: any;
beforeAll(async () => {
  h = await createHarness();
  page = await (await h.request('/docs')).text();
  openapi = (await h.json('/openapi.json')).body;
});
afterAll(async () => {
  await h.close();
});

/** The docs section of one operation. */
function section(method: string, path: string): string {
  const start = page.indexOf(`<section id="${method}-${path}">`);
  expect(start, `${method} ${path}`).toBeGreaterThanOrEqual(0);
  return page.slice(start, page.indexOf('</section>', start));
}

/** Top-level property names of a schema, following a $ref. */
function propertiesOf(schema: any): string[] {
  const resolved = schema?.$ref ? openapi.components.schemas[schema.$ref.split('/').pop()] : schema;
  return Object.keys(resolved?.properties ?? {});
}

describe('/docs lists each operation’s fields', () => {
  it('every request-body and response field of every operation', () => {
    let checked = 0;
    for (const [path, methods] of Object.entries<any>(openapi.paths)) {
      for (const [method, op] of Object.entries<any>(methods)) {
        const text = section(method, path);
        for (const parameter of op.parameters ?? []) expect(text, `${method} ${path}`).toContain(`<code>${parameter.name}</code>`);
        const bodies = [
          ...Object.values<any>(op.requestBody?.content ?? {}),
          ...Object.values<any>(op.responses ?? {}).flatMap((r) => Object.entries<any>(r.content ?? {}).filter(([type]) => type === 'application/json').map(([, m]) => m)),
        ];
        for (const media of bodies) {
          for (const field of propertiesOf(media.schema)) {
            expect(text, `${method} ${path} ${field}`).toContain(`<code>${field}</code>`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('nested fields by their dotted path, with types, required marks and allowed values', () => {
    const report = section('post', '/v1/reports');
    expect(report).toContain('<code>identification.employee_id_given</code>');
    expect(report).toMatch(/<code>called_at<\/code><\/td><td>string \(date-time\)<\/td><td>yes<\/td><td>[^<]*RFC 3339/);
    expect(report).toContain('<code>reporter_token</code>');
    expect(report).toMatch(/one of &quot;yes&quot;, &quot;no&quot;, &quot;unknown&quot;/);
    expect(report).toContain('Header <code>Location</code>');
    const lookup = section('get', '/v1/numbers/{number}');
    expect(lookup).toContain('<code>reasons[].weight</code>');
    expect(lookup).toContain('<code>number.location.city</code>');
    expect(lookup).toMatch(/<code>official<\/code><\/td><td>object \| null<\/td>/);
  });

  it('documents problems once, pointing at their explanation pages', () => {
    expect(page).toContain('<section id="problems">');
    expect(page).toContain('href="/problems"');
    expect(section('post', '/v1/reports')).toMatch(/Problems .*<code>413<\/code>/s);
  });
});
