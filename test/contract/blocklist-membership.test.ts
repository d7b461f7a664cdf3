/**
 * A limited book's single cards agree with its list, ties and unscored numbers included, on
 * both runtimes: every card the list holds answers 200, every other one 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { createHarness, type Harness } from '#harness';
import { bind, statement } from '../../src/db/database';

let h: Harness;
const numbers: [id: number, key: string, activity: number | null][] = [
  [1, '+8617000000001', 2],
  [2, '+8617000000002', 2],
  [3, '+8617000000003', null],
  [4, '+8617000000004', 5],
  [5, '+8617000000005', 1],
  [6, '+8617000000006', null],
];
const insertNumber = statement("insert into numbers (id, key, e164, region, type, block_key, created_at) values (?, ?, ?, 'CN', 'mobile', ?, 0)");
const insertStats = statement(
  "insert into number_stats (number_id, reports_total, reporters, verdict, scam_probability, abuse_level, activity, scored_at, updated_at) values (?, 3, 3, 'likely_scam', 0.95, 'low', ?, 0, 0)",
);

beforeAll(async () => {
  h = await createHarness();
  await h.database.atomic(numbers.flatMap(([id, key, activity]) => [bind(insertNumber, [id, key, key, key.slice(0, -2)]), bind(insertStats, [id, activity])]));
});
afterAll(async () => {
  await h.close();
});

describe('a limited book', () => {
  it('serves exactly the cards its list holds, in activity order with ties by id and unscored last', async () => {
    const full = parseCsv(await (await h.request('/v1/blocklists/scam.csv')).text(), { columns: true, comment: '#' }) as { e164: string }[];
    expect(full.map((r) => r.e164)).toEqual(['+8617000000004', '+8617000000001', '+8617000000002', '+8617000000005', '+8617000000003', '+8617000000006']);
    for (let limit = 1; limit <= numbers.length + 1; limit++) {
      const { token } = (await h.json('/v1/subscriptions', { method: 'POST', body: { profile: 'scam', limit } })).body as { token: string };
      const authorization = `Basic ${btoa(`x:${token}`)}`;
      const held = full.slice(0, limit).map((r) => r.e164);
      for (const [, key] of numbers) {
        const res = await h.request(`/dav/subscription/books/scam/${key.slice(1)}.vcf`, { headers: { authorization } });
        expect(res.status, `${key} with limit ${limit}`).toBe(held.includes(key) ? 200 : 404);
      }
    }
  });
});
