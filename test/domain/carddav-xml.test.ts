import { describe, expect, it } from 'vitest';
import { propfindRequest, reportRequest } from '../../src/routes/carddav/requests';
import { parseXml, XmlError } from '../../src/routes/carddav/xml';

describe('the CardDAV request reader', () => {
  it('resolves namespaces by URI, not prefix, and decodes entities and CDATA', () => {
    const root = parseXml(`<?xml version="1.0"?>\n<!-- c --><X:propfind xmlns:X="DAV:" xmlns="urn:other"><X:prop><thing a='1 &amp; 2'>x &lt;y&gt; &#x4E2D;<![CDATA[<raw>]]></thing><X:displayname/></X:prop></X:propfind>`);
    expect(root).toMatchObject({ ns: 'DAV:', name: 'propfind' });
    const [thing, name] = root.children[0]!.children;
    expect(thing).toMatchObject({ ns: 'urn:other', name: 'thing', attributes: { a: '1 & 2' }, text: 'x <y> 中<raw>' });
    expect(name).toMatchObject({ ns: 'DAV:', name: 'displayname' });
  });

  it('refuses what is not well-formed, DTDs and undeclared prefixes', () => {
    for (const bad of ['', '<a>', '<a></b>', '<a/><b/>', 'text<a/>', '<!DOCTYPE a><a/>', '<x:a/>', '<a b="1" b="2"/>', '<a>&nbsp;</a>', '<a>&</a>', '<a>&#0;</a>', `${'<a>'.repeat(40)}${'</a>'.repeat(40)}`]) {
      expect(() => parseXml(bad), bad).toThrow(XmlError);
    }
  });

  it('reads the request shapes clients send', () => {
    expect(propfindRequest('')).toEqual({ kind: 'allprop' });
    expect(propfindRequest('<d:propfind xmlns:d="DAV:"><d:propname/></d:propfind>')).toEqual({ kind: 'propname' });
    expect(propfindRequest('<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>')).toEqual({ kind: 'prop', names: [{ ns: 'DAV:', name: 'getetag' }] });
    expect(reportRequest('<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/></d:prop><d:href> /a.vcf </d:href><d:href>/b.vcf</d:href></c:addressbook-multiget>')).toMatchObject({
      kind: 'multiget',
      hrefs: ['/a.vcf', '/b.vcf'],
    });
    expect(reportRequest('<d:sync-collection xmlns:d="DAV:"><d:sync-token/><d:prop/></d:sync-collection>')).toMatchObject({ kind: 'sync', token: '', level: '1' });
    expect(() => reportRequest('<d:expand-property xmlns:d="DAV:"/>')).toThrow(/Unsupported report/);
  });
});
