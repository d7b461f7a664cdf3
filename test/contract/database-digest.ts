import type { Harness } from '#harness';

/**
 * Every stored row except the rate limiter's buckets (which the D1 limiter writes on every
 * request, refused or not, by design), as one comparable string.
 */
export async function databaseDigest(h: Harness): Promise<string> {
  const tables = await h.tables();
  delete tables.rate_limit_buckets;
  return JSON.stringify(tables);
}
