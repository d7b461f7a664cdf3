import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveHashSecret } from '../../src/db/hash-secret';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import { openSqliteDatabase } from '../../src/db/sqlite-file';
import { migrationsFolder } from '../harness/node';
import { builtServer } from '../harness/node-server';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDbPath() {
  const dir = mkdtempSync(join(tmpdir(), 'collector-check-start-'));
  dirs.push(dir);
  return join(dir, 'nested', 'folder', 'collector-check.db');
}

describe('Node start-up', () => {
  it('creates the database folder, migrates from empty and seeds once', async () => {
    const path = tempDbPath();
    const first = openSqliteDatabase(path, { migrationsFolder });
    expect(first.client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(await loadReferenceSeed(first, 1)).toBe(true);
    const counts = () =>
      ['agencies', 'agency_aliases', 'official_numbers', 'complaint_channels'].map(
        (t) => (first.client.prepare(`select count(*) n from ${t}`).get() as { n: number }).n,
      );
    const seeded = counts();
    first.close();

    const again = openSqliteDatabase(path, { migrationsFolder });
    expect(await loadReferenceSeed(again, 2)).toBe(false);
    const recount = ['agencies', 'agency_aliases', 'official_numbers', 'complaint_channels'].map(
      (t) => (again.client.prepare(`select count(*) n from ${t}`).get() as { n: number }).n,
    );
    expect(recount).toEqual(seeded);
    expect(seeded.every((n) => n > 0)).toBe(true);
    again.close();
  });

  it('generates HASH_SECRET once and keeps it across restarts, unless one is configured', async () => {
    const path = tempDbPath();
    const first = openSqliteDatabase(path, { migrationsFolder });
    const generated = await resolveHashSecret(first, null);
    expect(generated).toMatch(/^[0-9a-f]{64}$/);
    first.close();
    const again = openSqliteDatabase(path, { migrationsFolder });
    expect(await resolveHashSecret(again, null)).toBe(generated);
    expect(await resolveHashSecret(again, 'configured-secret')).toBe('configured-secret');
    again.close();
  });
});

describe('Node start-up with bad settings', () => {
  it('refuses to start with an ADMIN_TOKEN shorter than 32 characters, with a message that says so', () => {
    const path = tempDbPath();
    const run = spawnSync(process.execPath, [builtServer()], {
      env: { ...process.env, DB_PATH: path, PORT: '0', ADMIN_TOKEN: 'short-admin-token' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ADMIN_TOKEN must be at least 32 characters \(it has 17\)/);
    expect(run.stderr + run.stdout).not.toContain('short-admin-token');
    expect(run.stdout).not.toMatch(/listening/);
  });
});
