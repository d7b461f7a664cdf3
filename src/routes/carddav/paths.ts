/**
 * The CardDAV URL space (docs/phones.md). Two trees with the same shape: `/dav/` answers without
 * credentials (the public profiles) and honours a subscription token when one is sent;
 * `/dav/subscription/` asks for one (401), which is what makes iOS and DAVx⁵ send it.
 *
 *   <tree>                       the service root (current-user-principal)
 *   <tree>principal/             the principal (addressbook-home-set)
 *   <tree>books/                 the address book home
 *   <tree>books/<profile>/       one address book per profile
 *   <tree>books/<profile>/<card> one card per number (`8613800138000.vcf`, `CN-95188.vcf`)
 */
export const DAV_ROOT = '/dav/';
export const SUBSCRIPTION_ROOT = '/dav/subscription/';

export type DavTree = typeof DAV_ROOT | typeof SUBSCRIPTION_ROOT;

/** A public address book's path. */
export function addressBookPath(profile: string, tree: DavTree = DAV_ROOT): string {
  return `${tree}books/${profile}/`;
}

export type DavResource =
  | { kind: 'root'; tree: DavTree }
  | { kind: 'principal'; tree: DavTree }
  | { kind: 'home'; tree: DavTree }
  | { kind: 'book'; tree: DavTree; profile: string }
  | { kind: 'card'; tree: DavTree; profile: string; file: string };

/**
 * What a path names, or null for nothing.
 *
 * @example
 * davResource('/dav/books/scam/8613800138000.vcf') // { kind: 'card', tree: '/dav/', profile: 'scam', file: '8613800138000.vcf' }
 */
export function davResource(path: string): DavResource | null {
  let rest: string;
  let tree: DavTree;
  if (path === '/dav/subscription' || path.startsWith(SUBSCRIPTION_ROOT)) {
    tree = SUBSCRIPTION_ROOT;
    rest = path.slice(SUBSCRIPTION_ROOT.length - 1);
  } else if (path === '/dav' || path.startsWith(DAV_ROOT)) {
    tree = DAV_ROOT;
    rest = path.slice(DAV_ROOT.length - 1);
  } else return null;
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) return { kind: 'root', tree };
  if (parts.length === 1 && parts[0] === 'principal') return { kind: 'principal', tree };
  if (parts[0] !== 'books') return null;
  if (parts.length === 1) return { kind: 'home', tree };
  if (parts.length === 2) return { kind: 'book', tree, profile: parts[1]! };
  if (parts.length === 3) return { kind: 'card', tree, profile: parts[1]!, file: parts[2]! };
  return null;
}

export function resourcePath(resource: DavResource): string {
  switch (resource.kind) {
    case 'root':
      return resource.tree;
    case 'principal':
      return `${resource.tree}principal/`;
    case 'home':
      return `${resource.tree}books/`;
    case 'book':
      return addressBookPath(resource.profile, resource.tree);
    case 'card':
      return `${addressBookPath(resource.profile, resource.tree)}${resource.file}`;
  }
}
