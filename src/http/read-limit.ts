import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../deps';
import { ipPrefix, subscriberAddress } from '../security/ip-prefix';
import { enforceRateLimits, rateLimits } from './rate-limit';

const IDENTITY = /^[\x21-\x7e]{16,128}$/;

/**
 * The read limit for lookups and report lists, built for shared addresses: Chinese mobile
 * carriers put thousands of subscribers behind one carrier-grade NAT address, and a person
 * whose phone is ringing must not be refused because a neighbour is busy.
 *
 * - A reader (an `X-Reporter-Token`, or the site's reporter or CSRF cookie: one browser or app)
 *   on one subscriber address gets {@link rateLimits.readsPerReader}.
 * - Readers who send no identity share one bucket per subscriber address, ten times larger.
 * - Everything from one /24 or /48 together has a ceiling a hundred times a reader's, which is
 *   what bounds a scraper that rotates identities.
 *
 * A refused request takes nothing from the shared buckets, so one scraper held at its own
 * limit costs its neighbours nothing. docs/security.md gives the reasoning.
 *
 * @example
 * await enforceReadLimit(c); // before reading a number
 */
export async function enforceReadLimit(c: Context<AppEnv>): Promise<void> {
  const address = c.var.deps.clientAddress(c);
  const subscriber = subscriberAddress(address) ?? 'unknown';
  const reader = readerIdentity(c);
  await enforceRateLimits(c, [
    reader
      ? { bucket: 'read:reader', key: `${subscriber}\n${reader}`, rule: rateLimits.readsPerReader }
      : { bucket: 'read:anonymous', key: subscriber, rule: rateLimits.readsPerAnonymousSubscriber },
    { bucket: 'read:network', key: ipPrefix(address) ?? 'unknown', rule: rateLimits.readsPerNetwork },
  ]);
}

/**
 * Who is reading, as far as the request says: nothing here is authenticated (a client can
 * drop or rotate it), which is why the per-network ceiling exists.
 */
function readerIdentity(c: Context<AppEnv>): string | null {
  const token = c.req.header('x-reporter-token');
  // A browser's reporter cookie holds the same token an app would send: one reader either way.
  if (token && IDENTITY.test(token)) return token;
  const cookies = getCookie(c);
  for (const name of ['__Host-cc_reporter', 'cc_reporter', '__Host-cc_csrf', 'cc_csrf']) {
    const value = cookies[name];
    if (value && IDENTITY.test(value)) return value;
  }
  return null;
}

/**
 * The limit on blocklist reads (downloads and CardDAV requests): per subscription token when the
 * request carries one, else per subscriber address, and per network. Blocklists are large
 * answers, so they have their own buckets instead of drawing on the lookups' (docs/security.md).
 *
 * @example
 * await enforceBlocklistReadLimit(c, book ? token : null);
 */
export async function enforceBlocklistReadLimit(c: Context<AppEnv>, subscriptionToken: string | null): Promise<void> {
  const address = c.var.deps.clientAddress(c);
  await enforceRateLimits(c, [
    subscriptionToken
      ? { bucket: 'blocklist:subscription', key: subscriptionToken, rule: rateLimits.blocklistReadsPerSubscription }
      : { bucket: 'blocklist:anonymous', key: subscriberAddress(address) ?? 'unknown', rule: rateLimits.blocklistReadsPerAnonymousSubscriber },
    { bucket: 'blocklist:network', key: ipPrefix(address) ?? 'unknown', rule: rateLimits.blocklistReadsPerNetwork },
  ]);
}
