/**
 * The one read behind a lookup (docs/data-model.md): a number's row, its aggregates, its
 * 100-block's evidence and its operation's row (the unresolved claimed agency its reports
 * name most, domain/reports/operations.ts) in a single prepared statement, whatever the
 * number's history. A
 * number nobody has reported costs the same statement and yields an empty summary.
 */
import type { StoredOperation } from '../domain/scoring';
import { statement, type Database } from './database';

export interface NumberSummary {
  /** The number's row id; null for a number never reported, disputed or registered. */
  numberId: number | null;
  reportsTotal: number;
  reporters: number;
  firstReportAt: number | null;
  lastReportAt: number | null;
  /** Stored (undecayed) evidence sums, block shares included. */
  evidence: Record<string, number>;
  /** Stored sums of the number's 100-block, this number's own share included. */
  blockEvidence: Record<string, number>;
  /** The number's operation, this number's own share included; null when its reports name none. */
  operation: StoredOperation | null;
  /** UTC day → visible reports, the last ~26 weeks. */
  daily: Record<string, number>;
  tags: Record<string, number>;
  claims: { claimKey: string; agencyId: string | null; name: string; count: number }[];
  /** Companies callers named per claimed lender: visible reports, most first. */
  callerCompanies: { lenderAgencyId: string; normalized: string; name: string; count: number }[];
  openDisputes: number;
  /** Conduct rule → visible reports saying it was broken. */
  violations: Record<string, number>;
  /** What the summary was read from: the number row's and the block row's versions (null: no row). */
  version: string;
}

// A one-row `select 1` drives the left joins, so a number with no row still answers with its block.
const summaryRead = statement(
  `select n.id as numberId, s.reports_total as reportsTotal, s.reporters, s.first_report_at as firstReportAt,
     s.last_report_at as lastReportAt, s.evidence, s.daily, s.tags, s.claims, s.claim_names as claimNames,
     s.caller_companies as callerCompanies, s.caller_company_names as callerCompanyNames,
     s.open_disputes as openDisputes, s.violations, s.version, b.evidence as blockEvidence, b.version as blockVersion,
     o.operation_key as operationKey, o.name as operationName, o.evidence as operationEvidence, o.numbers as operationNumbers,
     o.first_report_at as operationSince, o.version as operationVersion
   from (select 1) left join block_stats b on b.block_key = ? left join numbers n on n.key = ? left join number_stats s on s.number_id = n.id
   left join operation_stats o on o.operation_key = (
     select j.key from json_each(s.claims) j where j.key like 'text:%' and j.value > 0 order by j.value desc, j.key limit 1)`,
);

/** Claims a lookup lists at most. */
export const MAX_LISTED_CLAIMS = 10;

/**
 * @example
 * const summary = await readNumberSummary(database, '+8613800138000', '+86138001380');
 */
export async function readNumberSummary(database: Database, key: string, blockKey: string | null): Promise<NumberSummary> {
  return summaryFromRow(await readSummaryRow(database, key, blockKey));
}

/** The raw row: its versions say whether an already computed lookup still holds. */
export async function readSummaryRow(database: Database, key: string, blockKey: string | null): Promise<SummaryRow | undefined> {
  const [row] = await database.all<SummaryRow>(summaryRead, [blockKey, key]);
  return row;
}

/** The versions a summary row was read at, as one comparable string. */
export function summaryVersion(row: SummaryRow | undefined): string {
  return `${row?.numberId ?? '-'}:${row?.version ?? '-'}:${row?.blockVersion ?? '-'}:${row?.operationKey ?? '-'}:${row?.operationVersion ?? '-'}`;
}

export function summaryFromRow(row: SummaryRow | undefined): NumberSummary {
  const claims = parse(row?.claims);
  const names = parse(row?.claimNames) as unknown as Record<string, string>;
  return {
    numberId: row?.numberId ?? null,
    reportsTotal: row?.reportsTotal ?? 0,
    reporters: row?.reporters ?? 0,
    firstReportAt: row?.firstReportAt ?? null,
    lastReportAt: row?.lastReportAt ?? null,
    evidence: parse(row?.evidence),
    blockEvidence: parse(row?.blockEvidence),
    operation: row?.operationKey
      ? {
          key: row.operationKey,
          name: row.operationName ?? row.operationKey,
          evidence: parse(row.operationEvidence),
          numbers: row.operationNumbers ?? 0,
          firstReportAt: row.operationSince ?? null,
        }
      : null,
    daily: parse(row?.daily),
    tags: parse(row?.tags),
    claims: Object.entries(claims)
      .filter(([, count]) => count > 0)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, MAX_LISTED_CLAIMS)
      .map(([claimKey, count]) => ({
        claimKey,
        agencyId: claimKey.startsWith('text:') ? null : claimKey,
        name: names[claimKey] ?? claimKey,
        count,
      })),
    callerCompanies: callerCompaniesOf(row),
    openDisputes: row?.openDisputes ?? 0,
    violations: parse(row?.violations),
    version: summaryVersion(row),
  };
}

export interface SummaryRow {
  numberId: number | null;
  reportsTotal: number | null;
  reporters: number | null;
  firstReportAt: number | null;
  lastReportAt: number | null;
  evidence: string | null;
  daily: string | null;
  tags: string | null;
  claims: string | null;
  claimNames: string | null;
  callerCompanies?: string | null;
  callerCompanyNames?: string | null;
  openDisputes: number | null;
  violations: string | null;
  version: number | null;
  blockEvidence: string | null;
  blockVersion: number | null;
  operationKey: string | null;
  operationName: string | null;
  operationEvidence: string | null;
  operationNumbers: number | null;
  operationSince: number | null;
  operationVersion: number | null;
}

function callerCompaniesOf(row: SummaryRow | undefined): NumberSummary['callerCompanies'] {
  const counts = parse(row?.callerCompanies);
  const names = parse(row?.callerCompanyNames) as unknown as Record<string, string>;
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, MAX_LISTED_CLAIMS)
    .map(([key, count]) => {
      const bar = key.indexOf('|');
      return { lenderAgencyId: key.slice(0, bar), normalized: key.slice(bar + 1), name: names[key] ?? key.slice(bar + 1), count };
    });
}

function parse(json: string | null | undefined): Record<string, number> {
  return json ? (JSON.parse(json) as Record<string, number>) : {};
}
