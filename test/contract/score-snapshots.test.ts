import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { referenceData } from '../../src/db/reference-data';
import { refreshStaleSnapshots } from '../../src/services/score-snapshots';
import { newToken, postReport, reportBody } from './report-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

async function exported(key: string) {
  const res = await h.request('/v1/export/numbers.ndjson');
  const lines = (await res.text()).trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return { etag: res.headers.get('etag'), line: lines.find((l: { key: string }) => l.key === key) };
}

describe('score snapshots age with the evidence', () => {
  it('are refreshed so the export agrees with a lookup after years of decay', async () => {
    const scam = { hotline_check: 'denied', payment_requested: 'personal_account', tags: ['refuses_identification'], debt_with_claimed_agency: 'no' };
    for (let i = 0; i < 4; i++) {
      await postReport(h, reportBody(scam), newToken(), `203.0.${i}.1`);
      h.clock.advance(2 * 86_400_000);
    }
    const fresh = await h.json('/v1/numbers/13800138000');
    const before = await exported('+8613800138000');
    expect(before.line.verdict).toBe(fresh.body.verdict);
    expect(['likely_scam', 'suspicious']).toContain(before.line.verdict);

    h.clock.advance(3 * 365 * 86_400_000);
    const decayed = await h.json('/v1/numbers/13800138000');
    expect(decayed.body.scam_probability).toBeLessThan(fresh.body.scam_probability);
    expect((await exported('+8613800138000')).line.verdict).toBe(before.line.verdict);

    const ctx = { database: h.database, reference: referenceData(h.database), halfLifeDays: 180 };
    expect(await refreshStaleSnapshots(ctx, h.clock.now())).toBe(1);
    expect(await refreshStaleSnapshots(ctx, h.clock.now())).toBe(0);
    const after = await exported('+8613800138000');
    expect(after.line.verdict).toBe(decayed.body.verdict);
    expect(after.line.scam_probability).toBeCloseTo(decayed.body.scam_probability, 9);
    expect(after.etag).not.toBe(before.etag);
  });
});
