import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReferenceSeed } from '../../src/db/reference-seed';
import { openSqliteDatabase } from '../../src/db/sqlite-file';
import { referenceData } from '../../src/db/reference-data';
import { refreshStaleSnapshots } from '../../src/services/score-snapshots';
import { migrationsFolder } from '../harness/node';

const NOW = Date.parse('2026-06-15T12:00:00Z');

/** The migrations folder as it was before `tag` (the journal cut there). */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'collector-check-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  for (const entry of entries) copyFileSync(join(migrationsFolder, `${entry.tag}.sql`), join(dir, `${entry.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

describe('upgrading a database written before reported tags, trending activity and bilingual sources', () => {
  it('keeps its rows, marks them for re-derivation and re-scoring, and reloads the reference data', async () => {
    const oldMigrations = migrationsBefore('0003_reported_tags_and_call_offset');
    const dir = mkdtempSync(join(tmpdir(), 'collector-check-upgrade-'));
    const path = join(dir, 'old.db');
    try {
      const old = openSqliteDatabase(path, { migrationsFolder: oldMigrations });
      old.client.exec(`
        insert into agencies (id, kind, name_zh, name_en) values ('alipay', 'platform', '支付宝', 'Alipay');
        insert into agency_aliases (normalized, alias, agency_id) values ('aliapy', 'aliapy', 'alipay');
        insert into numbers (id, key, e164, region, type, block_key, created_at) values (1, '+8613800138000', '+8613800138000', 'CN', 'mobile', '+86138001380', ${NOW});
        insert into reporters (id, token_hash, first_seen_at) values (1, 'h', ${NOW});
        insert into reports (id, number_id, reporter_id, called_at, reported_at, updated_at, tags)
          values ('r_old', 1, 1, ${Date.parse('2026-06-15T07:00:00Z')}, ${NOW}, ${NOW}, '["out_of_hours"]');
        insert into number_stats (number_id, reports_total, reporters, verdict, scam_probability, abuse_level, scored_at, updated_at)
          values (1, 1, 1, 'unknown', 0.5, 'low', ${NOW}, ${NOW});
        insert into number_evidence (number_id, feature, value) values (1, 'voices', 1);
      `);
      old.close();

      const upgraded = openSqliteDatabase(path, { migrationsFolder });
      try {
        const report = upgraded.client.prepare("select tags, reported_tags, called_at_offset from reports where id = 'r_old'").get();
        expect(report).toEqual({ tags: '["out_of_hours"]', reported_tags: null, called_at_offset: null });
        expect(upgraded.client.prepare('select scored_at, activity from number_stats').get()).toEqual({ scored_at: null, activity: null });
        // The change log starts with every number already scored, so its cards get an ETag and a place in the first sync.
        expect(upgraded.client.prepare('select number_id, at from number_changes').all()).toEqual([{ number_id: 1, at: NOW }]);

        await loadReferenceSeed(upgraded, NOW);
        expect(upgraded.client.prepare("select listed from agency_aliases where normalized = 'aliapy'").get()).toEqual({ listed: 0 });
        expect(upgraded.client.prepare("select source_zh from official_numbers where number_key = 'CN:95188'").get()).toMatchObject({
          source_zh: expect.stringContaining('支付宝'),
        });

        // The snapshot refresh picks the unscored snapshot up first and gives it an activity.
        expect(await refreshStaleSnapshots({ database: upgraded, reference: referenceData(upgraded), halfLifeDays: 180 }, NOW)).toBe(1);
        const stats = upgraded.client.prepare('select scored_at, activity from number_stats').get() as { scored_at: number; activity: number };
        expect(stats.scored_at).toBe(NOW);
        expect(stats.activity).toBeGreaterThan(0);
      } finally {
        upgraded.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(oldMigrations, { recursive: true, force: true });
    }
  });
});
