import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../harness/node-server';

// The quick start: `npm start` serves on HOST:PORT with migrations and seed applied.
let server: RunningServer;
let dir: string;

const getJson = async (path: string): Promise<any> => (await fetch(`${server.base}${path}`)).json();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'collector-check-server-'));
  server = await startNodeServer({ DB_PATH: join(dir, 'db', 'cc.db'), ADMIN_TOKEN: '' });
}, 40_000);

afterAll(() => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves health, agencies, tags, the OpenAPI document and docs from SQLite', async () => {
    expect((await getJson('/health')).runtime).toBe('sqlite');
    const alipay = await getJson('/v1/agencies/alipay');
    expect(alipay.official_numbers[0].number).toBe('95188');
    expect((await getJson('/v1/tags')).items).toHaveLength(14);
    expect((await getJson('/openapi.json')).openapi).toBe('3.1.0');
    expect((await fetch(`${server.base}/docs`)).headers.get('content-type')).toContain('text/html');
  });
});
