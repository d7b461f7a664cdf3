import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { d1Database } from '../../src/db/d1';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import type { WorkerEnv } from '../../src/worker';

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

describe('worker cron trigger', () => {
  it('refreshes score snapshots aged by decay', async () => {
    const { createScheduledController } = await import('cloudflare:test');
    const { default: worker } = await import('../../src/worker');
    await loadReferenceSeed(d1Database(env.DB), Date.now());
    const posted = await SELF.fetch('https://collector-check.test/v1/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.50' },
      body: JSON.stringify({ number: '13700137000', called_at: new Date(Date.now() - 60_000).toISOString(), hotline_check: 'denied' }),
    });
    expect(posted.status).toBe(201);
    const scoredAt = () => env.DB.prepare("select s.scored_at as t from number_stats s join numbers n on n.id = s.number_id where n.key = '+8613700137000'").first<{ t: number }>();
    const before = (await scoredAt())!.t;
    const later = Date.now() + 2 * 86_400_000;
    await worker.scheduled(createScheduledController({ scheduledTime: later, cron: '17 * * * *' }), env as unknown as WorkerEnv);
    expect((await scoredAt())!.t).toBe(later);
    expect(later).toBeGreaterThan(before);
  });
});

describe('worker configuration', () => {
  it('refuses to serve with an ADMIN_TOKEN shorter than 32 characters, and says why in the log only', async () => {
    const { default: worker, workerApp } = await import('../../src/worker');
    const bad = { ...env, ADMIN_TOKEN: 'too-short-admin-token' } as unknown as WorkerEnv;
    expect(() => workerApp(bad)).toThrow(/ADMIN_TOKEN must be at least 32 characters/);
    const logged: string[] = [];
    const original = console.error;
    console.error = (line: string) => void logged.push(line);
    try {
      const res = await worker.fetch(new Request('https://collector-check.test/health'), bad, {} as ExecutionContext);
      expect(res.status).toBe(503);
      const body = await res.text();
      expect(JSON.parse(body)).toMatchObject({ type: 'configuration-error', status: 503 });
      expect(body).not.toContain('ADMIN_TOKEN');
    } finally {
      console.error = original;
    }
    expect(logged.join('\n')).toMatch(/refuses to start: ADMIN_TOKEN must be at least 32 characters \(it has 21\)/);
    expect(logged.join('\n')).not.toContain('too-short-admin-token');
  });
});
