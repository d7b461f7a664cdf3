/**
 * The report fields about the call itself (calls_today, calls_last_7_days, overdue_stage,
 * contacted, threatened): accepted, validated with localized problems, stored, edited,
 * imported and shown in the report and the OpenAPI document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, DEFAULT_NOW, type Harness } from '#harness';
import { problemType } from './problem-helpers';
import { newToken, postReport, reportBody } from './report-helpers';

const ADMIN = 'circumstances-admin-token-0123456789';
let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: ADMIN } });
});
afterEach(async () => {
  await h.close();
});

const circumstances = {
  calls_today: 5,
  calls_last_7_days: 12,
  overdue_stage: 'days_7_30',
  contacted: 'emergency_contact',
  threatened: ['lawsuit', 'lawyer_letter', 'lawsuit'],
};

describe('report circumstance fields', () => {
  it('stores them and shows them on the report, threats once each in their listed order', async () => {
    const res = await postReport(h, reportBody(circumstances), newToken());
    expect(res.status).toBe(201);
    const report = await h.json(`/v1/reports/${res.body.id}?lang=en`);
    expect(report.body).toMatchObject({
      calls_today: 5,
      calls_last_7_days: 12,
      overdue_stage: 'days_7_30',
      contacted: 'emergency_contact',
      threatened: ['lawyer_letter', 'lawsuit'],
    });
  });

  it('leaves them empty when not given', async () => {
    const res = await postReport(h, reportBody(), newToken());
    const report = await h.json(`/v1/reports/${res.body.id}`);
    expect(report.body).toMatchObject({ calls_today: null, calls_last_7_days: null, overdue_stage: null, contacted: null, threatened: [] });
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a negative call count', { calls_today: -1 }, 'calls_today'],
    ['a fractional call count', { calls_last_7_days: 2.5 }, 'calls_last_7_days'],
    ['a call count above the maximum', { calls_today: 201 }, 'calls_today'],
    ['a call count as text', { calls_today: 'many' }, 'calls_today'],
    ['an unknown overdue stage', { overdue_stage: 'a_while' }, 'overdue_stage'],
    ['an unknown contacted party', { contacted: 'neighbour' }, 'contacted'],
    ['an unknown threat', { threatened: ['lawsuit', 'curse'] }, 'threatened.1'],
  ];
  for (const [name, override, path] of invalid) {
    it(`rejects ${name} with a localized problem at ${path}`, async () => {
      const [zh, en] = await Promise.all([
        postReport(h, reportBody(override), newToken()),
        h.json('/v1/reports?lang=en', { method: 'POST', body: reportBody(override), headers: { 'x-reporter-token': newToken() } }),
      ]);
      for (const res of [zh, en]) {
        expect(res.status).toBe(400);
        expect(res.body.type).toEqual(problemType('validation-error'));
        expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      }
      const message = (res: typeof zh) => res.body.errors.find((e: { path: string }) => e.path === path).message as string;
      expect(message(zh)).toMatch(/[\u4e00-\u9fff]/);
      expect(message(en)).toMatch(/^[\x20-\x7e]+$/);
    });
  }

  it('an edit within 24 hours replaces them', async () => {
    const token = newToken();
    const first = await postReport(h, reportBody(circumstances), token);
    const again = await postReport(h, reportBody({ calls_today: 1, threatened: [] }), token);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const report = await h.json(`/v1/reports/${first.body.id}`);
    expect(report.body).toMatchObject({ calls_today: 1, calls_last_7_days: null, overdue_stage: null, contacted: null, threatened: [] });
  });

  it('are part of the import format', async () => {
    const line = {
      ...reportBody({ ...circumstances, number: '13900139000' }),
      external_id: 'circ-1',
      reporter: 'source-reporter-1',
      reported_at: new Date(DEFAULT_NOW - 3_600_000).toISOString(),
      called_at: new Date(DEFAULT_NOW - 7_200_000).toISOString(),
    };
    const bad = { ...line, external_id: 'circ-2', overdue_stage: 'soon' };
    const res = await h.request('/v1/admin/import', {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/x-ndjson' },
      body: `${JSON.stringify(line)}\n${JSON.stringify(bad)}\n`,
    });
    const summary = (await res.json()) as { inserted: number; rejected: number; errors: { line: number; reason: string }[] };
    expect(summary).toMatchObject({ inserted: 1, rejected: 1 });
    expect(summary.errors[0]!.reason).toMatch(/^overdue_stage/);
    const listed = await h.json('/v1/numbers/13900139000/reports');
    expect(listed.body.items[0]).toMatchObject({ calls_today: 5, overdue_stage: 'days_7_30', threatened: ['lawyer_letter', 'lawsuit'] });
  });

  it('are described in the OpenAPI document', async () => {
    const doc = await h.json('/openapi.json');
    const input = doc.body.components.schemas.ReportInput.properties;
    expect(input.overdue_stage.enum ?? input.overdue_stage.anyOf?.[0]?.enum).toContain('no_debt');
    expect(input.threatened.items.enum).toEqual(['lawyer_letter', 'home_visit', 'lawsuit', 'arrest', 'contact_employer', 'contact_family']);
    expect(input.calls_today).toBeDefined();
    expect(doc.body.components.schemas.PublicReport.properties.violations).toBeDefined();
  });
});
