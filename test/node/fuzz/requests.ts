import fc from 'fast-check';
import type { OpenApiContract, Operation, Schema } from './openapi-contract';
import { brokenPercent, deepJson, headerSafe, hostileAddress, hostileJsonValue, hostileString, invalidUtf8, percentEncode } from './hostile-input';

/** One request as sent, small enough to print when it fails. */
export interface FuzzRequest {
  kind: string;
  /** The operation the request was generated for, if any. */
  operation?: Operation;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface FuzzContext {
  adminToken: string;
  now: number;
  /** Ids that exist, so valid requests reach deep into handlers. */
  ids: string[];
  /** Reporter tokens those reports were made with (retracting needs the right one). */
  tokens: string[];
}

/**
 * Requests for every operation of the OpenAPI document: schema-shaped values with one field
 * made hostile, garbage bodies and headers, broken encodings, and requests off the map.
 */
export function fuzzRequests(contract: OpenApiContract, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const perOperation = contract.operations.map((op) => operationRequest(contract, op, ctx));
  return fc.oneof(
    { weight: 18, arbitrary: fc.oneof(...perOperation) },
    { weight: 1, arbitrary: offTheMap(contract) },
  );
}

/**
 * Requests for one operation, in one of three modes: everything plausible (to reach deep into
 * the handler), exactly one parameter hostile (so each rejection is about that parameter),
 * or hostile everywhere. Bodies vary on their own (see {@link requestBody}).
 */
function operationRequest(contract: OpenApiContract, op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  const plausible = fc.tuple(...params.map((p) => fromSchema(p.schema, p.name, ctx).map((v) => percentEncode(String(v)))));
  const hostile = fc.tuple(...params.map((p) => hostileParam(p.in === 'path')));
  const present = fc.tuple(...params.map((p) => (p.in === 'path' ? fc.constant(true) : fc.boolean())));
  const values = fc.oneof(
    plausible,
    fc.tuple(plausible, hostile, fc.nat()).map(([good, bad, i]) => good.map((v, j) => (j === i % Math.max(1, good.length) ? bad[j]! : v))),
    hostile,
  );
  const extraQuery = fc.option(fc.tuple(fc.constantFrom('region', 'lang', 'limit', 'x', '__proto__', 'cursor'), hostileParam(false)), { freq: 4 });
  const bodyArb = op.body ? requestBody(contract, op.body, ctx) : fc.constant(undefined);
  const methodArb = fc.oneof({ weight: 15, arbitrary: fc.constant(op.method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS') });
  return fc
    .record({ values, present, extraQuery, body: bodyArb, headers: requestHeaders(op, ctx), method: methodArb })
    .map(({ values, present, extraQuery, body, headers, method }) => {
      const byName = new Map(params.map((p, i) => [`${p.in}:${p.name}`, { value: values[i]!, present: present[i]! }]));
      const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => byName.get(`path:${name}`)?.value || 'x');
      const query = params.filter((p, i) => p.in === 'query' && present[i]).map((p) => `${p.name}=${byName.get(`query:${p.name}`)!.value}`);
      if (extraQuery) query.push(`${extraQuery[0]}=${extraQuery[1]}`);
      const sendsBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
      if (sendsBody && body.contentType !== undefined) headers['content-type'] = body.contentType;
      return {
        kind: `${op.method} ${op.path}${sendsBody ? ` (${body.kind})` : ''}`,
        operation: op,
        method,
        url: path + (query.length ? `?${query.join('&')}` : ''),
        headers,
        body: sendsBody ? body.bytes : undefined,
      };
    });
}

/** A hostile path or query value, sometimes not even decodable. */
function hostileParam(inPath: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileString.filter((s) => !inPath || s.length > 0).map(percentEncode) },
    { weight: 1, arbitrary: brokenPercent },
    { weight: 1, arbitrary: fc.constantFrom('%2F', '..', '.', '%2E%2E', 'a%2Fb', '%20') },
  );
}

interface Body {
  kind: string;
  contentType: string | undefined;
  bytes: string | Uint8Array;
}

function requestBody(contract: OpenApiContract, content: Record<string, Schema>, ctx: FuzzContext): fc.Arbitrary<Body> {
  const [declaredType, schema] = Object.entries(content)[0]!;
  const isNdjson = declaredType.includes('ndjson');
  const valid = fromSchema(contract.resolve(schema), '', ctx, contract);
  const json = (kind: string, value: fc.Arbitrary<unknown>) => value.map((v) => ({ kind, contentType: declaredType, bytes: stringify(v) }));
  const structured = fc.oneof(
    { weight: 3, arbitrary: json('valid', valid) },
    { weight: 6, arbitrary: json('one field hostile', fc.tuple(valid, fc.nat(), hostileJsonValue).map(([v, i, bad]) => replaceOneField(v, i, bad))) },
    { weight: 1, arbitrary: json('extra field', fc.tuple(valid, hostileString, hostileJsonValue).map(([v, k, bad]) => (isObject(v) ? { ...v, [k || 'extra']: bad } : v))) },
    { weight: 1, arbitrary: json('field dropped', fc.tuple(valid, fc.nat()).map(([v, i]) => dropOneField(v, i))) },
    { weight: 1, arbitrary: json('not an object', hostileJsonValue) },
  );
  const lines = fc
    .array(fc.oneof(structured.map((b) => b.bytes as string), hostileString, fc.constant('{"external_id":'), fc.constant('x'.repeat(70_000))), { minLength: 1, maxLength: 6 })
    .chain((ls) => fc.constantFrom('\n', '\r\n').map((eol) => ({ kind: 'ndjson lines', contentType: declaredType, bytes: ls.join(eol) })));
  const garbage: fc.Arbitrary<Body> = fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'random bytes', contentType: declaredType, bytes })),
    fc.tuple(valid, invalidUtf8).map(([v, bad]) => ({ kind: 'invalid UTF-8 in a string', contentType: declaredType, bytes: spliceBytes(stringify(v), bad) })),
    fc.tuple(fc.integer({ min: 100, max: 15_000 }), fc.constantFrom('array' as const, 'object' as const)).map(([depth, k]) => ({ kind: `deep JSON (${depth})`, contentType: declaredType, bytes: deepJson(depth, k) })),
    fc.constantFrom('', '{', 'null', '[]', '"x"', '1e999', '{"a":1}{"b":2}', '\ufeff{}', '{"__proto__":{"admin":true}}').map((text) => ({ kind: 'odd JSON text', contentType: declaredType, bytes: text })),
    valid.map((v) => ({ kind: 'UTF-16 body', contentType: `${declaredType}; charset=utf-16`, bytes: utf16(stringify(v)) })),
    fc.tuple(valid, fc.constantFrom(undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/jsonx', 'application/x-ndjson', 'application/json', '*/*', ';;;'))
      .map(([v, contentType]) => ({ kind: `content type ${contentType}`, contentType, bytes: stringify(v) })),
  );
  return fc.oneof({ weight: 4, arbitrary: isNdjson ? lines : structured }, { weight: 2, arbitrary: garbage });
}

function requestHeaders(op: Operation, ctx: FuzzContext): fc.Arbitrary<Record<string, string>> {
  const ascii = hostileString.map(headerSafe);
  return fc
    .record(
      {
        'x-forwarded-for': fc.oneof({ weight: 4, arbitrary: fc.ipV4() }, { weight: 1, arbitrary: hostileAddress }),
        authorization: fc.oneof(
          { weight: op.admin ? 6 : 1, arbitrary: fc.constant(`Bearer ${ctx.adminToken}`) },
          { weight: 2, arbitrary: ascii.map((t) => `Bearer ${t}`) },
          { weight: 1, arbitrary: fc.constantFrom(`Basic ${btoa(`admin:${ctx.adminToken}`)}`, ctx.adminToken, 'Bearer', `Bearer ${ctx.adminToken} extra`) },
        ),
        'x-reporter-token': fc.oneof(
          { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9-]{16,40}$/) },
          { weight: 1, arbitrary: fc.constantFrom(...ctx.tokens) },
          { weight: 1, arbitrary: ascii },
          { weight: 1, arbitrary: fc.constant('x'.repeat(129)) },
        ),
        'accept-language': fc.oneof(fc.constantFrom('en', 'zh-CN,zh;q=0.9', 'fr;q=1e309', '*'), ascii),
        'if-none-match': fc.oneof(fc.constantFrom('*', 'W/"x"', '"abc"'), ascii),
        cookie: fc.oneof(fc.constantFrom('cc_reporter=aaaaaaaaaaaaaaaaaaaa', 'cc_csrf=00000000000000000000000000000000', 'cc_csrf=;;;'), ascii),
        origin: fc.oneof(fc.constantFrom('https://evil.example', 'null'), ascii),
        accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/problem+json'),
        'content-encoding': fc.constantFrom('gzip', 'br', 'identity'),
      },
      { requiredKeys: ['x-forwarded-for'] },
    )
    .map((headers) => ({ ...headers }) as Record<string, string>);
}

/** Paths and methods no operation declares: unknown routes, near misses, raw unicode, dot segments. */
function offTheMap(contract: OpenApiContract): fc.Arbitrary<FuzzRequest> {
  const known = contract.operations.map((op) => op.path.replace(/\{[^}]+\}/g, 'x'));
  const path = fc.oneof(
    fc.array(hostileString.map(percentEncode), { minLength: 1, maxLength: 4 }).map((segments) => `/v1/${segments.join('/')}`),
    fc.constantFrom(...known).chain((p) => fc.constantFrom(`${p}/`, `${p}/extra`, p.toUpperCase(), `${p}%00`, `${p}/..`, `/${p}`)),
    brokenPercent.map((p) => `/v1/${p}`),
  );
  return fc.record({ path, method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'), xff: hostileAddress }).map(({ path, method, xff }) => ({
    kind: 'off the map',
    method,
    url: path,
    headers: { 'x-forwarded-for': xff },
  }));
}

/** Plausible values by field name, so valid requests get past validation into handlers. */
function named(name: string, ctx: FuzzContext): fc.Arbitrary<unknown> | null {
  // The same instant written in UTC or in Beijing time (+08:00).
  const recent = fc.tuple(fc.integer({ min: 1, max: 60 * 24 * 30 }), fc.boolean()).map(([minutes, beijing]) => {
    const at = ctx.now - minutes * 60_000;
    return beijing ? new Date(at + 8 * 3_600_000).toISOString().replace('Z', '+08:00') : new Date(at).toISOString();
  });
  switch (name) {
    case 'number':
      return fc.constantFrom('13800138000', '+86 138 0013 8000', '95188', '010-88881234', '400-123-4567', '1700000' + '0001', '１３９００１３９０００');
    case 'region':
      return fc.constantFrom('CN', 'US', 'HK', 'cn', 'ZZ');
    case 'lang':
      return fc.constantFrom('zh-CN', 'en', 'fr');
    case 'id':
      return fc.constantFrom(...ctx.ids, 'alipay', 'icbc', 'nope');
    case 'agency_id':
      return fc.constantFrom('alipay', 'fenqile', 'icbc', 'nope');
    case 'called_at':
    case 'reported_at':
      return recent;
    case 'source':
      return fc.constantFrom('https://example.org/source', 'seed', 'javascript:alert(1)');
    case 'external_id':
      return fc.uuid();
    case 'contact':
      return fc.constantFrom('13912345678', 'owner@example.org', 'wechat:lily');
    case 'limit':
      return fc.constantFrom('1', '20', '100', '0', '101', '-1', '1e3', '2.5');
    case 'cursor':
      return fc.constantFrom('eyJhdCI6MSwiaWQiOiJ4In0', 'abc', '');
    default:
      return null;
  }
}

/** A value that satisfies `schema` (mostly): enough of JSON Schema for zod-openapi's output. */
function fromSchema(schema: Schema, name: string, ctx: FuzzContext, contract?: OpenApiContract): fc.Arbitrary<unknown> {
  const resolved = contract ? contract.resolve(schema) : schema;
  const byName = named(name, ctx);
  if (byName) return byName;
  if (resolved.enum) return fc.constantFrom(...resolved.enum);
  if ('const' in resolved) return fc.constant(resolved.const);
  const options = resolved.anyOf ?? resolved.oneOf;
  if (options) return fc.oneof(...options.map((s: Schema) => fromSchema(s, name, ctx, contract)));
  const type = Array.isArray(resolved.type) ? resolved.type.find((t: string) => t !== 'null') : resolved.type;
  switch (type) {
    case 'object': {
      const properties = Object.entries<Schema>(resolved.properties ?? {});
      const required = new Set<string>(resolved.required ?? []);
      const record = Object.fromEntries(properties.map(([key, s]) => [key, fromSchema(s, key, ctx, contract)]));
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in record) });
    }
    case 'array': {
      const items = resolved.items ? fromSchema(resolved.items, name, ctx, contract) : fc.string();
      return fc.uniqueArray(items, { maxLength: Math.min(3, resolved.maxItems ?? 3), selector: (v) => JSON.stringify(v) });
    }
    case 'integer':
      return fc.integer({ min: resolved.minimum ?? 0, max: Math.min(resolved.maximum ?? 1000, 1e6) });
    case 'number':
      return fc.double({ min: resolved.minimum ?? 0, max: resolved.maximum ?? 1, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (resolved.format === 'date-time') return fc.integer({ min: 1, max: 10_000 }).map((m) => new Date(ctx.now - m * 60_000).toISOString());
      return fc.string({ minLength: Math.max(1, resolved.minLength ?? 1), maxLength: Math.min(resolved.maxLength ?? 40, 40) });
    default:
      return fc.constant('x');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replaces the i-th field (depth-first, nested objects included) with `bad`. */
function replaceOneField(value: unknown, i: number, bad: unknown): unknown {
  if (!isObject(value)) return bad;
  const paths: string[][] = [];
  const walk = (v: Record<string, unknown>, at: string[]) => {
    for (const [key, child] of Object.entries(v)) {
      paths.push([...at, key]);
      if (isObject(child)) walk(child, [...at, key]);
    }
  };
  walk(value, []);
  if (!paths.length) return value;
  const copy = structuredClone(value);
  const path = paths[i % paths.length]!;
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path.at(-1)!] = bad;
  return copy;
}

function dropOneField(value: unknown, i: number): unknown {
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (!keys.length) return value;
  const { [keys[i % keys.length]!]: _dropped, ...rest } = value;
  return rest;
}

function stringify(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/** Puts raw bytes inside the first JSON string of `text` (or at its end). */
function spliceBytes(text: string, bad: Uint8Array): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const at = Math.max(0, text.indexOf('"') + 1);
  const offset = new TextEncoder().encode(text.slice(0, at)).length;
  return Uint8Array.from([...bytes.slice(0, offset), ...bad, ...bytes.slice(offset)]);
}

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}
