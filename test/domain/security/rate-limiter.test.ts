import { describe, expect, it } from 'vitest';
import { memoryRateLimiter, refill } from '../../../src/security/rate-limiter';

const small = { limit: 2, windowSeconds: 10 };
const large = { limit: 100, windowSeconds: 10 };

describe('memoryRateLimiter', () => {
  it('draws from all buckets or none: a refusal by one bucket takes nothing from the others', async () => {
    const limiter = memoryRateLimiter();
    const draws = [{ key: 'reader', rule: small }, { key: 'network', rule: large }];
    expect(await limiter.take(draws, 0)).toEqual({ allowed: true });
    expect(await limiter.take(draws, 0)).toEqual({ allowed: true });
    for (let i = 0; i < 50; i++) expect((await limiter.take(draws, 0)).allowed).toBe(false);
    // The shared bucket gave two tokens, not 52: 98 remain for the neighbours.
    const neighbour = [{ key: 'neighbour', rule: large }, { key: 'network', rule: large }];
    let allowed = 0;
    while ((await limiter.take(neighbour, 0)).allowed) allowed++;
    expect(allowed).toBe(98);
  });

  it('says how long to wait, and can check without taking', async () => {
    const limiter = memoryRateLimiter();
    const draw = [{ key: 'k', rule: small }];
    await limiter.take(draw, 0);
    expect(await limiter.take(draw, 0, { consume: false })).toEqual({ allowed: true });
    await limiter.take(draw, 0);
    expect(await limiter.take(draw, 0, { consume: false })).toEqual({ allowed: false, retryAfterSeconds: 5 });
    expect(await limiter.take(draw, 5_000, { consume: false })).toEqual({ allowed: true });
  });

  it('keeps memory bounded: refilled buckets are dropped, and at most maxKeys are kept', async () => {
    const limiter = memoryRateLimiter(1_000);
    for (let i = 0; i < 5_000; i++) await limiter.take([{ key: `k${i}`, rule: small }], i);
    expect(limiter.keys().length).toBeLessThanOrEqual(1_000);
    // Ten seconds after the last request every bucket is full again; new traffic sweeps them.
    for (let i = 0; i < 1_000; i++) await limiter.take([{ key: `late${i % 10}`, rule: small }], 20_000 + i * 10_000);
    expect(limiter.keys().length).toBeLessThanOrEqual(10);
  });

  it('sweeps fast-refilling buckets even behind one that refills slowly (what grew under mixed load)', async () => {
    const limiter = memoryRateLimiter();
    const hourly = { limit: 30, windowSeconds: 3600 };
    const perSecond = { limit: 60, windowSeconds: 60 };
    await limiter.take([{ key: 'reporter', rule: hourly }], 0);
    // 10,000 one-off readers over 100 s: each bucket is full again one second after its take.
    for (let i = 0; i < 10_000; i++) await limiter.take([{ key: `reader${i}`, rule: perSecond }], i * 10);
    expect(limiter.keys()).toContain('reporter');
    expect(limiter.keys().length).toBeLessThan(500);
  });
});

describe('refill', () => {
  it('never goes above the limit or backwards in time', () => {
    expect(refill({ tokens: 1, updatedAt: 0 }, small, 1e9)).toEqual({ tokens: 2, updatedAt: 1e9 });
    expect(refill({ tokens: 1, updatedAt: 5_000 }, small, 0)).toEqual({ tokens: 1, updatedAt: 5_000 });
  });
});
