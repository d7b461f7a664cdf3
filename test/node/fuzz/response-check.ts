import type { OpenApiContract } from './openapi-contract';
import type { FuzzRequest } from './requests';

/**
 * What the contract promises about any answer: never a 5xx; every error a valid RFC 9457
 * problem; every 2xx a status the OpenAPI document declares, with a body that validates
 * against the schema it declares. Returns the broken promise, or null.
 */
export function checkResponse(contract: OpenApiContract, request: FuzzRequest, res: Response, text: string): string | null {
  const { status } = res;
  if (status >= 500) return `${status}: ${text.slice(0, 300)}`;
  const pathname = new URL(request.url, 'http://localhost').pathname;
  const contentType = res.headers.get('content-type') ?? '';
  const hasBody = request.method !== 'HEAD';
  const operation = contract.match(request.method === 'HEAD' ? 'GET' : request.method, pathname);

  // Pages, assets and docs are not in the OpenAPI document; only "no 5xx" applies to them.
  const api = operation !== undefined || pathname.startsWith('/v1/');
  if (!api) return null;
  if (status >= 400) {
    if (!contentType.startsWith('application/problem+json')) return `${status} is not problem+json (${contentType})`;
    if (!hasBody) return null;
    const problem = parse(text);
    if (problem === undefined) return `${status} problem is not JSON: ${text.slice(0, 200)}`;
    const invalid = contract.validate(contract.problemSchema, problem);
    if (invalid) return `${status} problem does not match Problem: ${invalid}`;
    if ((problem as { status: number }).status !== status) return `problem.status ${(problem as { status: number }).status} ≠ HTTP ${status}`;
    return null;
  }
  if (status === 304) return request.headers['if-none-match'] ? null : '304 without If-None-Match';
  // CORS preflights are answered by the middleware for every API path.
  if (request.method === 'OPTIONS') return status === 204 ? null : `OPTIONS answered ${status}`;
  if (!operation) return `${status} for an API path no operation declares`;
  const declared = operation.responses[String(status)];
  if (!declared) return `${status} is not declared for ${operation.method} ${operation.path}`;
  const mediaTypes = Object.keys(declared);
  if (mediaTypes.length === 0) return hasBody && text !== '' ? `${status} declared without a body, got one` : null;
  if (!hasBody) return null;
  const mediaType = contentType.split(';')[0]!.trim();
  const schema = declared[mediaType];
  if (!schema) return `${status} sent ${mediaType}, declared ${mediaTypes.join(', ')}`;
  if (mediaType.endsWith('ndjson')) {
    for (const [i, line] of text.split('\n').filter(Boolean).entries()) {
      const invalid = contract.validate(schema, parse(line));
      if (invalid) return `ndjson line ${i + 1} does not match: ${invalid}`;
    }
    return null;
  }
  const body = parse(text);
  if (body === undefined) return `${status} body is not JSON`;
  const invalid = contract.validate(schema, body);
  return invalid ? `${status} body does not match its schema: ${invalid}` : null;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A failing request in a form that can be pasted into a test. */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? ` body=${JSON.stringify(request.body.slice(0, 300))}${request.body.length > 300 ? `…(${request.body.length} chars)` : ''}`
        : ` bytes=[${[...request.body.slice(0, 120)].join(',')}]${request.body.length > 120 ? `…(${request.body.length} bytes)` : ''}`;
  return `${request.method} ${request.url.slice(0, 300)} headers=${JSON.stringify(request.headers).slice(0, 400)}${body}`;
}
