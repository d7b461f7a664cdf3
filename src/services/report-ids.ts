import { toHex } from '../security/hasher';

/** Random bytes drawn in bulk: one `getRandomValues` call serves many ids. */
const pool = new Uint8Array(8 * 1024);
let offset = pool.length;

/**
 * A new report id: `r_`, the time in base 36 (so new rows append to the primary-key index
 * instead of landing on random pages of it), then 64 random bits.
 *
 * @example
 * newReportId(Date.now()) // 'r_mh3x7k2q0c4f5e6a7b8c9d0e'
 */
export function newReportId(at: number): string {
  if (offset + 8 > pool.length) {
    crypto.getRandomValues(pool);
    offset = 0;
  }
  const random = toHex(pool.subarray(offset, offset + 8));
  offset += 8;
  return `r_${Math.max(0, Math.floor(at)).toString(36).padStart(9, '0')}${random}`;
}
