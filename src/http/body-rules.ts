import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../deps';
import { ProblemError } from './problem';

/** JSON API bodies are small; the bulk import streams and has its own limits. */
export const JSON_BODY_LIMIT_BYTES = 64 * 1024;

export const jsonBodyLimit: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: JSON_BODY_LIMIT_BYTES,
  onError: () => {
    throw new ProblemError(413, 'payload-too-large', `The request body is larger than ${JSON_BODY_LIMIT_BYTES / 1024} KiB.`);
  },
});

const jsonType = /^application\/([\w.-]+\+)?json$/i;

/** A write to the JSON API that carries a body must say it is JSON; otherwise 415. */
export const requireJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const method = c.req.method;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    const hasBody = c.req.header('content-length') !== '0' && (c.req.header('content-length') || c.req.header('transfer-encoding') || c.req.header('content-type'));
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (hasBody && !jsonType.test(mediaType)) {
      throw new ProblemError(415, 'unsupported-media-type', `Send the body as application/json (got "${mediaType || 'no content type'}").`, {}, { accept: 'application/json' });
    }
  }
  await next();
};
