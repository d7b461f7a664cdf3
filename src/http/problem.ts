import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field-level validation message, `path` as dotted field names ("identification.employee_id_given"). */
export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details. `type` is a short relative URI naming the problem ("invalid-number"). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const titles: Record<string, string> = {
  'validation-error': 'Request validation failed',
  'invalid-number': 'Not a valid phone number',
  'malformed-json': 'Malformed JSON body',
  'unsupported-media-type': 'Unsupported media type',
  'payload-too-large': 'Payload too large',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  'rate-limited': 'Too many requests',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  conflict: 'Conflict',
  'admin-disabled': 'Admin API disabled',
  'internal-error': 'Internal server error',
};

/** An error a handler throws to answer with a problem instead of a 500. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly type: string,
    detail: string,
    readonly extensions: Omit<Partial<Problem>, 'type' | 'status' | 'detail'> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  toProblem(): Problem {
    return {
      type: this.type,
      title: titles[this.type] ?? this.type,
      status: this.status,
      detail: this.message,
      ...this.extensions,
    };
  }
}

/**
 * Writes a problem+json response.
 *
 * @example
 * return problemResponse(c, new ProblemError(404, 'not-found', 'No agency with id "x".'));
 */
export function problemResponse(c: Context, error: ProblemError): Response {
  return c.body(JSON.stringify(error.toProblem()), error.status, {
    'content-type': 'application/problem+json; charset=utf-8',
    ...error.headers,
  });
}

export function validationProblem(errors: FieldError[], detail?: string): ProblemError {
  const summary = detail ?? errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
  return new ProblemError(400, 'validation-error', summary || 'The request is not valid.', { errors });
}
