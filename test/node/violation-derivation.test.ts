/**
 * Reports stored before violations were kept (violations null) get them derived by
 * `npm run rescore`, which then counts them per number and per claimed agency exactly as the
 * write path does for new reports.
 */
import { describe, expect, it } from 'vitest';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import { referenceData } from '../../src/db/reference-data';
import { submitReport, type WriteContext } from '../../src/services/reports';
import { openSqliteDatabase } from '../../src/db/sqlite-file';
import { normalizePhone } from '../../src/domain/phone';
import { rescore } from '../../scripts/rescore';
import { migrationsFolder } from '../harness/node';

const NOW = Date.parse('2026-06-15T12:00:00Z');

describe('violations of reports stored before they were kept', () => {
  it('are derived by the rescore and counted as live reports are', async () => {
    const database = openSqliteDatabase(':memory:', { migrationsFolder });
    try {
      await loadReferenceSeed(database, NOW);
      const reference = referenceData(database);
      const ctx: WriteContext = { database, halfLifeDays: 180, reference, now: NOW };
      const number = normalizePhone('13800138000');
      if (!number.ok) throw new Error('number');
      const answers = {
        claimedAgency: '花呗',
        debtWithClaimedAgency: 'unknown' as const,
        hotlineCheck: 'not_tried' as const,
        identification: { employeeIdGiven: false, companyNameGiven: false, authorizationLetterGiven: false },
        comment: null,
      };
      // 23:00 in Beijing with a personal-account demand; 15:00 with a third-party tag.
      await submitReport({ ...ctx, now: NOW - 7_200_000 }, { number: number.number, calledAt: { text: '2026-06-14T15:00:00Z', ms: Date.parse('2026-06-14T15:00:00Z') }, tags: [], paymentRequested: 'personal_account', ...answers }, { reporterHash: 'a', ipHash: 'n1', reportedAt: NOW - 7_200_000, source: 'live' });
      await submitReport({ ...ctx, now: NOW - 3_600_000 }, { number: number.number, calledAt: { text: '2026-06-15T07:00:00Z', ms: Date.parse('2026-06-15T07:00:00Z') }, tags: ['third_party_contact'], paymentRequested: 'none', ...answers }, { reporterHash: 'b', ipHash: 'n2', reportedAt: NOW - 3_600_000, source: 'live' });
      const counts = () => ({
        number: JSON.parse((database.client.prepare('select violations from number_stats').get() as { violations: string }).violations),
        claim: JSON.parse((database.client.prepare("select violations from number_claims where agency_id = 'alipay'").get() as { violations: string }).violations),
      });
      const live = counts();
      expect(live.number).toEqual({ cn_night_calls: 1, cn_evening_calls: 1, cn_personal_account: 1, cn_third_party: 1 });

      // As a database migrated from before 0009 holds them.
      database.client.prepare('update reports set violations = null').run();
      database.client.prepare("update number_stats set violations = '{}'").run();
      database.client.prepare("update number_claims set violations = '{}'").run();
      const result = await rescore({ database, reference }, { halfLifeDays: 180, now: NOW });
      expect(result.violationsDerived).toBe(2);
      expect(counts()).toEqual(live);
      expect((await rescore({ database, reference }, { halfLifeDays: 180, now: NOW })).violationsDerived).toBe(0);
    } finally {
      database.close();
    }
  });
});
