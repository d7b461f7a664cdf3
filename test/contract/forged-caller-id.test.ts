/**
 * A report saying the caller ID was forged describes the forger, not the number's owner: on an
 * official hotline it adds the "caller ID can be forged" warning, and neither abuse nor broken
 * rules land on the hotline. The same conduct reported without the forgery claim still counts
 * (a real agency can be legitimate and abusive).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { newToken, postReport, reportBody } from './report-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

// 23:30 in Beijing, threats, an arrest threat, a personal account: abusive and rule-breaking.
const abusiveCall = {
  called_at: '2026-06-14T15:30:00Z',
  tags: ['threats', 'insults'],
  threatened: ['arrest'],
  payment_requested: 'personal_account',
  hotline_check: 'denied',
};

describe('forged caller ID on an official number', () => {
  it('adds the warning, but no abuse and no violations for the hotline', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await postReport(h, reportBody({ number: '95188', ...abusiveCall, tags: [...abusiveCall.tags, 'spoofed_local_number'] }), newToken(), `198.51.${100 + i}.7`);
      expect(res.status).toBe(201);
    }
    const lookup = (await h.json('/v1/numbers/95188?lang=en')).body;
    expect(lookup.verdict).toBe('official');
    expect(lookup.reasons.some((r: { code: string }) => r.code === 'spoofing_reports')).toBe(true);
    expect(lookup.abuse.level).toBe('none');
    expect(lookup.violations).toEqual([]);
  });

  it('the same conduct without the forgery claim is the number owner\'s', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await postReport(h, reportBody({ number: '95188', ...abusiveCall }), newToken(), `198.51.${100 + i}.7`);
      expect(res.status).toBe(201);
    }
    const lookup = (await h.json('/v1/numbers/95188?lang=en')).body;
    expect(lookup.abuse.level).not.toBe('none');
    expect(lookup.violations.map((v: { rule: string }) => v.rule)).toContain('cn_night_calls');
  });
});
