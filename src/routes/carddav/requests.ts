/**
 * What a PROPFIND or REPORT body asks for, read from its XML (RFC 4918 §9.1, RFC 6352 §8.6–8.7,
 * RFC 6578 §3.2). Bodies the service cannot answer are refused with the status and precondition
 * the RFCs name, never guessed at.
 */
import { DavRequestError } from './errors';
import { cardFilter, type CardFilter } from './filters';
import { CARDDAV, DAV, type PropName } from './multistatus';
import { child, parseXml, XmlError, type XmlElement } from './xml';

export { DavRequestError };

export type PropRequest = { kind: 'allprop' } | { kind: 'propname' } | { kind: 'prop'; names: PropName[] };

export type ReportRequest =
  | { kind: 'multiget'; props: PropRequest; hrefs: string[] }
  | { kind: 'query'; props: PropRequest; filter: CardFilter; limit: number | null }
  | { kind: 'sync'; props: PropRequest; token: string; level: string };

function parse(body: string): XmlElement {
  try {
    return parseXml(body);
  } catch (error) {
    if (error instanceof XmlError) throw new DavRequestError(400, `The body is not well-formed XML: ${error.message}.`);
    throw error;
  }
}

function props(parent: XmlElement): PropRequest {
  if (child(parent, DAV, 'allprop')) return { kind: 'allprop' };
  if (child(parent, DAV, 'propname')) return { kind: 'propname' };
  const prop = child(parent, DAV, 'prop');
  if (!prop) return { kind: 'allprop' };
  return { kind: 'prop', names: prop.children.map((c) => ({ ns: c.ns, name: c.name })) };
}

/**
 * @example
 * propfindRequest('') // { kind: 'allprop' }
 */
export function propfindRequest(body: string): PropRequest {
  if (!body.trim()) return { kind: 'allprop' };
  const root = parse(body);
  if (root.ns !== DAV || root.name !== 'propfind') throw new DavRequestError(400, 'A PROPFIND body is a DAV:propfind element.');
  return props(root);
}

export function reportRequest(body: string): ReportRequest {
  if (!body.trim()) throw new DavRequestError(400, 'A REPORT needs a body.');
  const root = parse(body);
  if (root.ns === CARDDAV && root.name === 'addressbook-multiget') {
    const hrefs = root.children.filter((c) => c.ns === DAV && c.name === 'href').map((c) => c.text.trim());
    return { kind: 'multiget', props: props(root), hrefs };
  }
  if (root.ns === CARDDAV && root.name === 'addressbook-query') {
    const limit = child(root, CARDDAV, 'limit');
    const nresults = limit ? Number(child(limit, CARDDAV, 'nresults')?.text.trim()) : NaN;
    return { kind: 'query', props: props(root), filter: cardFilter(child(root, CARDDAV, 'filter')), limit: Number.isInteger(nresults) && nresults > 0 ? nresults : null };
  }
  if (root.ns === DAV && root.name === 'sync-collection') {
    const level = child(root, DAV, 'sync-level')?.text.trim() || '1';
    if (level !== '1') throw new DavRequestError(403, 'Address books hold no collections: only sync-level 1 is supported.', { ns: DAV, name: 'supported-sync-level' } as PropName);
    return { kind: 'sync', props: props(root), token: child(root, DAV, 'sync-token')?.text.trim() ?? '', level };
  }
  throw new DavRequestError(403, `Unsupported report ${root.name}.`, { ns: DAV, name: 'supported-report' });
}

/** A sync token is `data:,<sequence number>`; null when the text is not one. */
export function parseSyncToken(token: string): number | null {
  const match = /^data:,(\d{1,15})$/.exec(token);
  return match ? Number(match[1]) : null;
}

export const syncTokenOf = (seq: number) => `data:,${seq}`;
