import { statement, type Database } from './database';

// The per-claim violation maps of one agency's numbers, summed: one indexed read (number_claims_agency_idx).
const agencyViolations = statement(
  `select j.key as rule, sum(j.value) as reports from number_claims c, json_each(c.violations) j
   where c.agency_id = ? group by j.key`,
);

/**
 * Conduct rule → visible reports that claimed this agency and say the rule was broken.
 *
 * @example
 * await readAgencyViolations(database, 'alipay') // { cn_personal_account: 3 }
 */
export async function readAgencyViolations(database: Database, agencyId: string): Promise<Record<string, number>> {
  const rows = await database.all<{ rule: string; reports: number }>(agencyViolations, [agencyId]);
  return Object.fromEntries(rows.filter((r) => r.reports > 0).map((r) => [r.rule, r.reports]));
}
