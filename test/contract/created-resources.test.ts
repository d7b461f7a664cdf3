import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { problemType } from './problem-helpers';
import { newToken, postReport, reportBody } from './report-helpers';

const ADMIN = { authorization: 'Bearer admin-token-for-created-resources' };

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: 'admin-token-for-created-resources' } });
});
afterEach(async () => {
  await h.close();
});

describe('201 Created names what was created', () => {
  it('POST /v1/reports answers Location, and the report is there', async () => {
    const token = newToken();
    const created = await postReport(h, reportBody({ tags: ['threats'], comment: '他说要上门' }), token);
    expect(created.status).toBe(201);
    const location = created.headers.get('location');
    expect(location).toBe(`/v1/reports/${created.body.id}`);

    const fetched = await h.json(`${location}?lang=en`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({ id: created.body.id, comment: '他说要上门', tags: [{ tag: 'threats', label: 'Threats' }] });
    expect(JSON.stringify(fetched.body)).not.toMatch(/token|ip_hash|reporter/);

    // An edit within 24 hours is not a new resource.
    const edited = await postReport(h, reportBody({ tags: ['insults'] }), token);
    expect(edited.status).toBe(200);
    expect(edited.headers.get('location')).toBeNull();
    expect((await h.json(location!)).body.tags.map((t: { tag: string }) => t.tag)).toEqual(['insults']);
  });

  it('a retracted report is gone from its address', async () => {
    const token = newToken();
    const created = await postReport(h, reportBody(), token);
    const location = created.headers.get('location')!;
    const retracted = await h.request(location, { method: 'DELETE', headers: { 'x-reporter-token': token } });
    expect(retracted.status).toBe(204);
    const gone = await h.json(location);
    expect(gone.status).toBe(404);
    expect(gone.body.type).toEqual(problemType('not-found'));
  });

  it('POST /v1/admin/official-numbers answers Location: the number’s lookup, now official', async () => {
    const created = await h.json('/v1/admin/official-numbers', {
      method: 'POST',
      headers: ADMIN,
      body: { number: '021-6888 8888', agency_id: 'icbc', source: 'ICBC Shanghai branch page, https://www.icbc.com.cn' },
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location');
    expect(location).toBe(`/v1/numbers/${encodeURIComponent('+862168888888')}`);
    const lookup = await h.json(location!);
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({ verdict: 'official', official: { agency_id: 'icbc' } });

    const again = await h.json('/v1/admin/official-numbers', {
      method: 'POST',
      headers: ADMIN,
      body: { number: '021-6888 8888', agency_id: 'icbc', source: 'ICBC, https://www.icbc.com.cn' },
    });
    expect(again.status).toBe(200);
    expect(again.headers.get('location')).toBeNull();
  });

  it('an unsupported ?lang= on the admin removal is not a 400', async () => {
    await h.json('/v1/admin/official-numbers', { method: 'POST', headers: ADMIN, body: { number: '021-6888 8888', agency_id: 'icbc', source: 'ICBC, https://www.icbc.com.cn' } });
    const removed = await h.json(`/v1/admin/official-numbers?number=${encodeURIComponent('021-6888 8888')}&lang=fr`, { method: 'DELETE', headers: ADMIN });
    expect(removed.status).toBe(200);
  });
});
