/**
 * The CSV download for call-blocker apps: one header row, then one row per number
 * (`number,e164,verdict,scam_probability,abuse_level,reports,last_at`). Lines starting with `#`
 * before the header say when the file was made and under which licence; parsers that take
 * comments skip them (csv-parse `comment: '#'`).
 */

export const CSV_COLUMNS = ['number', 'e164', 'verdict', 'scam_probability', 'abuse_level', 'reports', 'last_at'] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/**
 * @example
 * csvField('a,b') // '"a,b"'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || text.startsWith('#') ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole file.
 *
 * @example
 * blocklistCsv(rows, ['generated 2026-06-15T12:00:00Z'])
 */
export function blocklistCsv(rows: readonly CsvRow[], comments: readonly string[]): string {
  const lines = [
    ...comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`),
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}
