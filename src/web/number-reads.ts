/**
 * What the number pages read, straight from the services the API routes use: the one-read
 * lookup and the number's recent reports, without a request back into the app.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import { parseNumberOrThrow } from '../http/number-input';
import { enforceReadLimit } from '../http/read-limit';
import { lookupNumber, type NumberLookup } from '../services/lookup';
import { numberReports, type PublicReport } from '../services/report-views';

/**
 * The lookup of what was typed or pasted, under the API's read limit. Throws the API's
 * problem: 400 `invalid-number`, 429 `rate-limited`.
 *
 * @example
 * const lookup = await readLookup(c, '138-0013-8000');
 */
export async function readLookup(c: Context<AppEnv>, input: string): Promise<NumberLookup> {
  const { deps, lang } = c.var;
  await enforceReadLimit(c);
  const number = parseNumberOrThrow(input, undefined, lang, 'path.number');
  return lookupNumber(
    { database: deps.database, reference: c.var.reference, halfLifeDays: deps.config.scoreHalfLifeDays, now: deps.clock(), computed: c.var.computedLookups },
    number,
    lang,
  );
}

/** The number's newest visible reports, as `GET /v1/numbers/{n}/reports` lists them. */
export async function recentReports(c: Context<AppEnv>, lookup: NumberLookup, limit: number): Promise<PublicReport[]> {
  const page = await numberReports(c.var.deps.database, lookup.number.key, null, limit, c.var.lang);
  return page.items;
}
