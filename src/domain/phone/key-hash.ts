/**
 * The hash a private lookup is bucketed by (docs/phones.md, "Private lookup by hash prefix"):
 * lowercase hex SHA-256 of the number's key as UTF-8. The server stores it per number; a client
 * computes it, sends only its first few characters and matches the rest locally.
 */

/** Characters of the hash a client sends: 5 by default, at least 4. */
export const RANGE_PREFIX_MIN = 4;
export const RANGE_PREFIX_MAX = 5;

/**
 * @example
 * await numberKeyHash('+8613800138000') // 64 hex characters
 */
export async function numberKeyHash(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
