import { Hono, type Context } from 'hono';
import type { AppEnv } from '../deps';
import { listAgencies } from '../services/agencies';
import { parseNumberOrThrow } from '../http/number-input';
import { canonicalNumber } from './number-display';
import { href, numberPath, pageContext } from './page-context';
import { pageHeaders } from './page-headers';
import { VerifyPage } from './pages/verify';
import { prefilledFormValues, prefillQuery } from './report-form-data';
import { page } from './respond';
import { verifyText } from './text/verify';

const HOTLINE_KINDS = ['lender', 'bank', 'platform'];

/**
 * `/verify`, the guide for a call in progress, and `/verify/report`, where its answers go: to
 * the number's page with the report form filled in, or back to the guide when the number is
 * missing or not a number.
 */
export function verifyPages() {
  const web = new Hono<AppEnv>();
  for (const path of ['/verify', '/verify/report']) web.use(path, pageHeaders);

  const render = async (c: Context<AppEnv>, numberError?: string) => {
    const ctx = pageContext(c);
    const { deps } = c.var;
    const agencies = (await listAgencies(deps.database, undefined, null, 100, ctx.lang)).items;
    const hotlines = agencies.filter((a) => HOTLINE_KINDS.includes(a.kind) && a.official_numbers.length);
    const number = (c.req.query('number') ?? '').trim().slice(0, 64);
    const values = prefilledFormValues(deps.clock(), c.req.queries());
    return page(c, VerifyPage({ page: ctx, hotlines, number, values, numberError }), numberError ? 400 : 200);
  };

  web.get('/verify', (c) => render(c));

  web.get('/verify/report', async (c) => {
    const ctx = pageContext(c);
    const v = verifyText(ctx.lang);
    const input = (c.req.query('number') ?? '').trim().slice(0, 64);
    if (!input) return render(c, v.numberRequired);
    let canonical: string;
    try {
      const number = parseNumberOrThrow(input, 'CN', ctx.lang, 'number');
      canonical = canonicalNumber({ number });
    } catch {
      return render(c, v.numberInvalid);
    }
    const query = prefillQuery(prefilledFormValues(c.var.deps.clock(), c.req.queries()));
    return c.redirect(`${href(ctx, query ? `${numberPath(canonical)}?${query}` : numberPath(canonical))}#report`, 303);
  });

  return web;
}
