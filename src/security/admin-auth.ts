import { timingSafeEqual } from 'hono/utils/buffer';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../deps';
import { ProblemError, text } from '../http/problem';
import { enforceRateLimits, rateLimits, type RateLimitCheck } from '../http/rate-limit';
import { subscriberAddress } from './ip-prefix';

const CHALLENGE = 'Bearer realm="collector-check admin"';

/**
 * Guards `/v1/admin/*`: 503 when no ADMIN_TOKEN is configured, 401 (with WWW-Authenticate)
 * for a missing or wrong bearer token, 429 while the client is locked out.
 *
 * Lockout: after {@link rateLimits.adminAuthFailuresPerSubscriber} failures from one
 * subscriber address, that address gets 429 *before* its token is compared, whatever it
 * sends, until the bucket refills. Checking the token during a lockout would let a guesser
 * keep guessing and merely read 429 instead of 401 for the wrong ones. The price is that an
 * operator behind the same address as a guesser waits too; with a token of 32+ characters
 * (enforced at start) guessing is hopeless anyway, so the lockout mostly keeps noise down.
 * Admin responses are also marked `no-store` and lose the public CORS header.
 *
 * @example
 * router.use('/v1/admin/*', adminAuth);
 */
export const adminAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { config, clientAddress } = c.var.deps;
  const expected = config.adminToken;
  if (!expected) {
    throw new ProblemError(503, 'admin-disabled', text('管理接口未启用：服务器没有配置 ADMIN_TOKEN。', 'The admin API is disabled: the server has no ADMIN_TOKEN configured.'));
  }
  const failures: RateLimitCheck = {
    bucket: 'admin-auth-failure',
    key: subscriberAddress(clientAddress(c)) ?? 'unknown',
    rule: rateLimits.adminAuthFailuresPerSubscriber,
  };
  const challenge = { 'www-authenticate': CHALLENGE };
  await enforceRateLimits(c, [failures], { consume: false, headers: challenge });
  const presented = bearerToken(c.req.header('authorization'));
  if (presented === null || !(await constantTimeEqual(presented, expected))) {
    await enforceRateLimits(c, [failures], { headers: challenge });
    throw new ProblemError(
      401,
      'unauthorized',
      presented === null
        ? text('请以 "Authorization: Bearer <令牌>" 发送管理令牌。', 'Send the admin token as "Authorization: Bearer <token>".')
        : text('管理令牌无效。', 'The admin token is not valid.'),
      {},
      { 'www-authenticate': presented === null ? CHALLENGE : `${CHALLENGE}, error="invalid_token"` },
    );
  }
  await next();
  c.res.headers.set('cache-control', 'no-store');
  c.res.headers.delete('access-control-allow-origin');
};

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S.*)$/i.exec(header ?? '');
  const token = match?.[1]?.trim();
  return token ? token : null;
}

/**
 * Compares two secrets in time independent of where they differ: Hono's `timingSafeEqual`
 * hashes both sides (Web Crypto, so the same on Workers) and compares the digests.
 *
 * @example
 * await constantTimeEqual('s3cret', 's3cret') // true
 */
export function constantTimeEqual(a: string, b: string): Promise<boolean> {
  return timingSafeEqual(a, b);
}

/**
 * Who performed an admin action, for the audit log: a short keyed hash of the token in use,
 * so a rotated token shows as a different actor without the token ever being stored.
 *
 * @example
 * await adminActor(c) // 'admin:3f9a1c0b2d4e'
 */
export async function adminActor(c: Context<AppEnv>): Promise<string> {
  const token = c.var.deps.config.adminToken;
  if (!token) return 'admin';
  return `admin:${(await c.var.deps.hasher.hash('token', `admin:${token}`)).slice(0, 12)}`;
}
