import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config';

describe('readConfig', () => {
  it('applies the SPEC defaults', () => {
    expect(readConfig({})).toEqual({ adminToken: null, hashSecret: null, allowedOrigins: [], scoreHalfLifeDays: 180, trustProxy: false });
  });

  it('reads every variable', () => {
    const config = readConfig({
      ADMIN_TOKEN: ' admin-token ',
      HASH_SECRET: 's3cret',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example',
      SCORE_HALF_LIFE_DAYS: '90',
      TRUST_PROXY: 'on',
    });
    expect(config).toEqual({
      adminToken: 'admin-token',
      hashSecret: 's3cret',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      scoreHalfLifeDays: 90,
      trustProxy: true,
    });
  });

  it('refuses a half-life the evidence scale cannot hold', () => {
    expect(() => readConfig({ SCORE_HALF_LIFE_DAYS: '3' })).toThrow(/at least 7/);
    expect(() => readConfig({ SCORE_HALF_LIFE_DAYS: 'soon' })).toThrow(/SCORE_HALF_LIFE_DAYS/);
  });
});
