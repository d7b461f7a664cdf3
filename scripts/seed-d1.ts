/**
 * Loads the reference seed into a D1 database through wrangler:
 *   npm run seed:d1 -- --local      (or --remote)
 * The rows are produced by the same loader the Node start-up uses (run against an in-memory
 * SQLite), then written as upserts, so seeding twice changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReferenceSeed, seedVersion } from '../src/db/reference-seed';
import { openSqliteDatabase } from '../src/db/sqlite-file';
import referenceData from '../seed/reference.json';
import { MIGRATIONS_FOLDER } from './paths';

const wranglerArgs = process.argv.slice(2);
const tables: { name: string; key: string; where?: string }[] = [
  { name: 'agencies', key: 'id' },
  { name: 'agency_aliases', key: 'normalized' },
  { name: 'official_numbers', key: 'number_key' },
  { name: 'complaint_channels', key: 'id' },
  { name: 'meta', key: 'key', where: "key = 'seed_version'" },
];

function wrangler(args: string[]): string {
  return execFileSync('npx', ['wrangler', ...args], {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function currentVersion(): string | null {
  try {
    const out = wrangler(['d1', 'execute', 'DB', ...wranglerArgs, '--json', '--command', "select value from meta where key = 'seed_version'"]);
    const parsed = JSON.parse(out) as { results: { value: string }[] }[];
    return parsed[0]?.results[0]?.value ?? null;
  } catch {
    return null;
  }
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

async function main() {
  const version = seedVersion(referenceData);
  if (currentVersion() === version) {
    console.log(`reference seed ${version} is already loaded`);
    return;
  }
  const staging = openSqliteDatabase(':memory:', { migrationsFolder: MIGRATIONS_FOLDER });
  await loadReferenceSeed(staging, Date.now());
  const statements: string[] = [];
  for (const table of tables) {
    const rows = staging.client.prepare(`select * from ${table.name}${table.where ? ` where ${table.where}` : ''}`).all() as Record<string, unknown>[];
    for (const row of rows) {
      const columns = Object.keys(row);
      const updates = columns.filter((c) => c !== table.key).map((c) => `${c} = excluded.${c}`);
      statements.push(
        `insert into ${table.name} (${columns.join(', ')}) values (${columns.map((c) => literal(row[c])).join(', ')}) ` +
          `on conflict (${table.key}) do ${updates.length ? `update set ${updates.join(', ')}` : 'nothing'};`,
      );
    }
  }
  staging.close();
  mkdirSync('.wrangler', { recursive: true });
  const file = join('.wrangler', 'reference-seed.sql');
  writeFileSync(file, statements.join('\n') + '\n');
  wrangler(['d1', 'execute', 'DB', ...wranglerArgs, '--file', file]);
  console.log(`reference seed ${version} loaded (${statements.length} rows)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
