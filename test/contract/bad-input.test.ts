import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { newToken, postReport, reportBody } from './report-helpers';

// Whatever arrives, the answer is a problem or a success, never a 500, and what was stored stays.
let h: Harness;
let stored: string;
beforeAll(async () => {
  h = await createHarness();
  const created = await postReport(h, reportBody({ comment: 'the first report' }), newToken());
  stored = created.body.id;
});
afterAll(async () => {
  await h.close();
});

const anyJson = fc.jsonValue({ maxDepth: 3 });
const reportLike = fc.record(
  {
    number: fc.oneof(fc.string(), fc.constantFrom('13800138000', '95188', '+86 10 8888 1234', '０１０-８８８８１２３４'), anyJson),
    called_at: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), anyJson),
    tags: fc.oneof(fc.array(fc.constantFrom('threats', 'insults', 'professional', 'nope')), anyJson),
    identification: fc.oneof(fc.record({ employee_id_given: fc.boolean() }), anyJson),
    payment_requested: fc.oneof(fc.constantFrom('none', 'personal_account', 'later'), anyJson),
    comment: fc.oneof(fc.string({ maxLength: 1200 }), anyJson),
    region: fc.oneof(fc.constantFrom('CN', 'US', 'zz', ''), anyJson),
  },
  { requiredKeys: [] },
);

describe('bad input never makes a 500', () => {
  it('POST /v1/reports with arbitrary JSON answers 2xx or a 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(reportLike, anyJson), async (body) => {
        const res = await h.request('/v1/reports', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-reporter-token': newToken(), ...fromIp('192.0.2.77') },
          body: JSON.stringify(body),
        });
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.headers.get('content-type')).toContain('application/problem+json');
          const problem = await res.json<{ type: string; detail: string }>();
          expect(problem.type).toBeTruthy();
          expect(problem.detail).toBeTruthy();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('GET /v1/numbers/{anything} answers 200 or a 400 problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 80 }), async (input) => {
        const res = await h.request(`/v1/numbers/${encodeURIComponent(input)}?lang=en`, { headers: fromIp('192.0.2.78') });
        expect([200, 400, 404]).toContain(res.status);
        if (res.status !== 200) expect(res.headers.get('content-type')).toContain('application/problem+json');
      }),
      { numRuns: 60 },
    );
  });

  it('leaves what was stored before intact', async () => {
    const list = await h.json('/v1/numbers/13800138000/reports?limit=100');
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(stored);
  });
});
