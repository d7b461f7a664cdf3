/**
 * A small, strict XML reader for the few request bodies CardDAV clients send (PROPFIND and the
 * three REPORTs), the same on Node and Workers. It resolves namespaces, decodes the predefined
 * and numeric entities, skips comments and processing instructions, and refuses DOCTYPEs (no
 * entity expansion), unbalanced tags and anything past the root. Element names are compared as
 * (namespace, local name), never by prefix.
 */

export interface XmlElement {
  readonly ns: string;
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

export class XmlError extends Error {}

const MAX_DEPTH = 32;
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);|&/g, (whole, entity: string | undefined) => {
    if (entity === undefined) throw new XmlError('a bare & in text');
    if (entity.startsWith('#x')) return codePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return codePoint(parseInt(entity.slice(1), 10));
    const value = ENTITIES[entity];
    if (value === undefined) throw new XmlError(`unknown entity ${whole}`);
    return value;
  });
}

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) throw new XmlError('bad character reference');
  return String.fromCodePoint(n);
}

/**
 * Parses a whole document into its root element.
 *
 * @example
 * parseXml('<d:propfind xmlns:d="DAV:"><d:allprop/></d:propfind>').children[0] // { ns: 'DAV:', name: 'allprop', … }
 */
export function parseXml(source: string): XmlElement {
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: { element: XmlElement; qname: string; scope: Map<string, string> }[] = [];
  let root: XmlElement | null = null;
  const fail = (what: string): never => {
    throw new XmlError(`${what} at offset ${i}`);
  };
  const until = (end: string, what: string) => {
    const at = source.indexOf(end, i);
    if (at < 0) fail(`unterminated ${what}`);
    const body = source.slice(i, at);
    i = at + end.length;
    return body;
  };

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > i) {
      const text = source.slice(i, textEnd);
      const top = stack.at(-1);
      if (top) top.element.text += decode(text);
      else if (text.trim()) fail('text outside the root');
      i = textEnd;
      continue;
    }
    if (source.startsWith('<?', i)) {
      i += 2;
      until('?>', 'processing instruction');
    } else if (source.startsWith('<!--', i)) {
      i += 4;
      until('-->', 'comment');
    } else if (source.startsWith('<![CDATA[', i)) {
      i += 9;
      const top = stack.at(-1) ?? fail('CDATA outside the root');
      top.element.text += until(']]>', 'CDATA section');
    } else if (source.startsWith('<!', i)) {
      fail('DOCTYPE or declaration');
    } else if (source.startsWith('</', i)) {
      i += 2;
      const qname = until('>', 'end tag').trim();
      const top = stack.pop();
      if (!top || top.qname !== qname) fail(`end tag </${qname}> does not close an open element`);
    } else {
      i += 1;
      const match = NAME.exec(source.slice(i, i + 200)) ?? fail('bad element name');
      const qname = match[0];
      i += qname.length;
      const attributes: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        const ws = /^\s*/.exec(source.slice(i, i + 1000))![0];
        i += ws.length;
        if (source.startsWith('/>', i)) {
          selfClosing = true;
          i += 2;
          break;
        }
        if (source.startsWith('>', i)) {
          i += 1;
          break;
        }
        if (!ws) fail('expected whitespace between attributes');
        const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(i, i + 10_000)) ?? fail('bad attribute');
        if (attribute[1]! in attributes) fail('repeated attribute');
        attributes[attribute[1]!] = decode(attribute[3] ?? attribute[4] ?? '');
        i += attribute[0].length;
      }
      if (root && stack.length === 0) fail('a second root element');
      if (stack.length >= MAX_DEPTH) fail('nesting too deep');
      const scope = new Map(stack.at(-1)?.scope ?? []);
      for (const [name, value] of Object.entries(attributes)) {
        if (name === 'xmlns') scope.set('', value);
        else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
      }
      const colon = qname.indexOf(':');
      const prefix = colon < 0 ? '' : qname.slice(0, colon);
      const ns = scope.get(prefix);
      if (ns === undefined && prefix !== '') fail(`undeclared prefix ${prefix}`);
      const element: XmlElement = { ns: ns ?? '', name: colon < 0 ? qname : qname.slice(colon + 1), attributes, children: [], text: '' };
      const parent = stack.at(-1);
      if (parent) parent.element.children.push(element);
      else root = element;
      if (!selfClosing) stack.push({ element, qname, scope });
    }
  }
  if (stack.length > 0) fail('unclosed element');
  return root ?? fail('no root element');
}

/** Text escaped for XML content and attribute values (carriage returns kept as a reference, so vCard CRLFs survive). */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');
}

/** The first child with this namespace and name. */
export function child(element: XmlElement, ns: string, name: string): XmlElement | undefined {
  return element.children.find((c) => c.ns === ns && c.name === name);
}
