/**
 * The change log behind sync tokens and `?since=`, on both runtimes: every path that writes a
 * score snapshot (a live report, the decay refresh, rescore, the bulk import) logs a change when
 * the verdict, the tenth of probability or the abuse level moves, and only then.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { bind, statement } from '../../src/db/database';
import { referenceData } from '../../src/db/reference-data';
import { rescore } from '../../src/services/rescore';
import { refreshStaleSnapshots } from '../../src/services/score-snapshots';
import { report, reportMany, scamReport } from './blocklist-helpers';

const ADMIN = 'change-log-admin-token-0123456789abcd';
const DAY = 86_400_000;
let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: ADMIN } });
});
afterEach(async () => {
  await h.close();
});

const changes = async () => (await h.tables()).number_changes!.map((r) => ({ seq: r.seq as number, numberId: r.number_id as number, at: r.at as number }));
const snapshot = async () => {
  const [row] = (await h.tables()).number_stats!;
  return { verdict: row!.verdict, band: Math.floor((row!.scam_probability as number) * 10), abuse: row!.abuse_level };
};

describe('the change log', () => {
  it('records live writes, decay, and rescore repairs, and nothing when nothing moved', async () => {
    await reportMany(h, '17012345678', scamReport, 4);
    const afterReports = await changes();
    expect(afterReports.length).toBeGreaterThan(0);
    expect((await snapshot()).verdict).toBe('likely_scam');
    const ctx = { database: h.database, reference: referenceData(h.database), halfLifeDays: 180 };

    // Re-scoring at once changes nothing a blocklist shows: no change.
    expect(await refreshStaleSnapshots(ctx, h.clock.now(), { maxAgeMs: 0 })).toBe(1);
    expect(await changes()).toEqual(afterReports);

    // Years of decay move the score: the refresh logs it, at its own time, with a higher sequence number.
    const before = await snapshot();
    h.clock.advance(3 * 365 * DAY);
    await refreshStaleSnapshots(ctx, h.clock.now());
    const after = await snapshot();
    expect(after).not.toEqual(before);
    const decayed = await changes();
    expect(decayed).toHaveLength(afterReports.length + 1);
    expect(decayed.at(-1)).toEqual({ seq: afterReports.at(-1)!.seq + 1, numberId: afterReports[0]!.numberId, at: h.clock.now() });

    // Rescore from the reports writes the same snapshot: nothing logged.
    await rescore(ctx, { halfLifeDays: 180, now: h.clock.now() });
    expect(await changes()).toEqual(decayed);
    // A snapshot that went wrong (logged as it is written) is repaired by rescore, and that is logged too.
    await h.database.atomic([bind(statement("update number_stats set verdict = 'likely_legitimate'"), [])]);
    await rescore(ctx, { halfLifeDays: 180, now: h.clock.now() });
    expect(await snapshot()).toEqual(after);
    expect(await changes()).toHaveLength(decayed.length + 2);
  });

  it('records what a bulk import scores, in the same pass', async () => {
    const t = h.clock.now() - 20 * DAY;
    const lines = ['alice', 'bob', 'carol', 'dave'].map((reporter, i) =>
      JSON.stringify({
        external_id: `cl-${i}`,
        reporter,
        reported_at: new Date(t + i * 2 * DAY).toISOString(),
        ip_prefix: `203.0.${i}.0/24`,
        number: '17012345678',
        called_at: new Date(t + i * 2 * DAY - 3_600_000).toISOString(),
        hotline_check: 'denied',
        payment_requested: 'personal_account',
        debt_with_claimed_agency: 'no',
        tags: ['asks_sensitive_info'],
      }),
    );
    const res = await h.request('/v1/admin/import', { method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/x-ndjson' }, body: lines.join('\n') + '\n' });
    expect(res.status).toBe(200);
    const logged = await changes();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.at(-1)!.at).toBe(h.clock.now());
    const exported = await h.request(`/v1/export/numbers.ndjson?since=${new Date(t - DAY).toISOString()}`);
    expect((await exported.text()).trim().split('\n').map((l) => JSON.parse(l).key)).toEqual(['+8617012345678']);
  });

  it('records a number losing its last visible report, whether or not its snapshot moves', async () => {
    const { id } = await report(h, '13800138000', { tags: ['professional'] });
    const before = await changes();
    h.clock.advance(60_000);
    const hidden = await h.json(`/v1/admin/reports/${id}/hide`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` }, body: { reason: 'spam' } });
    expect(hidden.status).toBe(200);
    const after = await changes();
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.at(-1)).toMatchObject({ numberId: before[0]!.numberId, at: h.clock.now() });
    const exported = await h.request(`/v1/export/numbers.ndjson?since=${new Date(h.clock.now() - 1000).toISOString()}`);
    expect(JSON.parse((await exported.text()).trim())).toEqual({ key: '+8613800138000', removed: true });
  });
});
