import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { reportBody } from '../contract/report-helpers';
import { startNodeServer, type RunningServer } from '../harness/node-server';

const dir = mkdtempSync(join(tmpdir(), 'collector-check-backup-'));
const servers: RunningServer[] = [];
afterAll(() => {
  for (const server of servers) server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs an npm script's file as `npm run` would, and resolves with its exit code and output. */
function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Posts reports one after another from distinct clients until stopped; records every acknowledged id. */
function writeContinuously(base: string) {
  const acknowledged: string[] = [];
  let running = true;
  let n = 0;
  const done = (async () => {
    while (running) {
      n++;
      const res = await fetch(`${base}/v1/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(n >> 8) & 255}.${n & 255}.1`, 'x-reporter-token': `backup-writer-${n}`.padEnd(20, '-') },
        body: JSON.stringify(reportBody({ number: `1391234${String(n % 10_000).padStart(4, '0')}`, comment: `report ${n}` }, Date.now())),
      });
      if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
      else await res.body?.cancel();
    }
  })();
  return { acknowledged, stop: async () => ((running = false), await done) };
}

const reportIds = (path: string) => {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return new Set((db.prepare('select id from reports').all() as { id: string }[]).map((r) => r.id));
  } finally {
    db.close();
  }
};

describe('npm run backup / npm run restore', () => {
  it('copies the database while the server keeps writing; the copy passes integrity_check and holds every report acknowledged before it began', async () => {
    const dbPath = join(dir, 'live', 'cc.db');
    const server = await startNodeServer({ DB_PATH: dbPath, TRUST_PROXY: '1' });
    servers.push(server);
    const writer = writeContinuously(server.base);
    while (writer.acknowledged.length < 200) await new Promise((r) => setTimeout(r, 20));

    const before = [...writer.acknowledged];
    const out = join(dir, 'copy.db');
    const backup = await run('scripts/backup.ts', ['--out', out], { DB_PATH: dbPath });
    const duringBackup = writer.acknowledged.length - before.length;
    // Keep writing a little after the copy, then stop.
    await new Promise((r) => setTimeout(r, 200));
    await writer.stop();

    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/integrity ok/);
    const copy = new BetterSqlite3(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const copied = reportIds(out);
    expect(before.filter((id) => !copied.has(id))).toEqual([]);
    // The server kept acknowledging reports while the backup ran.
    expect(duringBackup).toBeGreaterThan(0);
    // A backup never overwrites.
    expect((await run('scripts/backup.ts', ['--out', out], { DB_PATH: dbPath })).code).toBe(1);

    // Restore with the server stopped: the copy replaces the live file, which is kept aside.
    server.stop();
    await new Promise((r) => setTimeout(r, 500));
    const restore = await run('scripts/restore.ts', [out], { DB_PATH: dbPath });
    expect(restore.code, restore.output).toBe(0);
    expect(readdirSync(join(dir, 'live')).some((f) => f.startsWith('cc.db.before-restore-'))).toBe(true);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    expect(reportIds(dbPath)).toEqual(copied);

    // The server starts on the restored database and serves what the copy held.
    const restored = await startNodeServer({ DB_PATH: dbPath, TRUST_PROXY: '1' });
    servers.push(restored);
    const listed = (await (await fetch(`${restored.base}/v1/numbers/13912340001/reports?limit=100`)).json()) as { items: { id: string }[] };
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((item) => copied.has(item.id))).toBe(true);
  }, 120_000);
});
