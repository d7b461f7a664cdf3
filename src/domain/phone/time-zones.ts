import { LONGEST_PREFIX, PREFIXES_OF_ZONE_SET, ZONE_SETS } from './data/time-zones.generated';
import type { NormalizedNumber } from './types';

/** Mainland China keeps one time zone; every CN number, short service numbers included, is in it. */
const CHINA_TIME_ZONE = 'Asia/Shanghai';

let zoneSetOfPrefix: Map<string, number> | undefined;

// Built on first use, so an isolate that never judges a call pays nothing for the table.
function table(): Map<string, number> {
  if (!zoneSetOfPrefix) {
    zoneSetOfPrefix = new Map();
    PREFIXES_OF_ZONE_SET.forEach((list, set) => {
      for (const prefix of list.split(' ')) zoneSetOfPrefix!.set(prefix, set);
    });
  }
  return zoneSetOfPrefix;
}

/**
 * The IANA time zones a number may be in, from libphonenumber's prefix data (longest prefix
 * wins): one for most numbers, several where a range spans zones (a +1 number without an area
 * code that pins it, Russian mobiles …), none when the data knows nothing.
 *
 * @example
 * numberTimeZones({ region: 'CN', e164: null })            // ['Asia/Shanghai'] (95188)
 * numberTimeZones({ region: 'US', e164: '+12127365000' })  // ['America/New_York']
 */
export function numberTimeZones(number: Pick<NormalizedNumber, 'region' | 'e164'>): readonly string[] {
  if (number.region === 'CN') return [CHINA_TIME_ZONE];
  const digits = number.e164?.replace(/^\+/, '') ?? '';
  const prefixes = table();
  for (let length = Math.min(LONGEST_PREFIX, digits.length); length > 0; length--) {
    const set = prefixes.get(digits.slice(0, length));
    if (set !== undefined) return ZONE_SETS[set]!;
  }
  return [];
}
