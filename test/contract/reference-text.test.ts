import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import referenceData from '../../seed/reference.json';
import { normalizeAgencyName } from '../../src/domain/agencies/agency-name';
import { newToken, postReport, reportBody } from './report-helpers';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: 'admin-token-for-reference-text-0123456789' } });
});
afterAll(async () => {
  await h.close();
});

const chinese = /[\u4e00-\u9fff]/;

describe('agency aliases', () => {
  it('lists the seed’s public aliases only: no misspellings, no repeat of the names', async () => {
    const seed = referenceData.agencies.find((a) => a.id === 'alipay')!;
    const { body } = await h.json('/v1/agencies/alipay');
    expect(body.aliases).not.toContain('aliapy');
    expect(body.aliases).not.toContain('alipy');
    expect(body.aliases).not.toContain(seed.name_zh);
    // Variants that normalize alike ("ali pay" = "alipay", "支付宝催收" = "支付宝") are kept once, as first written.
    const firstOfEach = new Map<string, string>();
    for (const alias of seed.aliases) if (!firstOfEach.has(normalizeAgencyName(alias))) firstOfEach.set(normalizeAgencyName(alias), alias);
    expect(new Set(body.aliases)).toEqual(new Set(firstOfEach.values()));
  });

  it('still matches the misspellings a caller’s name is typed with', async () => {
    const created = await postReport(h, reportBody({ claimed_agency: 'Aliapy' }), newToken());
    const report = await h.json(`/v1/reports/${created.body.id}`);
    expect(report.body.claimed_agency).toMatchObject({ agency_id: 'alipay' });
    const search = await h.json('/v1/agencies?q=alipy');
    expect(search.body.items.map((a: { id: string }) => a.id)).toEqual(['alipay']);
  });
});

describe('source lines speak the page’s language', () => {
  it('official numbers and complaint channels of an agency', async () => {
    const zh = await h.json('/v1/agencies/alipay');
    const en = await h.json('/v1/agencies/alipay?lang=en');
    expect(zh.body.official_numbers[0].source).toMatch(chinese);
    expect(zh.body.official_numbers[0].source).toContain('https://cshall.alipay.com');
    expect(en.body.official_numbers[0].source).toBe('Alipay customer service centre, https://cshall.alipay.com (hotline 95188)');
    for (const channel of zh.body.complaint_channels) expect(channel.source).toMatch(chinese);
    for (const channel of en.body.complaint_channels) expect(channel.source).not.toMatch(chinese);
  });

  it('the lookup of an official number', async () => {
    expect((await h.json('/v1/numbers/95188')).body.official.source).toMatch(/^支付宝客服中心/);
    expect((await h.json('/v1/numbers/95188?lang=en')).body.official.source).toMatch(/^Alipay customer service centre/);
  });

  it('an admin’s registration in one language shows in both; with source_zh, each in its own', async () => {
    const admin = { authorization: 'Bearer admin-token-for-reference-text-0123456789' };
    await h.json('/v1/admin/official-numbers', { method: 'POST', headers: admin, body: { number: '021-6888 8888', agency_id: 'icbc', source: 'ICBC Shanghai, https://www.icbc.com.cn' } });
    expect((await h.json('/v1/numbers/02168888888')).body.official.source).toBe('ICBC Shanghai, https://www.icbc.com.cn');
    const registered = await h.json('/v1/admin/official-numbers', {
      method: 'POST',
      headers: admin,
      body: { number: '021-6888 8888', agency_id: 'icbc', source: 'ICBC Shanghai, https://www.icbc.com.cn', source_zh: '工商银行上海分行，https://www.icbc.com.cn' },
    });
    expect(registered.body.source_zh).toBe('工商银行上海分行，https://www.icbc.com.cn');
    expect((await h.json('/v1/numbers/02168888888')).body.official.source).toBe('工商银行上海分行，https://www.icbc.com.cn');
    expect((await h.json('/v1/numbers/02168888888?lang=en')).body.official.source).toBe('ICBC Shanghai, https://www.icbc.com.cn');
  });
});

describe('a number’s location names each place once', () => {
  it.each([
    ['01088881234', { province: '北京市', city: null }, { province: 'Beijing', city: null }],
    ['13800138000', { province: '北京市', city: null }, { province: 'Beijing', city: null }],
    ['021-66881234', { province: '上海市', city: null }, { province: 'Shanghai', city: null }],
    ['0755-88881234', { province: '广东省', city: '深圳市' }, { province: 'Guangdong', city: 'Shenzhen' }],
  ])('%s', async (number, zh, en) => {
    expect((await h.json(`/v1/numbers/${number}`)).body.number.location).toMatchObject(zh);
    expect((await h.json(`/v1/numbers/${number}?lang=en`)).body.number.location).toMatchObject(en);
  });
});
