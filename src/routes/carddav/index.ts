/**
 * A read-only CardDAV server (RFC 6352) over the blocklist profiles, with sync-collection
 * (RFC 6578) on the change log: discovery, PROPFIND, addressbook-multiget, addressbook-query,
 * sync-collection and GET of single cards (docs/phones.md). Plain Hono routes, so the same code
 * answers WebDAV methods on Node and on Workers.
 */
import { Hono, type Context } from 'hono';
import { BLOCKLIST_PROFILES, blocklistProfile, cardFileName, keyOfCardFileName } from '../../domain/blocklists';
import type { AppEnv } from '../../deps';
import { ProblemError, text } from '../../http/problem';
import { enforceBlocklistReadLimit } from '../../http/read-limit';
import {
  bookChanges,
  bookMembersByKey,
  bookState,
  cardEtag,
  numberCard,
  subscriptionBook,
  type BookRequest,
  type BookState,
} from '../../services/blocklists';
import { DavRequestError } from './errors';
import { matchesFilter } from './filters';
import { DAV, davError, multistatus, type ResponseEntry } from './multistatus';
import { DAV_ROOT, davResource, resourcePath, SUBSCRIPTION_ROOT, type DavResource, type DavTree } from './paths';
import { bookProperties, cardProperties, collectionProperties, propResponse, type DavPaths } from './properties';
import { parseSyncToken, propfindRequest, reportRequest, syncTokenOf, type PropRequest, type ReportRequest } from './requests';

const ALLOW = 'OPTIONS, GET, HEAD, PROPFIND, REPORT';
const MAX_BODY = 2 * 1024 * 1024;
const XML = { 'content-type': 'application/xml; charset=utf-8' };

interface DavRequest {
  c: Context<AppEnv>;
  resource: DavResource;
  subscription: BookRequest | null;
  origin: string;
  paths: DavPaths;
}

export const cardDavRoutes = new Hono<AppEnv>()
  // RFC 6764 discovery. A client that already sends credentials is a subscriber: its tree asks for them.
  .all('/.well-known/carddav', (c) => c.redirect(c.req.header('authorization') ? SUBSCRIPTION_ROOT : DAV_ROOT, 301))
  .all('/dav', handle)
  .all('/dav/*', handle);

async function handle(c: Context<AppEnv>): Promise<Response> {
  const resource = davResource(c.req.path);
  if (!resource) throw new ProblemError(404, 'not-found', text('这里没有通讯录资源。', 'No address book resource here.'));
  const method = c.req.method.toUpperCase();
  if (method === 'OPTIONS') return c.body(null, 200, { dav: '1, 3, addressbook', allow: ALLOW });
  if (!['GET', 'HEAD', 'PROPFIND', 'REPORT'].includes(method)) {
    throw new ProblemError(405, 'method-not-allowed', text('拦截通讯录是只读的。', 'The blocklist address books are read-only.'), {}, { allow: ALLOW });
  }
  const auth = await authenticate(c, resource.tree);
  await enforceBlocklistReadLimit(c, auth?.token ?? null);
  const request: DavRequest = {
    c,
    resource,
    subscription: auth?.book ?? null,
    origin: new URL(c.req.url).origin,
    paths: { principal: resourcePath({ kind: 'principal', tree: resource.tree }), home: resourcePath({ kind: 'home', tree: resource.tree }) },
  };
  try {
    if (method === 'GET' || method === 'HEAD') return await get(request);
    const body = await readBody(c);
    if (method === 'PROPFIND') return await propfind(request, propfindRequest(body));
    return await report(request, reportRequest(body));
  } catch (error) {
    if (!(error instanceof DavRequestError)) throw error;
    if (error.precondition) return c.body(davError(error.precondition, error.message), error.status, XML);
    throw new ProblemError(400, 'validation-error', text(`请求内容无法处理：${error.message}`, error.message));
  }
}

/**
 * PROPFIND's Depth (RFC 4918 §10.2): 0 or 1. `infinity` is refused with the
 * `DAV:propfind-finite-depth` precondition (§9.1); any other value is a 400. An absent Depth is
 * read as 1, not as infinity as the RFC has it: many clients omit it and mean one level
 * (docs/phones.md).
 */
function propfindDepth(header: string | undefined): 0 | 1 {
  const value = header?.trim().toLowerCase();
  if (value === undefined || value === '' || value === '1') return 1;
  if (value === '0') return 0;
  if (value === 'infinity') {
    throw new DavRequestError(403, 'PROPFIND with Depth: infinity is not answered; use Depth 0 or 1.', { ns: DAV, name: 'propfind-finite-depth' });
  }
  throw new ProblemError(
    400,
    'validation-error',
    text(`Depth 请求头只能是 0、1 或 infinity，收到的是“${header!.slice(0, 40)}”。`, `The Depth header is 0, 1 or infinity, not "${header!.slice(0, 40)}".`),
  );
}

async function readBody(c: Context<AppEnv>): Promise<string> {
  if (Number(c.req.header('content-length') ?? 0) > MAX_BODY) throw new ProblemError(413, 'payload-too-large', text('请求体过大。', 'The body is too large.'));
  const body = await c.req.text();
  if (body.length > MAX_BODY) throw new ProblemError(413, 'payload-too-large', text('请求体过大。', 'The body is too large.'));
  return body;
}

/**
 * HTTP Basic with any user name and a subscription token as the password (iOS insists on both).
 * Without credentials the public tree answers with the public profiles; the subscription tree asks.
 */
async function authenticate(c: Context<AppEnv>, tree: DavTree): Promise<{ book: BookRequest; token: string } | null> {
  const header = c.req.header('authorization');
  const challenge = () =>
    new ProblemError(401, 'unauthorized', text('请用订阅令牌作为密码登录（用户名随意）。', 'Sign in with your subscription token as the password (any user name).'), {}, {
      'www-authenticate': 'Basic realm="collector-check blocklists", charset="UTF-8"',
    });
  if (!header) {
    if (tree === SUBSCRIPTION_ROOT) throw challenge();
    return null;
  }
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header);
  if (!match) throw challenge();
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(match[1]!), (ch) => ch.charCodeAt(0)));
  } catch {
    throw challenge();
  }
  const password = decoded.slice(decoded.indexOf(':') + 1).trim();
  const { database, hasher } = c.var.deps;
  const book = password && password.length <= 200 ? await subscriptionBook(database, hasher, password) : null;
  if (!book) throw challenge();
  return { book, token: password };
}

/** The book a request reads: the subscription's own settings on its profile, the public ones elsewhere. */
function bookFor(request: DavRequest, profileId: string): BookRequest | null {
  const profile = blocklistProfile(profileId);
  if (!profile) return null;
  if (request.subscription?.profile.id === profile.id) return request.subscription;
  if (request.resource.tree === SUBSCRIPTION_ROOT) return null;
  return { profile, limit: null, lang: request.c.var.lang };
}

function booksOf(request: DavRequest): { id: string; book: BookRequest }[] {
  if (request.resource.tree === SUBSCRIPTION_ROOT) return request.subscription ? [{ id: request.subscription.profile.id, book: request.subscription }] : [];
  return BLOCKLIST_PROFILES.map((p) => ({ id: p.id, book: bookFor(request, p.id)! }));
}

const notFound = () => new ProblemError(404, 'not-found', text('没有这个通讯录或联系人。', 'No such address book or card.'));

function requireBook(request: DavRequest, profileId: string): BookRequest {
  const book = bookFor(request, profileId);
  if (!book) throw notFound();
  return book;
}

const memo = <T>(load: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};

async function get(request: DavRequest): Promise<Response> {
  const { c, resource } = request;
  if (resource.kind !== 'card') {
    if (resource.kind === 'book') requireBook(request, resource.profile);
    return c.body('collector-check: a read-only CardDAV address book server. Subscribe from a phone or a Fritz!Box (docs/phones.md).\n', 200, {
      'content-type': 'text/plain; charset=utf-8',
      dav: '1, 3, addressbook',
    });
  }
  const book = requireBook(request, resource.profile);
  const key = keyOfCardFileName(resource.file);
  const number = key ? (await bookMembersByKey(c.var.deps.database, book, [key])).get(key) : undefined;
  if (!number) throw notFound();
  const etag = cardEtag(number, book.lang);
  if ((c.req.header('if-none-match') ?? '').split(',').some((t) => t.trim() === etag || t.trim() === '*')) return c.body(null, 304, { etag });
  return c.body(numberCard(number, book.lang, request.origin), 200, {
    'content-type': 'text/vcard; charset=utf-8',
    etag,
    'last-modified': new Date(number.changedAt).toUTCString(),
  });
}

async function propfind(request: DavRequest, props: PropRequest): Promise<Response> {
  const { c, resource, paths } = request;
  const depth = propfindDepth(c.req.header('depth'));
  const entries: ResponseEntry[] = [];
  const database = c.var.deps.database;
  switch (resource.kind) {
    case 'root':
    case 'principal':
    case 'home':
      entries.push(await propResponse(resourcePath(resource), collectionProperties(resource.kind, paths), props));
      if (depth === 1 && resource.kind === 'root') {
        for (const kind of ['principal', 'home'] as const) entries.push(await propResponse(resourcePath({ kind, tree: resource.tree }), collectionProperties(kind, paths), props));
      }
      if (depth === 1 && resource.kind === 'home') {
        for (const { id, book } of booksOf(request)) {
          const state = memo(() => bookState(database, book));
          entries.push(await propResponse(resourcePath({ kind: 'book', tree: resource.tree, profile: id }), bookProperties(book, state, paths), props));
        }
      }
      break;
    case 'book': {
      const book = requireBook(request, resource.profile);
      const state = memo(() => bookState(database, book));
      entries.push(await propResponse(resourcePath(resource), bookProperties(book, state, paths), props));
      if (depth === 1) entries.push(...(await cardEntries(request, resource.profile, book, (await state()).members, props)));
      break;
    }
    case 'card': {
      const book = requireBook(request, resource.profile);
      const key = keyOfCardFileName(resource.file);
      const number = key ? (await bookMembersByKey(database, book, [key])).get(key) : undefined;
      if (!number) throw notFound();
      entries.push(await propResponse(resourcePath(resource), cardProperties(number, book.lang, request.origin), props));
      break;
    }
  }
  return c.body(multistatus(entries), 207, XML);
}

function cardEntries(request: DavRequest, profile: string, book: BookRequest, numbers: readonly BookState['members'][number][], props: PropRequest) {
  return Promise.all(
    numbers.map((n) => propResponse(resourcePath({ kind: 'card', tree: request.resource.tree, profile, file: cardFileName(n.key) }), cardProperties(n, book.lang, request.origin), props)),
  );
}

async function report(request: DavRequest, body: ReportRequest): Promise<Response> {
  const { c, resource } = request;
  if (resource.kind !== 'book') throw new DavRequestError(403, 'Reports are answered on an address book.', { ns: DAV, name: 'supported-report' });
  const book = requireBook(request, resource.profile);
  const database = c.var.deps.database;
  const bookPath = resourcePath(resource);

  if (body.kind === 'multiget') {
    const keyOf = new Map<string, string | null>();
    for (const raw of body.hrefs) {
      let path: string;
      try {
        path = decodeURIComponent(new URL(raw, request.origin).pathname);
      } catch {
        path = '';
      }
      const target = davResource(path);
      keyOf.set(raw, target?.kind === 'card' && target.profile === resource.profile && target.tree === resource.tree ? keyOfCardFileName(target.file) : null);
    }
    const keys = [...new Set([...keyOf.values()].filter((k): k is string => k !== null))];
    const members = await bookMembersByKey(database, book, keys);
    const entries = await Promise.all(
      body.hrefs.map(async (raw) => {
        const number = members.get(keyOf.get(raw) ?? '');
        return number ? { ...(await propResponse(raw, cardProperties(number, book.lang, request.origin), body.props)), href: raw } : { href: raw, status: 404 };
      }),
    );
    return c.body(multistatus(entries), 207, XML);
  }

  if (body.kind === 'query') {
    const { members } = await bookState(database, book);
    const matching = members.filter((n) => matchesFilter(body.filter, numberCard(n, book.lang, request.origin)));
    const limited = body.limit === null ? matching : matching.slice(0, body.limit);
    return c.body(multistatus(await cardEntries(request, resource.profile, book, limited, body.props)), 207, XML);
  }

  // sync-collection: no token is the initial sync (every card); a token gets what changed since.
  if (body.token === '') {
    const state = await bookState(database, book);
    return c.body(multistatus(await cardEntries(request, resource.profile, book, state.members, body.props), syncTokenOf(state.seq)), 207, XML);
  }
  const since = parseSyncToken(body.token);
  const changes = since === null ? null : await bookChanges(database, book, since);
  if (since === null || changes === null || since > changes.state.seq) {
    return c.body(davError({ ns: DAV, name: 'valid-sync-token' }, 'The sync token is not valid here, or too old: sync again without one.'), 403, XML);
  }
  const entries = [
    ...(await cardEntries(request, resource.profile, book, changes.changed, body.props)),
    ...changes.removed.map((n) => ({ href: `${bookPath}${cardFileName(n.key)}`, status: 404 })),
  ];
  return c.body(multistatus(entries, syncTokenOf(changes.state.seq)), 207, XML);
}
