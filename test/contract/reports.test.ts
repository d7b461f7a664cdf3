import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { newToken, postReport, reportBody } from './report-helpers';
import { problemType } from './problem-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('POST /v1/reports validation', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['missing number', { number: undefined }, 'number'],
    ['called_at without offset', { called_at: '2026-06-15 10:00' }, 'called_at'],
    ['called_at in the future', { called_at: '2026-06-15T12:10:00+00:00' }, 'called_at'],
    ['called_at older than 365 days', { called_at: '2025-06-01T10:00:00+08:00' }, 'called_at'],
    ['unknown tag', { tags: ['repeated_calls', 'rude_music'] }, 'tags.1'],
    ['unknown field', { mood: 'angry' }, 'mood'],
    ['unknown identification field', { identification: { badge_shown: true } }, 'identification.badge_shown'],
    ['bad debt answer', { debt_with_claimed_agency: 'maybe' }, 'debt_with_claimed_agency'],
    ['bad hotline check', { hotline_check: 'called' }, 'hotline_check'],
    ['bad payment kind', { payment_requested: 'bitcoin' }, 'payment_requested'],
    ['identification not boolean', { identification: { employee_id_given: 'yes' } }, 'identification.employee_id_given'],
    ['comment over 1000 characters', { comment: 'x'.repeat(1001) }, 'comment'],
    ['bad region', { region: 'China' }, 'region'],
  ];
  for (const [name, override, path] of cases) {
    it(`rejects ${name} with a problem naming ${path}`, async () => {
      const res = await postReport(h, reportBody(override), newToken());
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ type: problemType('validation-error'), status: 400 });
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    });
  }

  it('accepts a call 4 minutes ahead of the clock (phone clock skew)', async () => {
    const res = await postReport(h, reportBody({ called_at: '2026-06-15T12:04:00+00:00' }), newToken());
    expect(res.status).toBe(201);
  });

  it('answers an implausible number with invalid-number', async () => {
    for (const number of ['12', 'hello', '+86 138 0013 8000 1234 5678']) {
      const res = await postReport(h, reportBody({ number }), newToken());
      expect(res.status, number).toBe(400);
      expect(res.body.type).toEqual(problemType('invalid-number'));
      expect(res.body.errors[0].path).toBe('number');
    }
  });

  it('rejects a reporter token of the wrong length', async () => {
    const res = await postReport(h, reportBody(), 'short');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('header.x-reporter-token');
  });

  it('answers malformed JSON, form data and a 1 MB body with problems, storing nothing', async () => {
    const malformed = await h.request('/v1/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"number": ' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json<{ type: string }>()).type).toEqual(problemType('malformed-json'));

    const form = new FormData();
    form.set('number', '13800138000');
    const unsupported = await h.request('/v1/reports', { method: 'POST', body: form });
    expect(unsupported.status).toBe(415);
    expect(unsupported.headers.get('content-type')).toContain('application/problem+json');

    const huge = await h.request('/v1/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(reportBody({ comment: 'x'.repeat(1024 * 1024) })),
    });
    expect(huge.status).toBe(413);
    expect((await huge.json<{ type: string }>()).type).toEqual(problemType('payload-too-large'));

    const lookup = await h.json('/v1/numbers/13800138000');
    expect(lookup.body.reports.total).toBe(0);
  });
});

describe('POST /v1/reports', () => {
  it('stores a report, issues a token when none is sent, and answers with the number', async () => {
    const res = await postReport(h, reportBody({ number: '+86 138-0013-8000' }), null);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'created', number: { key: '+8613800138000', e164: '+8613800138000', type: 'mobile' } });
    expect(res.body.id).toMatch(/^r_/);
    expect(res.body.reporter_token).toMatch(/^[0-9a-f]{48}$/);
    const withToken = await postReport(h, reportBody({ number: '010-88881234' }), newToken());
    expect(withToken.body.reporter_token).toBeUndefined();
  });

  it('updates the same reporter\'s report within 24 hours instead of adding one', async () => {
    const token = newToken();
    const first = await postReport(h, reportBody({ tags: ['threats'] }), token);
    h.clock.advance(3 * 3_600_000);
    const second = await postReport(h, reportBody({ tags: ['insults'] }), token);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, status: 'updated' });
    const lookup = await h.json('/v1/numbers/13800138000');
    expect(lookup.body.reports).toMatchObject({ total: 1, reporters: 1 });
    expect(lookup.body.tags.map((t: { tag: string }) => t.tag)).toEqual(['insults']);
  });

  it('adds a new report after 24 hours, but the reporter still counts once', async () => {
    const token = newToken();
    const first = await postReport(h, reportBody(), token);
    h.clock.advance(25 * 3_600_000);
    const second = await postReport(h, reportBody({ called_at: new Date(h.clock.now() - 60_000).toISOString() }), token);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    const lookup = await h.json('/v1/numbers/13800138000');
    expect(lookup.body.reports).toMatchObject({ total: 2, reporters: 1 });
  });

  it('resolves claimed agencies through aliases and groups unknown names by normalized form', async () => {
    await postReport(h, reportBody({ claimed_agency: '蚂蚁' }), newToken());
    await postReport(h, reportBody({ claimed_agency: 'Alipay' }), newToken());
    await postReport(h, reportBody({ claimed_agency: '某某资产管理' }), newToken());
    await postReport(h, reportBody({ claimed_agency: '某某资产管理 催收部' }), newToken());
    const { body } = await h.json('/v1/numbers/13800138000?lang=en');
    expect(body.claimed_agencies).toEqual([
      { agency_id: 'alipay', name: 'Alipay (Ant Group: Huabei, Jiebei)', reports: 2, share: 0.5 },
      { agency_id: null, name: '某某资产管理', reports: 2, share: 0.5 },
    ]);
  });

  it('derives out_of_hours from the call time in the reporter\'s offset', async () => {
    await postReport(h, reportBody({ tags: [], called_at: '2026-06-14T23:30:00+08:00' }), newToken());
    await postReport(h, reportBody({ tags: [], called_at: '2026-06-14T10:30:00+08:00' }), newToken());
    const { body } = await h.json('/v1/numbers/13800138000');
    expect(body.tags).toEqual([{ tag: 'out_of_hours', label: '非正常时间来电', count: 1 }]);
  });

  it('answers 429 with Retry-After when one reporter posts too fast', async () => {
    const token = newToken();
    let last: { status: number; headers: Headers; body: { type: string } } | undefined;
    for (let i = 0; i < 31; i++) {
      last = await postReport(h, reportBody({ number: `1380013${String(8000 + i).padStart(4, '0')}` }), token);
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.body.type).toEqual(problemType('rate-limited'));
  });
});

describe('DELETE /v1/reports/{id}', () => {
  it('lets only the author retract, and removes the report\'s effect', async () => {
    const author = newToken();
    const created = await postReport(h, reportBody({ tags: ['threats'] }), author);
    await postReport(h, reportBody({ tags: ['insults'] }), newToken());
    const before = await h.json('/v1/numbers/13800138000');
    expect(before.body.reports.total).toBe(2);

    const path = `/v1/reports/${created.body.id}`;
    expect((await h.json(path, { method: 'DELETE' })).status).toBe(401);
    expect((await h.json(path, { method: 'DELETE', headers: { 'x-reporter-token': newToken() } })).status).toBe(403);
    const retracted = await h.request(path, { method: 'DELETE', headers: { 'x-reporter-token': author } });
    expect(retracted.status).toBe(204);
    expect((await h.json(path, { method: 'DELETE', headers: { 'x-reporter-token': author } })).status).toBe(404);

    const after = await h.json('/v1/numbers/13800138000');
    expect(after.body.reports).toMatchObject({ total: 1, reporters: 1 });
    expect(after.body.tags.map((t: { tag: string }) => t.tag)).not.toContain('threats');
    const list = await h.json('/v1/numbers/13800138000/reports');
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(created.body.id);
  });

  it('answers 404 for a report that does not exist', async () => {
    const res = await h.json('/v1/reports/r_nothing', { method: 'DELETE', headers: { 'x-reporter-token': newToken() } });
    expect(res.status).toBe(404);
    expect(res.body.type).toEqual(problemType('not-found'));
  });
});

describe('GET /v1/numbers/{number}/reports', () => {
  it('pages newest first with an opaque cursor, without reporter identities', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await postReport(h, reportBody({ comment: `report ${i}` }), newToken(), `203.0.113.${i}`);
      ids.push(res.body.id);
      h.clock.advance(60_000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Record<string, unknown>[]; next_cursor: string | null } } = await h.json(
        `/v1/numbers/138-0013-8000/reports?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      for (const item of page.body.items) {
        expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['reporter_id']));
        expect(JSON.stringify(item)).not.toMatch(/token|ip_hash|reporter/i);
        seen.push(item.id as string);
      }
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it('masks other phone numbers, ID and bank-card numbers and e-mail addresses in comments', async () => {
    const comment = '他说打 13912345678 或 010-66668888，身份证 110101199003071234，卡号 6222021234567890128，邮箱 zhang.san@example.com；来电 13800138000';
    await postReport(h, reportBody({ comment }), newToken());
    const { body } = await h.json('/v1/numbers/13800138000/reports');
    const stored = body.items[0].comment as string;
    expect(stored).not.toContain('13912345678');
    expect(stored).not.toContain('66668888');
    expect(stored).not.toContain('110101199003071234');
    expect(stored).not.toContain('6222021234567890128');
    expect(stored).not.toContain('zhang.san@example.com');
    expect(stored).toContain('13800138000');
    expect(stored).toContain('@example.com');
  });
});

describe('CORS', () => {
  it('allows cross-origin writes only from ALLOWED_ORIGINS', async () => {
    const h2 = await createHarness({ env: { ALLOWED_ORIGINS: 'https://partner.example' } });
    const preflight = (origin: string) =>
      h2.request('/v1/reports', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://partner.example')).headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const read = await h2.request('/v1/numbers/95188', { headers: { origin: 'https://evil.example', ...fromIp('192.0.2.1') } });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    await h2.close();
  });
});
