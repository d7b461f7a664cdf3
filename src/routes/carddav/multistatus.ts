/**
 * WebDAV multistatus answers (RFC 4918 §13) and the DAV:error bodies of failed preconditions,
 * written as text: properties found under one 200 propstat, properties the resource does not
 * have under a 404 one, in the namespaces the request used.
 */
import { escapeXml } from './xml';

export const DAV = 'DAV:';
export const CARDDAV = 'urn:ietf:params:xml:ns:carddav';
export const CALENDARSERVER = 'http://calendarserver.org/ns/';

const PREFIXES: Record<string, string> = { [DAV]: 'd', [CARDDAV]: 'card', [CALENDARSERVER]: 'cs' };
const DECLARATIONS = Object.entries(PREFIXES)
  .map(([ns, prefix]) => `xmlns:${prefix}="${ns}"`)
  .join(' ');

/** A property name: its namespace and local name. */
export interface PropName {
  readonly ns: string;
  readonly name: string;
}

export const propKey = (p: PropName) => `${p.ns} ${p.name}`;

/** An element with this name around `inner` (already XML), or an empty one. */
export function element(p: PropName, inner = ''): string {
  const prefix = PREFIXES[p.ns];
  const open = prefix ? `${prefix}:${p.name}` : `x:${p.name}`;
  const declaration = prefix ? '' : ` xmlns:x="${escapeXml(p.ns)}"`;
  return inner === '' ? `<${open}${declaration}/>` : `<${open}${declaration}>${inner}</${open}>`;
}

export const href = (path: string) => `<d:href>${escapeXml(path)}</d:href>`;

export interface ResponseEntry {
  href: string;
  /** Properties with their values (XML), and names of those the resource does not have. */
  found?: readonly (readonly [PropName, string])[];
  missing?: readonly PropName[];
  /** A status for the whole resource instead of properties (404 for a card that went). */
  status?: number;
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 404: 'Not Found', 403: 'Forbidden' };
const statusLine = (status: number) => `<d:status>HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? ''}</d:status>`;

/**
 * @example
 * multistatus([{ href: '/dav/', found: [[{ ns: DAV, name: 'displayname' }, 'collector-check']] }])
 */
export function multistatus(entries: readonly ResponseEntry[], syncToken?: string): string {
  const parts = ['<?xml version="1.0" encoding="utf-8"?>', `<d:multistatus ${DECLARATIONS}>`];
  for (const entry of entries) {
    parts.push('<d:response>', href(entry.href));
    if (entry.status !== undefined) parts.push(statusLine(entry.status));
    if (entry.found?.length) {
      parts.push('<d:propstat><d:prop>', ...entry.found.map(([name, value]) => element(name, value)), '</d:prop>', statusLine(200), '</d:propstat>');
    }
    if (entry.missing?.length) {
      parts.push('<d:propstat><d:prop>', ...entry.missing.map((name) => element(name)), '</d:prop>', statusLine(404), '</d:propstat>');
    }
    parts.push('</d:response>');
  }
  if (syncToken !== undefined) parts.push(`<d:sync-token>${escapeXml(syncToken)}</d:sync-token>`);
  parts.push('</d:multistatus>');
  return parts.join('\n');
}

/** A DAV:error body naming the precondition that failed (`valid-sync-token`, `supported-filter` …). */
export function davError(precondition: PropName, description: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<d:error ${DECLARATIONS}>${element(precondition)}<d:responsedescription>${escapeXml(description)}</d:responsedescription></d:error>`;
}
