/**
 * `npm run restore -- FILE [--db PATH]`: puts a backup made by `npm run backup` in place of
 * the database at DB_PATH. Stop the server first; start it again afterwards (it applies any
 * newer migrations to the restored copy). The replaced database is kept beside it.
 */
import { parseArgs } from 'node:util';
import { restoreDatabase } from './backup/sqlite-copy';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { db: { type: 'string' } }, allowPositionals: true });
  const copy = positionals[0];
  if (!copy) {
    console.error('usage: npm run restore -- FILE [--db PATH]   (with the server stopped)');
    return 2;
  }
  const target = values.db ?? process.env.DB_PATH ?? './data/collector-check.db';
  const keptAs = await restoreDatabase(copy, target);
  console.log(`restored ${copy} to ${target}${keptAs ? `; the database it replaced is kept as ${keptAs}` : ''}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`restore failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
