import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../deps';
import { ProblemError, problemResponse, text } from './problem';

/** Every error leaves as a problem; unexpected ones are logged here and never shown to clients. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ProblemError) return problemResponse(c, error);
  if (error instanceof HTTPException) {
    if (error.status === 400 && /malformed json/i.test(error.message)) {
      return problemResponse(c, new ProblemError(400, 'malformed-json', text('请求体不是有效的 JSON。', 'The request body is not valid JSON.')));
    }
    if (error.status === 413) {
      return problemResponse(c, new ProblemError(413, 'payload-too-large', text('请求体过大。', 'The request body is too large.')));
    }
    // Hono's own exceptions carry English text only; the title says it in the person's language.
    return problemResponse(
      c,
      new ProblemError(error.status as 400, error.status === 400 ? 'validation-error' : 'http-error', error.message ? error.message : text('请求失败。', 'Request failed.')),
    );
  }
  c.var.deps?.logger.error(`unhandled error on ${c.req.method} ${new URL(c.req.url).pathname}`, error);
  return problemResponse(c, new ProblemError(500, 'internal-error', text('服务器出了问题，请求没有完成。', 'Something went wrong on our side. The request was not completed.')));
}

/**
 * 404 for unknown paths, 405 with `Allow` when the path exists under other methods.
 * Hono's router answers "no match" for both, so the registered routes are consulted here.
 */
export function notFoundHandler(routes: () => readonly { method: string; path: string }[]) {
  let compiled: { method: string; pattern: RegExp }[] | undefined;
  return (c: Context<AppEnv>): Response => {
    compiled ??= routes()
      .filter((r) => r.method !== 'ALL' && r.path !== '/*' && r.path !== '*')
      .map((r) => ({ method: r.method, pattern: pathPattern(r.path) }));
    const path = new URL(c.req.url).pathname;
    const allowed = [...new Set(compiled.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length > 0 && !allowed.includes(c.req.method)) {
      if (allowed.includes('GET')) allowed.push('HEAD');
      return problemResponse(
        c,
        new ProblemError(405, 'method-not-allowed', text(`${path} 不支持 ${c.req.method} 请求。`, `${c.req.method} is not allowed on ${path}.`), {}, { allow: allowed.join(', ') }),
      );
    }
    return problemResponse(c, new ProblemError(404, 'not-found', text(`${path} 不存在。`, `Nothing at ${path}.`)));
  };
}

function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}
