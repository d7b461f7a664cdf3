/**
 * The number page reads what the API would, and nothing more: the statements of one lookup
 * plus those of the report list, measured on the API's own routes on this runtime.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { newToken, postReport, reportBody } from './report-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** Statements one request sends to the database. */
async function statementsOf(path: string): Promise<number> {
  h.queries.reset();
  const res = await h.request(path, { headers: fromIp('192.0.2.60') });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
  return h.queries.count();
}

describe('pages read through the services', () => {
  it('/n/{number} costs one lookup plus the report list', async () => {
    for (let i = 0; i < 3; i++) await postReport(h, reportBody(), newToken(), `10.${i}.0.1`);
    // Warm the per-process reference data and the hash key, as any running server has them.
    await statementsOf('/v1/numbers/13800138000');
    const lookup = await statementsOf('/v1/numbers/13800138000');
    const reports = await statementsOf('/v1/numbers/13800138000/reports?limit=10');
    const page = await statementsOf('/n/+8613800138000');
    // The page takes the read limit once where the two API calls take it twice (on D1 its read and write).
    const limiter = h.runtime === 'node' ? 0 : 2;
    expect(page).toBe(lookup + reports - limiter);
    // On Node the rate limiter lives in memory: one read for the lookup, two for the list.
    if (h.runtime === 'node') expect(page).toBe(3);
  });

  it('/embed costs the same', async () => {
    await statementsOf('/v1/numbers/13800138000');
    const lookup = await statementsOf('/v1/numbers/13800138000');
    const reports = await statementsOf('/v1/numbers/13800138000/reports?limit=3');
    expect(await statementsOf('/embed?number=13800138000')).toBe(lookup + reports - (h.runtime === 'node' ? 0 : 2));
  });
});
