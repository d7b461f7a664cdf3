/**
 * Blocklist downloads and subscriptions (docs/phones.md): the profiles, each as a `.vcf` or
 * `.csv` file, and subscription tokens for the CardDAV address books.
 */
import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { BLOCKLIST_PROFILES, blocklistProfile, type CardLang } from '../../domain/blocklists';
import type { AppEnv } from '../../deps';
import { LangQuery } from '../../http/lang';
import { ProblemError, text } from '../../http/problem';
import { enforceBlocklistReadLimit } from '../../http/read-limit';
import { problemResponseSpec } from '../../http/problem-schema';
import { enforceRateLimits, rateLimits } from '../../http/rate-limit';
import { createRouter } from '../../http/router';
import { subscriberAddress } from '../../security/ip-prefix';
import { DATA_LICENCE, blocklistCsvFile, blocklistVcf, bookState, createSubscription } from '../../services/blocklists';
import { addressBookPath, SUBSCRIPTION_ROOT } from '../carddav/paths';
import { BlocklistFileParam, BlocklistListSchema, LimitQuery, blocklistFile, NewSubscriptionSchema, SubscriptionSchema } from './schemas';

const listRoute = createRoute({
  method: 'get',
  path: '/v1/blocklists',
  tags: ['blocklists'],
  summary: 'The blocklist profiles, with their downloads and address books',
  request: { query: z.object({ lang: LangQuery }) },
  responses: { 200: { description: 'The profiles', content: { 'application/json': { schema: BlocklistListSchema } } } },
});

const fileRoute = createRoute({
  method: 'get',
  path: '/v1/blocklists/{file}',
  tags: ['blocklists'],
  summary: 'A blocklist as vCard 3.0 (importable on Android and iOS) or CSV (for call blockers)',
  description:
    'Most active numbers first. The CSV columns are number,e164,verdict,scam_probability,abuse_level,reports,last_at, ' +
    'reports bucketed (1, 2-4, 5-9, 10-19, 20-49, 50+); lines starting with # before the header give the generation time and licence. ' +
    'X-Generated-At gives the generation time; send If-None-Match with the ETag to get 304 when nothing changed. Official numbers never appear.',
  request: { params: BlocklistFileParam, query: z.object({ limit: LimitQuery, lang: LangQuery }) },
  responses: {
    200: {
      description: 'The file',
      content: { 'text/vcard': { schema: z.string() }, 'text/csv': { schema: z.string() } },
    },
    304: { description: 'Unchanged since the ETag sent in If-None-Match' },
    400: problemResponseSpec('A bad limit'),
    404: problemResponseSpec('No such profile or format; the problem lists the profiles (`profiles`)'),
    429: problemResponseSpec('Too many blocklist reads from this address (Retry-After)'),
  },
});

const subscribeRoute = createRoute({
  method: 'post',
  path: '/v1/subscriptions',
  tags: ['blocklists'],
  summary: 'Get a subscription token for a blocklist address book (CardDAV)',
  description: 'The token is the password of a CardDAV account (any user name); it picks the profile, size limit and language. It is shown once and stored only as a keyed hash.',
  request: { body: { required: true, content: { 'application/json': { schema: NewSubscriptionSchema } } } },
  responses: {
    201: { description: 'The token and what to enter on the device', content: { 'application/json': { schema: SubscriptionSchema } } },
    400: problemResponseSpec('Unknown profile or bad limit'),
    429: problemResponseSpec('Too many subscriptions from this address (Retry-After)'),
  },
});

const origin = (c: Context<AppEnv>) => new URL(c.req.url).origin;

function downloads(c: Context<AppEnv>, profile: string, limit: number | null, lang: CardLang) {
  const query = new URLSearchParams({ ...(limit ? { limit: String(limit) } : {}), lang }).toString();
  return {
    vcf: `${origin(c)}/v1/blocklists/${profile}.vcf?${query}`,
    csv: `${origin(c)}/v1/blocklists/${profile}.csv?${query}`,
  };
}

export const blocklistRoutes = createRouter()
  .openapi(listRoute, (c) => {
    const lang = c.var.lang;
    return c.json(
      {
        items: BLOCKLIST_PROFILES.map((p) => ({
          id: p.id,
          title: p.title[lang],
          description: p.description[lang],
          downloads: downloads(c, p.id, null, lang),
          carddav: `${origin(c)}${addressBookPath(p.id)}`,
        })),
        subscribe: `${origin(c)}/v1/subscriptions`,
        licence: DATA_LICENCE,
      },
      200,
    );
  })
  .openapi(fileRoute, async (c) => {
    const { file } = c.req.valid('param');
    const { limit } = c.req.valid('query');
    await enforceBlocklistReadLimit(c, null);
    const named = blocklistFile(file);
    if (!named) {
      const files = BLOCKLIST_PROFILES.map((p) => `${p.id}.vcf, ${p.id}.csv`).join(', ');
      throw new ProblemError(
        404,
        'not-found',
        text(
          `没有名为“${file}”的拦截名单文件。可用的名单有：${BLOCKLIST_PROFILES.map((p) => `${p.id}（${p.title['zh-CN']}）`).join('、')}；文件为 ${files}（GET /v1/blocklists）。`,
          `No blocklist file "${file}". The profiles are ${BLOCKLIST_PROFILES.map((p) => `${p.id} (${p.title.en})`).join(', ')}; the files are ${files} (GET /v1/blocklists).`,
        ),
        { profiles: BLOCKLIST_PROFILES.map((p) => p.id) },
      );
    }
    const { id, format } = named;
    const profile = blocklistProfile(id)!;
    const lang = c.var.lang;
    const state = await bookState(c.var.deps.database, { profile, limit: limit ?? null });
    // The book's tag and what shapes the file: a 304 costs two reads and no rendering.
    const etag = `"${createHash('sha1').update(`${file}\n${limit ?? ''}\n${lang}\n${state.tag}\n${origin(c)}`).digest('base64url').slice(0, 22)}"`;
    const generatedAt = new Date(c.var.deps.clock()).toISOString();
    const headers = {
      etag,
      'cache-control': 'public, max-age=300',
      'x-generated-at': generatedAt,
      link: `<${DATA_LICENCE.url}>; rel="license"`,
      'access-control-allow-origin': '*',
    };
    const ifNoneMatch = c.req.header('if-none-match') ?? '';
    if (ifNoneMatch.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()))) return c.body(null, 304, headers);
    const name = `collector-check-${id}`;
    if (format === 'vcf') {
      return c.body(blocklistVcf(state.members, lang, origin(c), c.var.deps.clock()), 200, {
        ...headers,
        'content-type': 'text/vcard; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.vcf"`,
      }) as never;
    }
    const comments = [`collector-check blocklist "${id}", generated ${generatedAt}, numbers: ${state.members.length}`, `Data licence: ${DATA_LICENCE.name}, ${DATA_LICENCE.url}`];
    return c.body(blocklistCsvFile(state.members, comments), 200, {
      ...headers,
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${name}.csv"`,
    }) as never;
  })
  .openapi(subscribeRoute, async (c) => {
    const body = c.req.valid('json');
    const { database, hasher, clock, clientAddress } = c.var.deps;
    const subscriber = subscriberAddress(clientAddress(c)) ?? 'unknown';
    await enforceRateLimits(c, [{ bucket: 'subscription:subscriber', key: subscriber, rule: rateLimits.subscriptionsPerSubscriber }]);
    const profile = blocklistProfile(body.profile)!;
    const lang = body.lang ?? 'zh-CN';
    const limit = body.limit ?? null;
    const token = await createSubscription(database, hasher, { profile, limit, lang }, clock());
    return c.json(
      {
        token,
        profile: body.profile,
        limit,
        lang,
        carddav: { server: `${origin(c)}${SUBSCRIPTION_ROOT}`, address_book: `${origin(c)}${addressBookPath(profile.id, SUBSCRIPTION_ROOT)}`, username: 'collector-check', password: token },
        downloads: downloads(c, profile.id, limit, lang),
      },
      201,
    );
  });
