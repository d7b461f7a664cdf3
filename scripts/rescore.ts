/**
 * `npm run rescore [-- --trust] [--dry-run]`: recompute every aggregate (and with --trust,
 * reporter agreement) from the reports in DB_PATH. See src/services/rescore.ts.
 */
import { pathToFileURL } from 'node:url';
import { referenceData } from '../src/db/reference-data';
import { DEFAULT_HALF_LIFE_DAYS } from '../src/domain/scoring';
import { rescore } from '../src/services/rescore';

export { rescore };

async function main() {
  const { openSqliteDatabase } = await import('../src/db/sqlite-file');
  const { MIGRATIONS_FOLDER } = await import('./paths');
  const args = process.argv.slice(2);
  const database = openSqliteDatabase(process.env.DB_PATH ?? './data/collector-check.db', { migrationsFolder: MIGRATIONS_FOLDER });
  const halfLifeDays = Number(process.env.SCORE_HALF_LIFE_DAYS) || DEFAULT_HALF_LIFE_DAYS;
  const started = performance.now();
  const result = await rescore(
    { database, reference: referenceData(database) },
    { halfLifeDays, now: Date.now(), updateTrust: args.includes('--trust'), dryRun: args.includes('--dry-run') },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `rescored ${result.reports} reports on ${result.numbers} numbers and ${result.blocks} blocks in ${seconds.toFixed(1)} s ` +
      `(${Math.round(result.reports / seconds)} reports/s): ${result.reweighed} weights changed, ${result.reportersUpdated} reporters' agreement updated, ${result.retagged} legacy reports re-tagged, ${result.violationsDerived} given their violations` +
      `${args.includes('--dry-run') ? ' (dry run: nothing written)' : ''}`,
  );
  database.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
