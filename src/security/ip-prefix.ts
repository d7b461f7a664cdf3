/**
 * The network a client shares with its neighbours: IPv4 /24, IPv6 /48. Only keyed hashes of
 * these prefixes are stored, never addresses.
 *
 * @example
 * ipPrefix('203.0.113.77') // '203.0.113.0/24'
 * ipPrefix('2001:db8:abcd:12::1') // '2001:db8:abcd::/48'
 */
export function ipPrefix(address: string | null | undefined): string | null {
  if (!address) return null;
  const ip = address.trim().replace(/^\[|\]$/g, '').replace(/^::ffff:(?=\d+\.)/i, '');
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) {
    const parts = v4.slice(1, 4).map(Number);
    if (parts.some((p) => p > 255)) return null;
    return `${parts.join('.')}.0/24`;
  }
  if (ip.includes(':')) {
    const groups = expandIpv6(ip.split('%')[0]!);
    if (!groups) return null;
    return `${groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/48`;
  }
  return null;
}

function expandIpv6(ip: string): string[] | null {
  const halves = ip.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.map((g) => g.toLowerCase());
}

/**
 * What one subscriber holds: the IPv4 address itself (behind carrier-grade NAT, many people
 * share it), or the IPv6 /64 that a single customer network gets. Used to key per-client
 * rate limits; like prefixes, only keyed hashes of it are kept.
 *
 * @example
 * subscriberAddress('::ffff:203.0.113.77') // '203.0.113.77'
 * subscriberAddress('2001:db8:abcd:12::1') // '2001:db8:abcd:12::/64'
 */
export function subscriberAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const ip = address.trim().replace(/^\[|\]$/g, '').replace(/^::ffff:(?=\d+\.)/i, '');
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) {
    const parts = v4.slice(1).map(Number);
    return parts.some((p) => p > 255) ? null : parts.join('.');
  }
  if (ip.includes(':')) {
    const groups = expandIpv6(ip.split('%')[0]!);
    return groups ? `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64` : null;
  }
  return null;
}
