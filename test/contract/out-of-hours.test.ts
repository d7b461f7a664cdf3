import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { newToken, postReport, reportBody } from './report-helpers';

// The harness clock stands at 2026-06-15T12:00:00Z (20:00 in Beijing, 08:00 in New York).
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** Reports a call and answers the tags the stored report counts with. */
async function tagsOf(number: string, calledAt: string, tags: string[] = []): Promise<string[]> {
  const created = await postReport(h, reportBody({ number, called_at: calledAt, tags }), newToken());
  expect(created.status).toBe(201);
  const report = await h.json(`/v1/reports/${created.body.id}`);
  return report.body.tags.map((t: { tag: string }) => t.tag);
}

describe('out_of_hours is judged from the instant of the call where the called number is', () => {
  it.each([
    ['15:00 in Beijing, sent as UTC', '2026-06-15T07:00:00Z', false],
    ['15:00 in Beijing, sent with +08:00', '2026-06-15T15:00:00+08:00', false],
    ['15:00 in Beijing, sent from New York', '2026-06-15T03:00:00-04:00', false],
    ['23:00 in Beijing, sent as UTC', '2026-06-14T15:00:00Z', true],
    ['23:00 in Beijing, sent with +08:00', '2026-06-14T23:00:00+08:00', true],
    ['21:30 in Beijing (the stricter rule)', '2026-06-14T13:30:00.000Z', true],
  ])('a CN mobile called at %s', async (_, calledAt, outOfHours) => {
    expect((await tagsOf('13800138000', calledAt)).includes('out_of_hours')).toBe(outOfHours);
  });

  it.each([
    ['07:30 in New York, sent as UTC', '2026-06-15T11:30:00Z', true],
    ['07:30 in New York, sent with its own offset', '2026-06-15T07:30:00-04:00', true],
    ['07:30 in New York, sent from Beijing', '2026-06-15T19:30:00+08:00', true],
    ['09:30 in New York, sent as UTC', '2026-06-14T13:30:00Z', false],
    ['20:30 in New York', '2026-06-14T20:30:00-04:00', false],
    ['21:15 in New York (Regulation F ends at 21:00)', '2026-06-15T01:15:00Z', true],
  ])('a US number in New York called at %s', async (_, calledAt, outOfHours) => {
    expect((await tagsOf('+1 212 736 5000', calledAt)).includes('out_of_hours')).toBe(outOfHours);
  });

  it('says which tags the service derived and which the reporter chose', async () => {
    const created = await postReport(h, reportBody({ called_at: '2026-06-14T15:00:00Z', tags: ['threats'] }), newToken());
    const report = await h.json(`/v1/reports/${created.body.id}?lang=en`);
    expect(report.body.tags).toEqual([
      { tag: 'out_of_hours', label: 'Out-of-hours call', derived: true },
      { tag: 'threats', label: 'Threats', derived: false },
    ]);
  });

  it('keeps out_of_hours when the reporter chose it, and counts it on the number', async () => {
    expect(await tagsOf('13900139000', '2026-06-15T07:00:00Z', ['out_of_hours', 'threats'])).toEqual(['out_of_hours', 'threats']);
    await tagsOf('13900139000', '2026-06-14T15:00:00Z', ['insults']);
    await tagsOf('13900139000', '2026-06-15T03:00:00Z', ['insults']);
    const lookup = await h.json('/v1/numbers/13900139000?lang=en');
    const counts = Object.fromEntries(lookup.body.tags.map((t: { tag: string; count: number }) => [t.tag, t.count]));
    expect(counts).toMatchObject({ out_of_hours: 2, insults: 2, threats: 1 });
  });
});
