import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness/node';
import { quietLogger } from '../harness/shared';
import { problemType } from '../contract/problem-helpers';

let h: Harness;
afterEach(async () => {
  await h.close().catch(() => {});
});

describe('unexpected failures', () => {
  it('answer 500 as a problem without internals, and are logged server-side', async () => {
    h = await createHarness();
    (h.database as unknown as { client: { close(): void } }).client.close();
    quietLogger.errors.length = 0;
    const res = await h.request('/v1/agencies/alipay');
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ type: problemType('internal-error'), status: 500 });
    expect(text).not.toMatch(/at .*\.ts|database connection|stack/i);
    expect(quietLogger.errors).toHaveLength(1);
  });

  it('make /health answer 503 when the database is gone', async () => {
    h = await createHarness();
    (h.database as unknown as { client: { close(): void } }).client.close();
    const res = await h.json('/health');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'degraded', database: 'unavailable' });
  });
});
