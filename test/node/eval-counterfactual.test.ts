import { describe, expect, it } from 'vitest';
import { DEFAULT_HALF_LIFE_DAYS } from '../../src/domain/scoring';
import type { SyntheticReport } from '../../scripts/eval/population';
import { databaseReplay } from '../../scripts/eval/replay-db';

const T0 = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
const NUMBER = '+8617012345601';

function report(reporter: string, day: number, origin: SyntheticReport['origin'], scam: boolean): SyntheticReport {
  const reportedAt = T0 + day * DAY;
  return {
    numberKey: NUMBER,
    reporter,
    ipPrefix: `10.0.${day}`,
    reportedAt,
    calledAt: new Date(reportedAt - 3_600_000 + 8 * 3_600_000).toISOString().replace('Z', '+08:00'),
    calledAtMs: reportedAt - 3_600_000,
    claimedAgency: null,
    tags: scam ? ['threats'] : [],
    debtWithClaimedAgency: scam ? 'no' : 'yes',
    hotlineCheck: scam ? 'denied' : 'confirmed',
    identification: { employeeIdGiven: !scam, companyNameGiven: !scam, authorizationLetterGiven: false },
    paymentRequested: scam ? 'personal_account' : 'official_channel',
    origin,
  };
}

describe('the evaluation\'s counterfactual lookup (a smear\'s reports hidden)', () => {
  it('scores the number without those reporters and leaves the database as it was', async () => {
    const replay = await databaseReplay(DEFAULT_HALF_LIFE_DAYS, T0);
    try {
      await replay.add(report('customer-1', 0, 'customer', false));
      await replay.add(report('customer-2', 3, 'customer', false));
      for (let i = 0; i < 6; i++) await replay.add(report(`smear-${i}`, 10 + 3 * i, 'slow_smear', true));
      const at = T0 + 40 * DAY;
      const before = await replay.score(NUMBER, at);
      const without = await replay.scoreWithout!(NUMBER, at, Array.from({ length: 6 }, (_, i) => `smear-${i}`));
      const after = await replay.score(NUMBER, at);
      // Without the smear only the two customers speak.
      expect(without.scam_probability).toBeLessThan(before.scam_probability);
      expect(before.reasons.map((r) => r.code)).toContain('hotline_denied');
      expect(without.reasons.filter((r) => r.code !== 'prior' && r.effect === 'scam' && r.weight > 0).map((r) => r.code)).toEqual([]);
      // Hide and unhide are exact inverses: the lookup afterwards is the lookup before.
      expect(after.verdict).toBe(before.verdict);
      expect(after.scam_probability).toBeCloseTo(before.scam_probability, 9);
    } finally {
      replay.close();
    }
  });
});
