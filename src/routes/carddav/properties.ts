/**
 * The properties each CardDAV resource has (RFC 4918 §15, RFC 5397, RFC 6352 §6–7, RFC 6578 §4,
 * and the calendarserver ctag iOS and Fritz!Box poll), and the answer to a property request:
 * what the resource has under 200, what it lacks under 404.
 */
import type { BlocklistNumber } from '../../db/blocklist-repository';
import { cardName, type CardLang } from '../../domain/blocklists';
import { cardEtag, numberCard, type BookRequest, type BookState } from '../../services/blocklists';
import { CALENDARSERVER, CARDDAV, DAV, element, href, propKey, type PropName, type ResponseEntry } from './multistatus';
import { syncTokenOf, type PropRequest } from './requests';
import { escapeXml } from './xml';

type Getter = () => string | Promise<string>;

/** A resource's properties: name → value getter (values may need a read, so they are computed only when asked). */
export type PropertySet = ReadonlyMap<string, { name: PropName; get: Getter; inAllprop: boolean }>;

function properties(entries: readonly [PropName, Getter, boolean?][]): PropertySet {
  return new Map(entries.map(([name, get, inAllprop = true]) => [propKey(name), { name, get, inAllprop }]));
}

const p = (ns: string, name: string): PropName => ({ ns, name });
const READ_ONLY = () => `<d:privilege><d:read/></d:privilege>`;
const SERVICE = 'collector-check';

export interface DavPaths {
  principal: string;
  home: string;
}

export function collectionProperties(kind: 'root' | 'principal' | 'home', paths: DavPaths): PropertySet {
  return properties([
    [p(DAV, 'resourcetype'), () => (kind === 'principal' ? '<d:collection/><d:principal/>' : '<d:collection/>')],
    [p(DAV, 'displayname'), () => SERVICE],
    [p(DAV, 'current-user-principal'), () => href(paths.principal)],
    [p(DAV, 'principal-URL'), () => href(paths.principal)],
    [p(CARDDAV, 'addressbook-home-set'), () => href(paths.home)],
    [p(DAV, 'current-user-privilege-set'), READ_ONLY],
  ]);
}

const REPORTS = [p(CARDDAV, 'addressbook-multiget'), p(CARDDAV, 'addressbook-query'), p(DAV, 'sync-collection')];

export function bookProperties(book: BookRequest, state: () => Promise<BookState>, paths: DavPaths): PropertySet {
  const lang = book.lang;
  return properties([
    [p(DAV, 'resourcetype'), () => '<d:collection/><card:addressbook/>'],
    [p(DAV, 'displayname'), () => `${book.profile.title[lang]} — ${SERVICE}`],
    [p(CARDDAV, 'addressbook-description'), () => escapeXml(book.profile.description[lang])],
    [p(CALENDARSERVER, 'getctag'), async () => escapeXml((await state()).tag)],
    [p(DAV, 'sync-token'), async () => escapeXml(syncTokenOf((await state()).seq))],
    [p(DAV, 'supported-report-set'), () => REPORTS.map((r) => `<d:supported-report><d:report>${element(r)}</d:report></d:supported-report>`).join('')],
    [p(CARDDAV, 'supported-address-data'), () => '<card:address-data-type content-type="text/vcard" version="3.0"/>'],
    [p(DAV, 'current-user-principal'), () => href(paths.principal)],
    [p(DAV, 'owner'), () => href(paths.principal)],
    [p(DAV, 'current-user-privilege-set'), READ_ONLY],
  ]);
}

export function cardProperties(number: BlocklistNumber, lang: CardLang, origin: string): PropertySet {
  return properties([
    [p(DAV, 'getetag'), () => escapeXml(cardEtag(number, lang))],
    [p(DAV, 'getcontenttype'), () => 'text/vcard; charset=utf-8'],
    [p(DAV, 'resourcetype'), () => ''],
    [p(DAV, 'getlastmodified'), () => new Date(number.changedAt).toUTCString()],
    [p(DAV, 'displayname'), () => escapeXml(cardName({ verdict: number.verdict ?? 'unknown', abuseLevel: number.abuseLevel }, lang))],
    [p(CARDDAV, 'address-data'), () => escapeXml(numberCard(number, lang, origin)), false],
  ]);
}

/** One response entry: the requested properties this resource has, and those it does not. */
export async function propResponse(path: string, set: PropertySet, request: PropRequest): Promise<ResponseEntry> {
  if (request.kind === 'propname') return { href: path, found: [...set.values()].map((v) => [v.name, ''] as const) };
  const wanted = request.kind === 'allprop' ? [...set.values()].filter((v) => v.inAllprop).map((v) => v.name) : request.names;
  const found: [PropName, string][] = [];
  const missing: PropName[] = [];
  for (const name of wanted) {
    const property = set.get(propKey(name));
    if (property) found.push([name, await property.get()]);
    else missing.push(name);
  }
  return { href: path, found, missing };
}
