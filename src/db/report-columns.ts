/**
 * The `reports` columns in one fixed order, for the prepared set statements of the write
 * path, and the mapping between their rows and {@link ReportRecord}. The drizzle schema stays
 * the source of truth: a test checks this list against it.
 */
import type { ReportRecord } from '../domain/reports/record';

export const REPORT_FIELDS = [
  'id',
  'numberId',
  'reporterId',
  'ipHash',
  'calledAt',
  'reportedAt',
  'updatedAt',
  'claimedAgencyId',
  'claimedAgencyText',
  'claimedAgencyNormalized',
  'tags',
  'reportedTags',
  'calledAtOffset',
  'debtWithClaimedAgency',
  'hotlineCheck',
  'employeeIdGiven',
  'companyNameGiven',
  'authorizationLetterGiven',
  'paymentRequested',
  'comment',
  'callerCompany',
  'status',
  'hiddenReason',
  'weight',
  'discounts',
  'source',
  'externalId',
  'callsToday',
  'callsLast7Days',
  'overdueStage',
  'contacted',
  'threatened',
  'violations',
] as const satisfies readonly (keyof ReportRecord)[];

// A digit run is a word of its own: callsLast7Days → calls_last_7_days.
const snake = (name: string) => name.replace(/[A-Z]|\d+/g, (c) => `_${c.toLowerCase()}`);

export const REPORT_COLUMNS: readonly string[] = REPORT_FIELDS.map(snake);

export type ReportRowValues = Record<string, unknown>;

const BOOLEAN_FIELDS = new Set<string>(['employeeIdGiven', 'companyNameGiven', 'authorizationLetterGiven']);

/** A raw `reports` row (snake_case, booleans as 0/1) as a record. */
export function recordFromRow(row: ReportRowValues): ReportRecord {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < REPORT_FIELDS.length; i++) {
    const field = REPORT_FIELDS[i]!;
    const value = row[REPORT_COLUMNS[i]!];
    out[field] = BOOLEAN_FIELDS.has(field) ? Boolean(value) : value;
  }
  return out as unknown as ReportRecord;
}

/** A record as a JSON array in column order (booleans as 0/1, as SQLite stores them). */
export function recordValues(record: ReportRecord): unknown[] {
  return REPORT_FIELDS.map((field) => {
    const value = record[field];
    return typeof value === 'boolean' ? (value ? 1 : 0) : value;
  });
}
