import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The quick start: `npm start` serves on HOST:PORT with migrations and seed applied.
let child: ChildProcess;
let base: string;
let dir: string;

const getJson = async (path: string): Promise<any> => (await fetch(`${base}${path}`)).json();

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'collector-check-server-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['--import', 'tsx', 'src/server.node.ts'], {
    env: { ...process.env, PORT: String(port), DB_PATH: join(dir, 'db', 'cc.db'), ADMIN_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      if (Date.now() > deadline) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}, 40_000);

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves health, agencies, tags, the OpenAPI document and docs from SQLite', async () => {
    expect((await getJson('/health')).runtime).toBe('sqlite');
    const alipay = await getJson('/v1/agencies/alipay');
    expect(alipay.official_numbers[0].number).toBe('95188');
    expect((await getJson('/v1/tags')).items).toHaveLength(14);
    expect((await getJson('/openapi.json')).openapi).toBe('3.1.0');
    expect((await fetch(`${base}/docs`)).headers.get('content-type')).toContain('text/html');
  });
});
