import { createHmac } from 'node:crypto';
import type { Hasher } from './hasher';

/**
 * The same keyed hash as `hmacHasher` (HMAC-SHA-256 of `purpose:value`, hex), computed
 * synchronously with node:crypto: Web Crypto's async HMAC costs a few microseconds of
 * promise plumbing per call, and the write path and the lookup's rate limiter hash on every
 * request. A test checks both give the same digests.
 */
export function nodeHmacHasher(secret: string): Hasher {
  const key = Buffer.from(secret, 'utf8');
  const hashSync = (purpose: string, value: string) => createHmac('sha256', key).update(`${purpose}:${value}`).digest('hex');
  return {
    hash: (purpose, value) => Promise.resolve(hashSync(purpose, value)),
    hashSync,
  };
}
