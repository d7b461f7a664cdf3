import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { GENERATED, widgetPhoneModule } from '../../scripts/build-widget-phone.mjs';
import { normalizePhone } from '../../src/domain/phone';
import { numberKeyHash } from '../../src/domain/phone/key-hash';
import { widgetPhoneJs } from '../../src/web/widget/phone-key.generated';

describe('/widget-phone.js, the private mode’s number reading', () => {
  it('is the current build of src/web/widget/phone-key-entry.ts (run node scripts/build-widget-phone.mjs)', async () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(await widgetPhoneModule());
  });

  it('gives the key and hash the server gives, for numbers as people paste them', async () => {
    const url = `data:text/javascript;base64,${Buffer.from(widgetPhoneJs).toString('base64')}`;
    const { hashedNumber } = (await import(/* @vite-ignore */ url)) as {
      hashedNumber(input: string, region?: string): Promise<{ key: string; hash: string; shown: string } | null>;
    };
    const inputs: [string, string?][] = [
      ['+86 138 0013 8000'], ['0086-13800138000'], ['138-0013-8000'], ['(010) 8888 1234'], ['95188'], ['1010 7888'], ['400-123-4567'],
      ['１３８００１３８０００'], ['106 9000 1234 5678'], ['170 1234 5678'], ['(415) 555-0123', 'US'], ['+44 20 7946 0958'], ['12'], ['hello'],
    ];
    for (const [input, region] of inputs) {
      const server = normalizePhone(input, { region });
      const browser = await hashedNumber(input, region);
      if (!server.ok) {
        expect(browser, input).toBeNull();
        continue;
      }
      expect(browser, input).toEqual({ key: server.number.key, hash: await numberKeyHash(server.number.key), shown: expect.any(String) });
    }
  });
});
