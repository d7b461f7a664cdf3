import { CARRIER_PREFIXES, CARRIERS, FIXED_LINE_PLACES, MOBILE_PLACE_RUNS, PLACES, PROVINCES } from './data/cn-geo.generated';
import { decodePlaceRuns, placeOfBlock, type PlaceRuns } from './place-runs';
import type { Lang, PhoneLocation } from './types';

// Lookups over libphonenumber's CN geocoding and carrier data (see data/cn-geo.generated.ts).
// All functions take the national significant number: no country code, no trunk 0.

const LONGEST_AREA_CODE_PREFIX = 3;
const MOBILE_RUN_PREFIX_DIGITS = 3;
const MOBILE_BLOCK_DIGITS = 7;
const LONGEST_CARRIER_PREFIX = 4;

// Each three-digit prefix is decoded on first use, so a cold isolate pays only for what it reads.
const decodedRuns = new Map<string, PlaceRuns | null>();

function runsOfPrefix(prefix: string): PlaceRuns | null {
  let runs = decodedRuns.get(prefix);
  if (runs === undefined) {
    const encoded = MOBILE_PLACE_RUNS[prefix];
    runs = encoded === undefined ? null : decodePlaceRuns(encoded);
    decodedRuns.set(prefix, runs);
  }
  return runs;
}

function placeLocation(placeIndex: number, lang: Lang, areaCode: string | null): PhoneLocation | null {
  const place = PLACES[placeIndex];
  const province = place && PROVINCES[place[0]];
  if (!place || !province) return areaCode === null ? null : { province: null, city: null, area_code: areaCode };
  const english = lang === 'en';
  // A municipality (北京市, 上海市, 天津市, 重庆市) is a province-level city: it is named once, as
  // the province, so that "province city" never reads "北京市 北京市".
  const municipality = place[1] === province[0];
  return {
    province: english ? province[1] : province[0],
    city: municipality ? null : english ? place[2] : place[1],
    area_code: areaCode ?? (place[3] === '' ? null : place[3]),
  };
}

/** Location of a CN fixed line; `areaCode` comes from the number's own formatting ("0755"). */
export function locateCnFixedLine(nationalNumber: string, areaCode: string | null, lang: Lang): PhoneLocation | null {
  for (let length = LONGEST_AREA_CODE_PREFIX; length >= 2; length--) {
    const placeIndex = FIXED_LINE_PLACES[nationalNumber.slice(0, length)];
    if (placeIndex !== undefined) return placeLocation(placeIndex, lang, areaCode);
  }
  return areaCode === null ? null : { province: null, city: null, area_code: areaCode };
}

/** Location where a CN mobile block was first allocated (its home city), or null if unknown. */
export function locateCnMobile(nationalNumber: string, lang: Lang): PhoneLocation | null {
  if (nationalNumber.length < MOBILE_BLOCK_DIGITS) return null;
  const runs = runsOfPrefix(nationalNumber.slice(0, MOBILE_RUN_PREFIX_DIGITS));
  if (!runs) return null;
  const placeId = placeOfBlock(runs, Number(nationalNumber.slice(MOBILE_RUN_PREFIX_DIGITS, MOBILE_BLOCK_DIGITS)));
  return placeId === 0 ? null : placeLocation(placeId - 1, lang, null);
}

/** Carrier that a CN mobile range was allocated to (number portability may have moved it). */
export function cnMobileCarrier(nationalNumber: string, lang: Lang): string | null {
  for (let length = LONGEST_CARRIER_PREFIX; length >= 2; length--) {
    const carrierIndex = CARRIER_PREFIXES[nationalNumber.slice(0, length)];
    const carrier = carrierIndex === undefined ? undefined : CARRIERS[carrierIndex];
    if (carrier) return lang === 'en' ? carrier[1] : carrier[0];
  }
  return null;
}
