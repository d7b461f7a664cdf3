/**
 * The report form calls the API's own intake: its validation messages come back in the
 * page's language (Accept-Language, or `?lang=` over it) and sit next to the field they name.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';

const NUMBER = '+8613800138000';
/** The checkCallTime rule's message for a call time ahead of the clock, in both languages. */
const futureMessage = { 'zh-CN': '来电时间不能晚于现在。', en: 'The call time is in the future.' };

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** Opens the number page for its CSRF token and cookie, then posts a call time a day ahead. */
async function submitFuture(query: string, headers: Record<string, string>) {
  const first = await h.request(`http://site.test/n/${NUMBER}${query}`, { headers });
  const csrf = /name="csrf" value="([^"]+)"/.exec(await first.text())![1]!;
  const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return h.request(`http://site.test/n/${NUMBER}/report${query}`, {
    method: 'POST',
    headers: { ...headers, origin: 'http://site.test', cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, called_at: '2026-06-16T20:00', tz_offset: '+08:00' }),
  });
}

describe('report form → report intake', () => {
  it('Accept-Language zh-CN: the Chinese message under its field', async () => {
    const res = await submitFuture('', { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(res.status).toBe(400);
    const html = await res.text();
    const field = /<div class="row" data-field="called_at">([\s\S]*?)<\/div>/.exec(html)![1]!;
    expect(field).toContain(`<p class="field-error" id="f-called_at-error">${futureMessage['zh-CN']}</p>`);
    expect(html).toContain('<a href="#f-called_at">来电时间</a>：');
  });

  it('?lang=en wins over a browser that prefers Chinese', async () => {
    const res = await submitFuture('?lang=en', { 'accept-language': 'zh-CN' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(`id="f-called_at-error">${futureMessage.en}</p>`);
  });

  it('page.js gets each message with its field and label, in the page language', async () => {
    const res = await submitFuture('', { accept: 'application/json' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      errors: [{ field: 'called_at', label: '来电时间', message: futureMessage['zh-CN'] }],
    });
  });
});
