import { afterEach, describe, expect, it } from 'vitest';
import { rateLimits } from '../../src/http/rate-limit';
import { createHarness, fromIp, type Harness } from '../harness/node';

/**
 * The read-limit policy at full scale, on Node (TRUST_PROXY, X-Forwarded-For, the injected
 * clock). The bucket arithmetic is shared by both limiters, and test/contract/rate-limits
 * shows the D1 limiter draws the same way at small scale; the volume here would take
 * minutes on workerd, where every draw is a database round trip.
 */
/** One carrier-grade NAT address in the shared address space (RFC 6598). */
const CGNAT = '100.64.12.34';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const lookup = (number: string, headers: Record<string, string>) => h.request(`/v1/numbers/${number}`, { headers });

/** A distinct mobile number per person and lookup (all valid: 139 + 8 digits). */
const numberFor = (person: number, n: number) => `139${String(person * 10 + n).padStart(8, '0')}`;

describe('read limit behind carrier-grade NAT, at scale', () => {
  it('lets 1,000 people behind one address each look up three numbers in a minute', async () => {
    h = await createHarness();
    const refused: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (let person = 0; person < 1000; person++) {
        // Half use an app (reporter token), half the site (its cookie).
        const identity: Record<string, string> =
          person % 2 === 0
            ? { 'x-reporter-token': `app-reader-${person}`.padEnd(24, '-') }
            : { cookie: `cc_csrf=${person.toString(16).padStart(32, '0')}` };
        const res = await lookup(numberFor(person, round), { ...fromIp(CGNAT), ...identity });
        if (res.status !== 200) refused.push(`${person}/${round}: ${res.status}`);
        h.clock.advance(20); // 3,000 lookups over one minute
      }
    }
    expect(refused).toEqual([]);
  }, 120_000);


  it('caps a scraper that rotates identities at the per-network ceiling, and only that /24', async () => {
    h = await createHarness();
    const ceiling = rateLimits.readsPerNetwork.limit;
    let firstRefusal = -1;
    for (let i = 0; i < ceiling + 5 && firstRefusal < 0; i++) {
      const res = await lookup('not-a-number', { ...fromIp(`100.64.12.${i % 250}`), 'x-reporter-token': `rotating-identity-${i}`.padEnd(20, '-') });
      if (res.status === 429) firstRefusal = i;
    }
    expect(firstRefusal).toBe(ceiling);
    expect((await lookup('13800138000', { ...fromIp('100.64.13.1'), 'x-reporter-token': 'other-network-reader-1' })).status).toBe(200);
  }, 120_000);
});
