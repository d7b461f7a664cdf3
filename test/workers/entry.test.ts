import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { d1Database } from '../../src/db/d1';
import { loadReferenceSeed } from '../../src/db/reference-seed';

// The deployed entry point (src/worker.ts) with the D1 binding from wrangler.toml.
describe('worker entry', () => {
  it('serves health, seeded agencies and tags from D1', async () => {
    await loadReferenceSeed(d1Database(env.DB), Date.now());
    const health = await SELF.fetch('https://collector-check.test/health');
    expect(await health.json()).toMatchObject({ status: 'ok', runtime: 'd1' });
    const alipay = await (await SELF.fetch('https://collector-check.test/v1/agencies/alipay')).json<{ official_numbers: { number: string }[] }>();
    expect(alipay.official_numbers[0]!.number).toBe('95188');
    const tags = await (await SELF.fetch('https://collector-check.test/v1/tags')).json<{ items: unknown[] }>();
    expect(tags.items).toHaveLength(14);
  });
});
