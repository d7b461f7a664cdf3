import { describe, expect, it } from 'vitest';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import { referenceData } from '../../src/db/reference-data';
import { reportRepository } from '../../src/db/report-repository';
import { changeReportStatus, submitReport, type WriteContext } from '../../src/services/reports';
import { openSqliteDatabase, type SqliteDatabase } from '../../src/db/sqlite-file';
import { conductTags, type ConductTag } from '../../src/domain/conduct/tags';
import { normalizePhone } from '../../src/domain/phone';
import { rescore } from '../../scripts/rescore';
import { migrationsFolder } from '../harness/node';

const HALF_LIFE = 180;
const NOW = Date.parse('2026-06-15T12:00:00Z');

interface Call {
  number: string;
  calledAt: string;
  tags: ConductTag[];
  reporter: string;
  retract?: boolean;
}

// Clients that send UTC (toISOString) were judged by the digits they typed.
const calls: Call[] = [
  { number: '13800138000', calledAt: '2026-06-10T07:00:00Z', tags: ['threats'], reporter: 'a' }, // 15:00 in Beijing
  { number: '13800138000', calledAt: '2026-06-10T15:00:00Z', tags: ['insults'], reporter: 'b' }, // 23:00 in Beijing
  { number: '13800138000', calledAt: '2026-06-11T07:30:00Z', tags: [], reporter: 'c', retract: true },
  { number: '13900139000', calledAt: '2026-06-11T22:30:00+08:00', tags: ['repeated_calls'], reporter: 'a' },
  { number: '+1 212 736 5000', calledAt: '2026-06-12T11:30:00Z', tags: [], reporter: 'd' }, // 07:30 in New York
];

/** What the service stored before reported and derived tags were kept apart: the typed hour decided. */
function legacyTags(call: Call): ConductTag[] {
  const hour = Number(/T(\d{2})/.exec(call.calledAt)![1]);
  // Both the CN (strict) and the US rule made 21:00–08:00 out of hours.
  const late = hour < 8 || hour >= 21;
  return conductTags.filter((tag) => call.tags.includes(tag) || (tag === 'out_of_hours' && late));
}

async function store(database: SqliteDatabase, rows: Call[]) {
  await loadReferenceSeed(database, NOW);
  const ctx: WriteContext = { database, halfLifeDays: HALF_LIFE, reference: referenceData(database), now: NOW };
  let at = Date.parse('2026-06-12T12:00:00Z');
  for (const call of rows) {
    const parsed = normalizePhone(call.number);
    if (!parsed.ok) throw new Error(call.number);
    at += 3_600_000;
    const { id } = await submitReport(
      { ...ctx, now: at },
      {
        number: parsed.number,
        calledAt: { text: call.calledAt, ms: Date.parse(call.calledAt) },
        claimedAgency: null,
        tags: call.tags,
        debtWithClaimedAgency: 'unknown',
        hotlineCheck: 'denied',
        identification: { employeeIdGiven: false, companyNameGiven: false, authorizationLetterGiven: false },
        paymentRequested: 'none',
        comment: null,
      },
      { reporterHash: `reporter-${call.reporter}`, ipHash: `net-${call.reporter}`, reportedAt: at, source: 'live' },
    );
    if (call.retract) await changeReportStatus({ ...ctx, now: at + 60_000 }, (await reportRepository(database.db).find(id))!, 'retracted', { at: at + 60_000 });
  }
}

/** Turns a freshly written database into what the old code would have left behind. */
function makeLegacy(database: SqliteDatabase) {
  const rows = database.client.prepare('select id from reports order by reported_at').all() as { id: string }[];
  rows.forEach(({ id }, i) => {
    database.client.prepare('update reports set tags = ?, reported_tags = null, called_at_offset = null where id = ?').run(JSON.stringify(legacyTags(calls[i]!)), id);
  });
  database.client.exec(`
    delete from number_tags where tag = 'out_of_hours';
    insert into number_tags (number_id, tag, count)
      select number_id, 'out_of_hours', count(*) from reports
      where status = 'visible' and tags like '%"out_of_hours"%' group by number_id;
    update number_stats set tags = json_remove(tags, '$.out_of_hours');
    update number_stats set tags = json_set(tags, '$.out_of_hours', (select count(*) from reports r
      where r.number_id = number_stats.number_id and r.status = 'visible' and r.tags like '%"out_of_hours"%'))
      where exists (select 1 from reports r where r.number_id = number_stats.number_id and r.status = 'visible' and r.tags like '%"out_of_hours"%');
  `);
}

function state(database: SqliteDatabase) {
  const all = (sql: string) => database.client.prepare(sql).all() as Record<string, unknown>[];
  return {
    tags: all('select n.key, r.tags, r.status from reports r join numbers n on n.id = r.number_id order by r.reported_at'),
    numberTags: all("select number_id, tag, count from number_tags where count != 0 order by number_id, tag"),
    tagMaps: all("select s.number_id, j.key as tag, j.value as count from number_stats s, json_each(s.tags) j order by s.number_id, j.key"),
    evidence: Object.fromEntries(
      all('select s.number_id, j.key as feature, j.value from number_stats s, json_each(s.evidence) j').map((r) => [`${r.number_id}/${r.feature}`, Math.round(Number(r.value) * 1e9) / 1e9]),
    ),
    snapshots: all('select number_id, verdict, abuse_level from number_stats order by number_id'),
  };
}

describe('npm run rescore re-derives the tags of legacy reports', () => {
  it('leaves a legacy database as if its reports had been written today, and says how many changed', async () => {
    const legacy = openSqliteDatabase(':memory:', { migrationsFolder });
    const fresh = openSqliteDatabase(':memory:', { migrationsFolder });
    try {
      await store(legacy, calls);
      makeLegacy(legacy);
      await store(fresh, calls);
      // The legacy state is really wrong: a 15:00 call counted as out of hours, a 23:00 one not.
      expect(state(legacy).tags).not.toEqual(state(fresh).tags);

      const result = await rescore({ database: legacy, reference: referenceData(legacy) }, { halfLifeDays: HALF_LIFE, now: NOW });
      await rescore({ database: fresh, reference: referenceData(fresh) }, { halfLifeDays: HALF_LIFE, now: NOW });
      // Reports 1, 2 and 5 change; 4 was right (typed in Beijing time); 3 was retracted but is re-tagged too.
      expect(result.retagged).toBe(4);
      expect(state(legacy)).toEqual(state(fresh));
      const reported = legacy.client.prepare('select reported_tags from reports order by reported_at').all() as { reported_tags: string }[];
      expect(reported.map((r) => JSON.parse(r.reported_tags))).toEqual(calls.map((c) => c.tags));

      // Idempotent: nothing left to re-derive.
      expect((await rescore({ database: legacy, reference: referenceData(legacy) }, { halfLifeDays: HALF_LIFE, now: NOW })).retagged).toBe(0);
      expect(state(legacy)).toEqual(state(fresh));
    } finally {
      legacy.close();
      fresh.close();
    }
  });

  it('writes nothing on a dry run', async () => {
    const legacy = openSqliteDatabase(':memory:', { migrationsFolder });
    try {
      await store(legacy, calls);
      makeLegacy(legacy);
      const before = state(legacy);
      const result = await rescore({ database: legacy, reference: referenceData(legacy) }, { halfLifeDays: HALF_LIFE, now: NOW, dryRun: true });
      expect(result.retagged).toBe(4);
      expect(state(legacy)).toEqual(before);
    } finally {
      legacy.close();
    }
  });
});
