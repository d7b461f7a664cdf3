import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

// Each route with a `lang` parameter, and how to tell its language from the answer.
const routes: [path: string, languageOf: (body: any) => string][] = [
  ['/v1/numbers/13800138000', (b) => b.advice[0].message],
  ['/v1/numbers/13800138000/reports', () => ''],
  ['/v1/agencies', (b) => b.items.find((a: { id: string }) => a.id === 'alipay').name],
  ['/v1/agencies/alipay', (b) => b.name],
  ['/v1/tags', (b) => b.items[0].label],
  ['/v1/stats', () => ''],
];

const chinese = /[\u4e00-\u9fff]/;

describe('an unsupported ?lang= falls back instead of failing', () => {
  it.each(routes)('%s?lang=fr answers 200 in Chinese by default', async (path, languageOf) => {
    const res = await h.json(`${path}?lang=fr`, { headers: fromIp('192.0.2.10') });
    expect(res.status).toBe(200);
    expect(languageOf(res.body)).toSatisfy((text: string) => text === '' || chinese.test(text));
  });

  it.each(routes)('%s?lang=fr follows Accept-Language next', async (path, languageOf) => {
    const res = await h.json(`${path}?lang=fr-FR`, { headers: { ...fromIp('192.0.2.11'), 'accept-language': 'fr-FR, en;q=0.8' } });
    expect(res.status).toBe(200);
    expect(languageOf(res.body)).toSatisfy((text: string) => !chinese.test(text));
  });

  it('a supported ?lang= still wins over Accept-Language', async () => {
    const res = await h.json('/v1/tags?lang=en', { headers: { 'accept-language': 'zh-CN' } });
    expect(res.body.items[0].label).not.toMatch(chinese);
  });
});
