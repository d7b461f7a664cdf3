import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacHasher } from '../../src/security/hasher';
import { nodeHmacHasher } from '../../src/security/node-hasher';

describe('keyed hashing on Node', () => {
  it('gives exactly the digests of the Web Crypto hasher Workers use, for any secret and value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.constantFrom('token', 'ip', 'contact', 'reporter' as const), fc.string(), async (secret, purpose, value) => {
        const web = await hmacHasher(async () => secret).hash(purpose, value);
        expect(await nodeHmacHasher(secret).hash(purpose, value)).toBe(web);
      }),
      { numRuns: 200 },
    );
  });
});
