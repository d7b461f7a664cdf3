/**
 * Exports show report counts in buckets, not exactly: a mirror that diffs two exports should
 * not be able to tell one new report from another, nor count one person's reports.
 */

const BUCKETS: readonly (readonly [min: number, label: string])[] = [
  [50, '50+'],
  [20, '20-49'],
  [10, '10-19'],
  [5, '5-9'],
  [2, '2-4'],
  [1, '1'],
];

/**
 * @example
 * reportCountBucket(1)  // '1'
 * reportCountBucket(7)  // '5-9'
 * reportCountBucket(80) // '50+'
 * reportCountBucket(0)  // '0'
 */
export function reportCountBucket(count: number): string {
  for (const [min, label] of BUCKETS) if (count >= min) return label;
  return '0';
}

/**
 * The tenth of scam probability a number is in (0–9): a change of band is a change that
 * blocklists and the incremental export pass on. The change-log trigger in
 * migrations/0008_blocklists.sql draws the same lines (there 1.0 is a tenth band of its own,
 * which only means one more change row).
 *
 * @example
 * probabilityBand(0.87) // 8
 * probabilityBand(1)    // 9
 */
export function probabilityBand(p: number): number {
  return Math.max(0, Math.min(9, Math.floor(p * 10)));
}

/**
 * The band as a person reads it.
 *
 * @example
 * probabilityBandLabel(0.87) // '80–90%'
 */
export function probabilityBandLabel(p: number): string {
  const band = probabilityBand(p);
  return `${band * 10}–${band * 10 + 10}%`;
}
