import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../deps';
import { findDisputeStatus } from '../services/disputes';
import { submitDisputeForm } from './dispute-submission';
import { href, numberPath, pageContext } from './page-context';
import { pageHeaders } from './page-headers';
import { DisputeStatusPage } from './pages/dispute-status';
import { MessagePage } from './pages/message';
import { defaultFormValues } from './report-form-data';
import { lookupOrMessage, renderNumberPage } from './report-pages';
import { page } from './respond';
import { disputeText } from './text/disputes';

/**
 * The dispute form's POST (from a number's page) and the dispute's status page, through the
 * same intake and service as the disputes API. Filing redirects to the status page, whose
 * address is the receipt.
 */
export function disputePages() {
  const web = new Hono<AppEnv>();
  for (const path of ['/n/:number/dispute', '/disputes/:id']) web.use(path, pageHeaders);
  web.use('/n/:number/dispute', csrf());

  web.get('/n/:number/dispute', (c) => c.redirect(`${href(pageContext(c), numberPath(c.req.param('number')))}#dispute`, 303));

  web.post('/n/:number/dispute', async (c) => {
    const ctx = pageContext(c);
    const input = c.req.param('number');
    const outcome = await submitDisputeForm(c, input, ctx.t);
    if (outcome.ok) return c.redirect(href(ctx, `/disputes/${encodeURIComponent(outcome.id)}`, { msg: 'filed' }), 303);
    const found = await lookupOrMessage(c, ctx, input);
    if (found instanceof Response) return found;
    const report = { values: defaultFormValues(c.var.deps.clock()) };
    return renderNumberPage(c, ctx, found, report, outcome.httpStatus, { values: outcome.values, errors: outcome.errors });
  });

  web.get('/disputes/:id', async (c) => {
    const ctx = pageContext(c);
    const id = c.req.param('id');
    // The API's own bound on an id: anything longer names no dispute.
    const found = id.length <= 64 ? await findDisputeStatus(c.var.deps.database, id) : null;
    const text = disputeText(ctx.lang);
    if (!found) return page(c, MessagePage({ page: ctx, title: text.statusTitle, message: text.notFound }), 404);
    return page(c, DisputeStatusPage({ page: ctx, dispute: found, filed: c.req.query('msg') === 'filed' }));
  });

  return web;
}
