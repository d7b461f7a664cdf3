/**
 * Keyed hashing of reporter tokens, IP prefixes, dispute contacts and rate-limit keys: raw
 * values are never stored, in the database or in memory.
 */
export interface Hasher {
  /** Hex HMAC-SHA-256 of `value` under the service's secret, namespaced by `purpose`. */
  hash(purpose: HashPurpose, value: string): Promise<string>;
  /** The same digest synchronously, where the runtime can (node:crypto); bulk paths use it when present. */
  hashSync?(purpose: HashPurpose, value: string): string;
}

export type HashPurpose = 'token' | 'ip' | 'contact' | 'reporter' | 'rate-limit' | 'subscription';

/**
 * Web Crypto HMAC, identical on Node and Workers. The secret is resolved lazily so that a
 * Worker can read (or create) it from the database on first use.
 */
export function hmacHasher(secret: () => Promise<string>): Hasher {
  let key: Promise<CryptoKey> | undefined;
  const encoder = new TextEncoder();
  const getKey = () =>
    (key ??= secret().then((value) =>
      crypto.subtle.importKey('raw', encoder.encode(value), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
    ));
  return {
    async hash(purpose, value) {
      const signature = await crypto.subtle.sign('HMAC', await getKey(), encoder.encode(`${purpose}:${value}`));
      return toHex(new Uint8Array(signature));
    },
  };
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** A random token of `bytes` bytes, hex-encoded (used for issued reporter tokens and secrets). */
export function randomToken(bytes = 24): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}
