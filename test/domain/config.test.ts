import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config';

describe('readConfig', () => {
  it('applies the SPEC defaults', () => {
    expect(readConfig({})).toEqual({ adminToken: null, hashSecret: null, allowedOrigins: [], scoreHalfLifeDays: 180, trustProxy: false });
  });

  it('reads every variable', () => {
    const config = readConfig({
      ADMIN_TOKEN: ' admin-token-0123456789abcdef0123456789 ',
      HASH_SECRET: 's3cret',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example',
      SCORE_HALF_LIFE_DAYS: '90',
      TRUST_PROXY: 'on',
    });
    expect(config).toEqual({
      adminToken: 'admin-token-0123456789abcdef0123456789',
      hashSecret: 's3cret',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      scoreHalfLifeDays: 90,
      trustProxy: true,
    });
  });

  it('refuses an admin token shorter than 32 characters, saying so without repeating it', () => {
    expect(() => readConfig({ ADMIN_TOKEN: 'hunter2-but-longer-0123456789ab' })).toThrow(ConfigError);
    expect(() => readConfig({ ADMIN_TOKEN: 'hunter2-but-longer-0123456789ab' })).toThrow(/ADMIN_TOKEN must be at least 32 characters \(it has 31\)/);
    expect(() => readConfig({ ADMIN_TOKEN: 'hunter2' })).not.toThrow(/hunter2/);
    expect(readConfig({ ADMIN_TOKEN: 'x'.repeat(32) }).adminToken).toHaveLength(32);
    expect(readConfig({ ADMIN_TOKEN: '  ' }).adminToken).toBeNull();
  });

  it('refuses a half-life the evidence scale cannot hold', () => {
    expect(() => readConfig({ SCORE_HALF_LIFE_DAYS: '3' })).toThrow(/at least 7/);
    expect(() => readConfig({ SCORE_HALF_LIFE_DAYS: 'soon' })).toThrow(/SCORE_HALF_LIFE_DAYS/);
  });
});
