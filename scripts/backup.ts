/**
 * `npm run backup -- --out FILE [--db PATH]`: a consistent copy of the SQLite database
 * (DB_PATH by default) taken while the server keeps serving, then checked. See
 * docs/operations.md for restoring it and for the Workers + D1 equivalent.
 */
import { parseArgs } from 'node:util';
import { backupDatabase } from './backup/sqlite-copy';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, db: { type: 'string' } } });
  if (!values.out) {
    console.error('usage: npm run backup -- --out FILE [--db PATH]');
    return 2;
  }
  const source = values.db ?? process.env.DB_PATH ?? './data/collector-check.db';
  const started = performance.now();
  const check = await backupDatabase(source, values.out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`backed up ${source} to ${values.out} in ${seconds} s: ${check.reports} reports, ${check.numbers} numbers, ${check.bytes} bytes, integrity ${check.integrity}`);
  return check.integrity === 'ok' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`backup failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
