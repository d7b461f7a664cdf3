/**
 * Which operation a number belongs to: the unresolved claimed agency its visible reports name
 * most (docs/scoring.md, "Operations"). The lookup's summary statement picks the same key in
 * SQL (db/number-summary.ts); both order by count, then by key.
 */

/**
 * @example
 * operationOfClaims({ 'text:网贷清退': 2, alipay: 5 }) // 'text:网贷清退'
 */
export function operationOfClaims(claims: Readonly<Record<string, number>>): string | null {
  let best: string | null = null;
  for (const [key, count] of Object.entries(claims)) {
    if (!key.startsWith('text:') || !(count > 0)) continue;
    if (best === null || count > claims[best]! || (count === claims[best]! && key < best)) best = key;
  }
  return best;
}
