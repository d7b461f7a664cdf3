import { describe, expect, it } from 'vitest';
import { ipPrefix, subscriberAddress } from '../../../src/security/ip-prefix';

describe('ipPrefix', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:203.0.113.77', '203.0.113.0/24'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48'],
    ['2001:0db8:00ab:ffff:0:0:0:1', '2001:db8:ab::/48'],
    ['[2001:db8::1]', '2001:db8:0::/48'],
    ['::1', '0:0:0::/48'],
    ['999.1.1.1', null],
    ['not an ip', null],
    ['', null],
    [null, null],
  ])('%s → %s', (address, prefix) => {
    expect(ipPrefix(address)).toBe(prefix);
  });

  it('puts neighbours in one prefix and strangers in another', () => {
    expect(ipPrefix('198.51.100.1')).toBe(ipPrefix('198.51.100.254'));
    expect(ipPrefix('198.51.100.1')).not.toBe(ipPrefix('198.51.101.1'));
  });
});

describe('subscriberAddress', () => {
  it.each([
    ['100.64.12.34', '100.64.12.34'],
    ['::ffff:203.0.113.77', '203.0.113.77'],
    ['2001:db8:abcd:12:aaaa::1', '2001:db8:abcd:12::/64'],
    ['[2001:db8::1]', '2001:db8:0:0::/64'],
    ['256.1.1.1', null],
    ['unknown', null],
    [null, null],
  ])('%s → %s', (address, subscriber) => {
    expect(subscriberAddress(address)).toBe(subscriber);
  });
});
