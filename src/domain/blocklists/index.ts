export {
  BLOCKLIST_PROFILES,
  BLOCKLIST_PROFILE_IDS,
  MAX_BLOCKLIST_SIZE,
  MIN_BLOCKLIST_REPORTERS,
  blocklistProfile,
  effectiveLimit,
  inProfile,
  type BlocklistProfile,
  type BlocklistProfileId,
  type ProfileCandidate,
} from './profiles';
export { probabilityBand, probabilityBandLabel, reportCountBucket } from './buckets';
export { SERVICE_NAME, cardFileName, cardLabel, cardName, cardUid, keyOfCardFileName, vcard, type CardLang, type CardNumber } from './cards';
export { CSV_COLUMNS, blocklistCsv, csvField, type CsvRow } from './csv';
