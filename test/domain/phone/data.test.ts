import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePlaceRuns } from '../../../scripts/phone-data/encode-place-runs';
import { CARRIER_PREFIXES, CARRIERS, FIXED_LINE_PLACES, MOBILE_PLACE_RUNS, PLACES, PROVINCES } from '../../../src/domain/phone/data/cn-geo.generated';
import { BLOCKS_PER_PREFIX, decodePlaceRuns, placeOfBlock } from '../../../src/domain/phone/place-runs';

describe('place runs', () => {
  it('decode what was encoded', () => {
    const runs = fc.array(fc.record({ place: fc.integer({ min: 0, max: 5000 }), length: fc.integer({ min: 1, max: 3000 }) }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(runs, (list) => {
        const blocks = new Uint16Array(BLOCKS_PER_PREFIX);
        let at = 0;
        for (const { place, length } of list) {
          blocks.fill(place, at, Math.min(at + length, BLOCKS_PER_PREFIX));
          at += length;
        }
        blocks.fill(list[list.length - 1]!.place, Math.min(at, BLOCKS_PER_PREFIX));
        const decoded = decodePlaceRuns(encodePlaceRuns(blocks));
        for (const block of [0, 1, 4999, 9999, ...list.map((_, i) => (i * 997) % BLOCKS_PER_PREFIX)]) {
          expect(placeOfBlock(decoded, block)).toBe(blocks[block]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reject text that does not cover exactly one prefix', () => {
    expect(() => decodePlaceRuns('AA')).toThrow();
  });
});

describe('generated CN geo data', () => {
  it('refers only to places, provinces and carriers that exist', () => {
    for (const [prefix, encoded] of Object.entries(MOBILE_PLACE_RUNS)) {
      expect(prefix).toMatch(/^1\d\d$/);
      const { places } = decodePlaceRuns(encoded);
      for (const id of places) expect(id).toBeLessThanOrEqual(PLACES.length);
    }
    for (const index of Object.values(FIXED_LINE_PLACES)) expect(PLACES[index]).toBeDefined();
    for (const [province] of PLACES) expect(PROVINCES[province]).toBeDefined();
    for (const index of Object.values(CARRIER_PREFIXES)) expect(CARRIERS[index]).toBeDefined();
  });

  it('knows every mainland province-level division', () => {
    expect(PROVINCES.length).toBe(31);
  });
});
