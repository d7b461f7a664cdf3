/**
 * Writes the per-number aggregates of GET /v1/export/numbers.ndjson from a SQLite file:
 *
 *   npm run export -- [--db PATH] [--out FILE]     (defaults: DB_PATH, stdout)
 *
 * Same lines as the API (no identities, IPs or comments), written as they are read.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { referenceData } from '../src/db/reference-data';
import { openSqliteDatabase } from '../src/db/sqlite-file';
import { exportedNumbers } from '../src/routes/export/number-lines';
import { MIGRATIONS_FOLDER } from './paths';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, out: { type: 'string' } } });
  const database = openSqliteDatabase(values.db ?? process.env.DB_PATH ?? './data/collector-check.db', { migrationsFolder: MIGRATIONS_FOLDER });
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  let count = 0;
  try {
    const reference = await referenceData(database).current(Date.now());
    for await (const line of exportedNumbers(database.db, undefined, undefined, (id) => reference.agency(id))) {
      // Respect back-pressure so a large export never piles up in memory.
      if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
      count++;
    }
  } finally {
    database.close();
  }
  if (out !== process.stdout) await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
  console.error(`exported ${count} numbers`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`export failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
