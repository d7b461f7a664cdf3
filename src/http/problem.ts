import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../deps';
import { pickLang, type Lang } from './lang';
import { problemTypes, problemTypeUri, text, type ProblemType, type Text } from './problem-types';

export { text, type Text };

/** A text in both languages, or one that reads the same in both (a path, a number). */
export type Localizable = string | Text;

/** One field-level validation message, `path` as dotted field names ("identification.employee_id_given"). */
export interface FieldError {
  path: string;
  message: Localizable;
}

/** RFC 9457 problem details as sent: `type` is the URI of the type's explanation page. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

/**
 * @example
 * localize('en', text('号码无效', 'Not a number')) // 'Not a number'
 * localize('en', '+8613800138000')                 // '+8613800138000'
 */
export function localize(lang: Lang, value: Localizable): string {
  return typeof value === 'string' ? value : value[lang];
}

/**
 * An error a handler throws to answer with a problem instead of a 500. `detail` and the
 * field messages are given in both languages; the response picks the request's.
 */
export class ProblemError extends Error {
  readonly detail: Localizable;
  readonly extensions: Omit<Partial<Problem>, 'type' | 'status' | 'detail' | 'errors'> & { errors?: FieldError[] };

  constructor(
    readonly status: ContentfulStatusCode,
    readonly type: ProblemType,
    detail: Localizable,
    extensions: Omit<Partial<Problem>, 'type' | 'status' | 'detail' | 'errors'> & { errors?: FieldError[] } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(localize('en', detail));
    this.detail = detail;
    this.extensions = extensions;
  }

  /**
   * The problem in one language. Without an origin `type` is the bare name ("invalid-number"),
   * which is how code inside the service tells problems apart.
   */
  toProblem(lang: Lang = 'en', origin?: string): Problem {
    const { errors, ...rest } = this.extensions;
    return {
      type: origin === undefined ? this.type : problemTypeUri(origin, this.type),
      title: problemTypes[this.type].title[lang],
      status: this.status,
      detail: localize(lang, this.detail),
      ...rest,
      ...(errors ? { errors: errors.map((e) => ({ path: e.path, message: localize(lang, e.message) })) } : {}),
    };
  }
}

/**
 * The origin clients reached this service at. Behind a trusted proxy (TRUST_PROXY on Node) the
 * forwarded scheme and host are the ones the client used.
 */
export function requestOrigin(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  if (c.var.deps?.config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto === 'http' || proto === 'https') url.protocol = `${proto}:`;
    if (host && /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host)) url.host = host;
  }
  return url.origin;
}

/**
 * Writes a problem+json response in the request's language.
 *
 * @example
 * return problemResponse(c, new ProblemError(404, 'not-found', text('没有此机构。', 'No such agency.')));
 */
export function problemResponse(c: Context<AppEnv>, error: ProblemError): Response {
  const lang = c.var.lang ?? pickLang(c.req.query('lang'), c.req.header('accept-language'));
  return c.body(JSON.stringify(error.toProblem(lang, requestOrigin(c))), error.status, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-language': lang,
    ...error.headers,
  });
}

/** A 400 `validation-error` listing each field; the detail sums them up unless one is given. */
export function validationProblem(errors: FieldError[], detail?: Localizable): ProblemError {
  const summary = (lang: Lang, separator: string, between: string) =>
    errors.map((e) => (e.path ? `${e.path}${separator}${localize(lang, e.message)}` : localize(lang, e.message))).join(between);
  return new ProblemError(
    400,
    'validation-error',
    detail ?? (errors.length ? text(summary('zh-CN', '：', ''), summary('en', ': ', ' ')) : text('请求内容有误。', 'The request is not valid.')),
    { errors },
  );
}
