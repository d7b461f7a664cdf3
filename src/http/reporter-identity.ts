import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { ipPrefix } from '../security/ip-prefix';
import { randomToken } from '../security/hasher';
import { ProblemError, text } from './problem';

const TOKEN = /^[\x21-\x7e]{16,128}$/;

export interface ReporterIdentity {
  /** Keyed hash of the reporter token: the only form in which it is stored. */
  reporterHash: string;
  /** Set when the server issued the token on this request. */
  issuedToken: string | null;
  /** Keyed hash of the client's /24 or /48, or null when the runtime does not know the address. */
  ipHash: string | null;
}

/**
 * Who is reporting: `X-Reporter-Token` (16–128 visible ASCII characters) or a new token.
 * `allowIssue: false` for actions that need an existing token (retracting).
 */
export async function reporterIdentity(c: Context<AppEnv>, token: string | undefined, allowIssue = true): Promise<ReporterIdentity> {
  const { hasher, clientAddress } = c.var.deps;
  if (token !== undefined && !TOKEN.test(token)) {
    throw new ProblemError(400, 'validation-error', text('X-Reporter-Token 必须是 16 到 128 个可见 ASCII 字符。', 'X-Reporter-Token must be 16 to 128 visible ASCII characters.'), {
      errors: [{ path: 'header.x-reporter-token', message: text('必须是 16 到 128 个可见 ASCII 字符。', 'Must be 16 to 128 visible ASCII characters.') }],
    });
  }
  if (token === undefined && !allowIssue) {
    throw new ProblemError(401, 'unauthorized', text('请发送举报时使用的 X-Reporter-Token。', 'Send the X-Reporter-Token you reported with.'));
  }
  const issuedToken = token === undefined ? randomToken(24) : null;
  const prefix = ipPrefix(clientAddress(c));
  const [reporterHash, ipHash] = await Promise.all([
    hasher.hash('token', token ?? issuedToken!),
    prefix ? hasher.hash('ip', prefix) : Promise.resolve(null),
  ]);
  return { reporterHash, issuedToken, ipHash };
}
