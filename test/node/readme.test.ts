/**
 * The README's examples keep working: the report example has no call time that expires (the
 * API refuses calls older than 365 days), and `wrangler dev` does not collide with `npm start`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../harness/node-server';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const wrangler = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8');

let server: RunningServer | undefined;
const dir = mkdtempSync(join(tmpdir(), 'collector-check-readme-'));
afterAll(() => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The shell command under "# Report a call", up to the closing `'` of its JSON body. */
function reportExample(): string {
  const start = readme.indexOf('curl -X POST http://127.0.0.1:8787/v1/reports');
  const end = readme.indexOf("}'", start);
  expect(start).toBeGreaterThan(0);
  return readme.slice(start, end + 2);
}

describe('README', () => {
  it('writes no fixed call time into the report example', () => {
    expect(reportExample()).not.toMatch(/"called_at":\s*"\d{4}-\d\d-\d\d/);
  });

  it('the report example, run as written, stores a report', async () => {
    server = await startNodeServer({ DB_PATH: join(dir, 'readme.db') });
    const command = reportExample().replace('http://127.0.0.1:8787', server.base);
    const out = execFileSync('bash', ['-c', `${command} --silent --show-error`], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ id: expect.any(String), status: 'created', reporter_token: expect.any(String) });
  });

  it('wrangler dev uses its own port, which the README names', () => {
    const port = /\[dev\][^[]*?\bport\s*=\s*(\d+)/.exec(wrangler)?.[1];
    expect(port).toBeDefined();
    expect(port).not.toBe('8787');
    expect(readme).toContain(`http://127.0.0.1:${port}`);
  });
});
