import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../harness/node-server';

// `npm run import -- FILE [--db PATH | --url URL --token T]` against a file and a live server.
let dir: string;
let file: string;
const TOKEN = 'cli-import-admin-token-0123456789';
const DAY = 86_400_000;

function importLine(externalId: string, reporter: string, reportedAt: number, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    external_id: externalId,
    reporter,
    reported_at: new Date(reportedAt).toISOString(),
    number: '13800138000',
    called_at: new Date(reportedAt - 3_600_000).toISOString(),
    tags: ['threats'],
    ...extra,
  });
}

function runImport(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'collector-check-import-'));
  file = join(dir, 'history.ndjson');
  const now = Date.now();
  writeFileSync(
    file,
    [
      importLine('cli-1', 'a', now - 3 * DAY),
      importLine('cli-2', 'b', now - 2 * DAY, { claimed_agency: '蚂蚁' }),
      importLine('cli-1', 'a', now - 3 * DAY),
      '{not json',
      importLine('cli-5', 'c', now - DAY, { tags: ['nonsense'] }),
    ].join('\n'),
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import -- FILE --db PATH', { timeout: 60_000 }, () => {
  it('imports into a SQLite file with a summary, and a second run skips everything', () => {
    const db = join(dir, 'direct', 'cc.db');
    const first = runImport([file, '--db', db]);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ lines: 5, inserted: 2, updated: 0, skipped: 1, rejected: 2 });
    expect(first.stderr).toContain('line 4: The line is not valid JSON.');
    expect(first.stderr).toMatch(/imported 5 lines: 2 inserted, 0 updated, 1 skipped .*, 2 rejected/);
    // Not a terminal here: plain progress lines, no carriage-return redraws.
    expect(first.stderr).toMatch(/^import: 5 lines \(100\.0%\), \d+ lines\/s$/m);
    expect(first.stderr).not.toContain('\r');

    const second = runImport([file, '--db', db]);
    expect(JSON.parse(second.stdout)).toMatchObject({ inserted: 0, updated: 0, skipped: 3, rejected: 2 });

    const exported = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--db', db], { encoding: 'utf8' });
    expect(exported.status, exported.stderr).toBe(0);
    const lines = exported.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ key: '+8613800138000', reports: expect.objectContaining({ total: '2-4', reporters: '2-4' }) })]);
  });

  it('fails with usage for a missing file or bad arguments', () => {
    expect(runImport([]).status).toBe(1);
    const missing = runImport([join(dir, 'nope.ndjson'), '--db', join(dir, 'x.db')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    expect(runImport([file, '--db', 'a.db', '--url', 'http://x']).status).toBe(1);
  });
});

describe('npm run import -- FILE --url URL --token T', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    server = await startNodeServer({ DB_PATH: join(dir, 'server', 'cc.db'), ADMIN_TOKEN: TOKEN });
    base = server.base;
  }, 40_000);

  afterAll(() => {
    server?.stop();
  });

  it('sends the file to the admin API and prints its summary', async () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file, '--url', base, '--token', TOKEN], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ lines: 5, inserted: 2, skipped: 1, rejected: 2 });
    const lookup = (await (await fetch(`${base}/v1/numbers/13800138000`)).json()) as { reports: { total: number } };
    expect(lookup.reports.total).toBe(2);
  });

  it('sends the file in batches and numbers errors by file line', () => {
    const run = runImport([file, '--url', base, '--token', TOKEN, '--batch-lines', '2']);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ lines: 5, inserted: 0, skipped: 3, rejected: 2 });
    expect(summary.errors.map((e: { line: number }) => e.line)).toEqual([4, 5]);
  });

  it('exits 1 with the problem when the token is wrong', () => {
    const run = runImport([file, '--url', base, '--token', 'wrong-token']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/401/);
  });
});
