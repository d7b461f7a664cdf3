import { afterEach, describe, expect, it } from 'vitest';
import type { SqliteDatabase } from '../../src/db/sqlite-file';
import { aggregateMismatches } from '../../scripts/soak/aggregate-check';
import { createHarness, fromIp, type Harness } from '../harness/node';
import { newToken, postReport, reportBody } from '../contract/report-helpers';

const TOKEN = 'aggregate-check-admin-token-0123456789abcdef';
let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** The soak's crash rounds trust this check; it must see every kind of drift. */
describe('aggregate check (aggregates = full rescore)', () => {
  it('finds nothing on a database built by the write path, and every corrupted aggregate table', async () => {
    h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
    const client = (h.database as SqliteDatabase).client;
    const ids: string[] = [];
    const tokens: string[] = [];
    for (let i = 0; i < 24; i++) {
      const token = i % 6 === 0 ? 'repeat-reporter-token-01' : newToken();
      const tags = [['threats'], ['professional'], ['insults', 'repeated_calls']][i % 3];
      const res = await postReport(h, reportBody({ number: `1391234560${i % 4}`, tags, claimed_agency: i % 2 ? 'alipay' : '某某资产管理' }), token, `198.51.${i}.7`);
      ids.push(res.body.id);
      tokens.push(token);
      h.clock.advance(17 * 60_000);
    }
    const retracted = await h.request(`/v1/reports/${ids[1]}`, { method: 'DELETE', headers: { ...fromIp('198.51.1.7'), 'x-reporter-token': tokens[1]! } });
    expect(retracted.status).toBe(204);
    const hidden = await h.json(`/v1/admin/reports/${ids[2]}/hide`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: { reason: 'spam' } });
    expect(hidden.status).toBe(200);
    const path = client.name;
    expect(await aggregateMismatches(path, 180)).toEqual([]);

    const corruptions: [string, string][] = [
      ['number_stats.evidence', "update number_stats set evidence = json_set(evidence, '$.voices', json_extract(evidence, '$.voices') * 1.01) where number_id = (select min(number_id) from number_stats)"],
      ['block_stats', "update block_stats set evidence = json_set(evidence, '$.voices', json_extract(evidence, '$.voices') + 0.5) where rowid = (select min(rowid) from block_stats)"],
      ['reports.weight', "update reports set weight = weight / 2 where id = (select min(id) from reports where status = 'visible')"],
      ['number_stats.counts', 'update number_stats set reporters = reporters + 1 where number_id = (select max(number_id) from number_stats)'],
      ['number_stats.daily', `update number_stats set daily = json_set(daily, '$."2020-01-01"', 3) where number_id = (select min(number_id) from number_stats)`],
      ['number_stats.tags', "update number_stats set tags = json_set(tags, '$.threats', 99) where number_id = (select min(number_id) from number_stats)"],
      ['number_stats.claims', "update number_stats set claims = '{}' where number_id = (select min(number_id) from number_stats)"],
      ['number_tags', 'update number_tags set count = count - 1 where rowid = (select min(rowid) from number_tags)'],
      ['number_claims', 'delete from number_claims where rowid = (select min(rowid) from number_claims)'],
    ];
    for (const [, sql] of corruptions) expect(client.prepare(sql).run().changes).toBe(1);
    const found = await aggregateMismatches(path, 180);
    for (const [table] of corruptions) expect(found.some((line) => line.startsWith(`${table} `)), table).toBe(true);
  });
});
