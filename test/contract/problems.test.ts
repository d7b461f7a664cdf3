import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { problemType } from './problem-helpers';
import { newToken, reportBody } from './report-helpers';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN: 'admin-token-for-problem-tests-0123456789' } });
});
afterAll(async () => {
  await h.close();
});

const ORIGIN = 'https://collector-check.example';
const chinese = /[\u4e00-\u9fff]/;

interface Sent {
  status: number;
  headers: Headers;
  body: { type: string; title: string; status: number; detail: string; errors?: { path: string; message: string }[] };
}

async function send(path: string, init: RequestInit = {}, lang?: 'en' | 'accept-en'): Promise<Sent> {
  const url = new URL(path, ORIGIN);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  const headers = new Headers(init.headers);
  if (lang === 'accept-en') headers.set('accept-language', 'en-GB,en;q=0.9');
  const res = await h.request(url.toString(), { ...init, headers });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...fromIp('192.0.2.50'), ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

// One request per kind of problem, each sent three times: default, ?lang=en, Accept-Language: en.
const cases: [name: string, type: string, status: number, path: string, init: () => RequestInit][] = [
  ['validation (zod)', 'validation-error', 400, '/v1/reports', () => json({ ...reportBody(), tags: ['nope'], mood: 'angry', number: undefined })],
  ['validation (clock)', 'validation-error', 400, '/v1/reports', () => json(reportBody({ called_at: '2030-01-01T00:00:00+08:00' }))],
  ['invalid number', 'invalid-number', 400, '/v1/numbers/12', () => ({})],
  ['malformed JSON', 'malformed-json', 400, '/v1/reports', () => json('{"number": ')],
  ['payload too large', 'payload-too-large', 413, '/v1/reports', () => json({ ...reportBody(), comment: 'x'.repeat(70_000) })],
  ['unsupported media type', 'unsupported-media-type', 415, '/v1/reports', () => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' })],
  ['not found', 'not-found', 404, '/v1/agencies/no-such-agency', () => ({})],
  ['unknown path', 'not-found', 404, '/v1/nothing-here', () => ({})],
  ['method not allowed', 'method-not-allowed', 405, '/v1/tags', () => ({ method: 'PUT' })],
  ['reporter token missing', 'unauthorized', 401, '/v1/reports/r_x', () => ({ method: 'DELETE' })],
  ['admin token missing', 'unauthorized', 401, '/v1/admin/audit', () => ({})],
  ['bad cursor', 'validation-error', 400, '/v1/agencies?cursor=@@@', () => ({})],
];

describe('problems speak the person’s language', () => {
  it.each(cases)('%s: Chinese by default, English by ?lang=en or Accept-Language; type and status stay', async (_, type, status, path, init) => {
    const zh = await send(path, init());
    const en = await send(path, init(), 'en');
    const accepted = await send(path, init(), 'accept-en');
    for (const res of [zh, en, accepted]) {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ type: `${ORIGIN}/problems/${type}`, status });
      expect(res.headers.get('vary')).toMatch(/accept-language/i);
    }
    const texts = (res: Sent) => [res.body.title, res.body.detail, ...(res.body.errors ?? []).map((e) => e.message)];
    for (const text of texts(zh)) expect(text).toMatch(chinese);
    for (const text of [...texts(en), ...texts(accepted)]) expect(text).not.toMatch(chinese);
    expect(zh.headers.get('content-language')).toBe('zh-CN');
    expect(en.headers.get('content-language')).toBe('en');
    expect(en.body.errors?.map((e) => e.path)).toEqual(zh.body.errors?.map((e) => e.path));
  });

  it('names each failed field in both languages', async () => {
    const body = { ...reportBody(), tags: ['nope'], mood: 'angry', number: undefined };
    const zh = await send('/v1/reports', json(body));
    const en = await send('/v1/reports', json(body), 'en');
    expect(Object.fromEntries(zh.body.errors!.map((e) => [e.path, e.message]))).toEqual({ number: '必填。', 'tags.0': expect.stringContaining('必须是以下之一'), mood: '未知字段。' });
    expect(Object.fromEntries(en.body.errors!.map((e) => [e.path, e.message]))).toEqual({ number: 'Required.', 'tags.0': expect.stringContaining('Must be one of'), mood: 'Unknown field.' });
  });

  it('answers 429 in the person’s language too', async () => {
    const token = newToken('limited');
    let last: Sent | undefined;
    for (let i = 0; i < 40 && last?.status !== 429; i++) {
      last = await send('/v1/reports', json(reportBody({ number: `1390013${String(8000 + i)}` }), { 'x-reporter-token': token }));
    }
    expect(last!.status).toBe(429);
    expect(last!.body.type).toBe(`${ORIGIN}/problems/rate-limited`);
    expect(last!.body.detail).toMatch(chinese);
    const en = await send('/v1/reports', json(reportBody({ number: '13900139999' }), { 'x-reporter-token': token }), 'en');
    expect(en.status).toBe(429);
    expect(en.body.detail).toMatch(/try again in \d+ seconds?/);
  });

  it('builds the type URI from the origin the request came to', async () => {
    const res = await h.json('/v1/agencies/nope');
    expect(res.body.type).toEqual(problemType('not-found'));
    expect(res.body.type).toMatch(/^http:\/\/localhost(:\d+)?\/problems\/not-found$/);
  });
});

describe('GET /problems/{name}', () => {
  it('explains every type the API answers with, in both languages', async () => {
    const seen = new Set<string>();
    for (const [, , , path, init] of cases) seen.add(new URL((await send(path, init())).body.type).pathname);
    expect(seen.size).toBeGreaterThanOrEqual(8);
    for (const path of seen) {
      const zh = await h.request(path);
      expect(zh.status).toBe(200);
      expect(zh.headers.get('content-type')).toContain('text/html');
      const zhPage = await zh.text();
      expect(zhPage).toMatch(chinese);
      expect(zhPage).toContain('<html lang="zh-CN">');
      const en = await h.request(`${path}?lang=en`);
      const enPage = await en.text();
      expect(enPage).toContain('<html lang="en">');
      // The title the problem carries is the page's heading.
      const problem = await send(cases.find(([, type]) => path.endsWith(`/${type}`))![3], cases.find(([, type]) => path.endsWith(`/${type}`))![4](), 'en');
      expect(enPage).toContain(`<h1>${problem.body.title}</h1>`);
    }
  });

  it('lists all types at /problems and answers 404 for an unknown one', async () => {
    const index = await h.request('/problems?lang=en');
    expect(index.status).toBe(200);
    const page = await index.text();
    for (const name of ['validation-error', 'invalid-number', 'rate-limited', 'payload-too-large']) expect(page).toContain(`/problems/${name}`);
    const unknown = await h.json('/problems/no-such-problem');
    expect(unknown.status).toBe(404);
    expect(unknown.body.type).toEqual(problemType('not-found'));
  });
});
