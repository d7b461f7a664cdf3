import { describe, expect, it } from 'vitest';
import { pickLang } from '../../src/http/lang';

describe('pickLang', () => {
  it.each([
    [undefined, null, 'zh-CN'],
    ['en', 'zh-CN,zh;q=0.9', 'en'],
    ['zh-CN', 'en-US', 'zh-CN'],
    [undefined, 'en-US,en;q=0.9', 'en'],
    [undefined, 'zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    [undefined, 'fr-FR, en;q=0.5', 'en'],
    [undefined, 'en;q=0.2, zh;q=0.9', 'zh-CN'],
    [undefined, 'en;q=0', 'zh-CN'],
    ['xx', 'de-DE', 'zh-CN'],
  ])('lang=%s, Accept-Language=%s → %s', (query, header, expected) => {
    expect(pickLang(query, header)).toBe(expected);
  });
});
