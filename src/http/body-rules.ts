import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../deps';
import { ProblemError, text } from './problem';

/** JSON API bodies are small; the bulk import streams and has its own limits. */
export const JSON_BODY_LIMIT_BYTES = 64 * 1024;

export const jsonBodyLimit: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: JSON_BODY_LIMIT_BYTES,
  onError: () => {
    const kib = JSON_BODY_LIMIT_BYTES / 1024;
    throw new ProblemError(413, 'payload-too-large', text(`请求体超过 ${kib} KiB。`, `The request body is larger than ${kib} KiB.`));
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
      throw new ProblemError(
        415,
        'unsupported-media-type',
        text(`请以 application/json 发送请求体（收到的是${mediaType ? ` "${mediaType}"` : '无内容类型'}）。`, `Send the body as application/json (got "${mediaType || 'no content type'}").`),
        {},
        { accept: 'application/json' },
      );
    }
  }
  await next();
};
