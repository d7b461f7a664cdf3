/**
 * Normalized form of an agency name as people type it, so "支付宝催收", "支付宝 客服" and
 * "Alipay Collections" group with "支付宝" / "alipay".
 */
const genericSuffixes = [
  '催收部', '催收', '法务部', '法务', '客服中心', '客服', '贷后部', '贷后', '风控部', '风控', '官方', '中心', '部门',
  'collections', 'collection', 'customerservice', 'service', 'legal', 'dept', 'department', 'official',
];

/**
 * @example
 * normalizeAgencyName(' 支付宝催收 ') // '支付宝'
 * normalizeAgencyName('Alipay Collection Dept.') // 'alipay'
 */
export function normalizeAgencyName(text: string): string {
  const name = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  // Strip generic words repeatedly ("支付宝催收部客服"), but never down to nothing.
  return stripSuffixes(name, genericSuffixes);
}

/**
 * Strips any of `suffixes` from the end of `name` until none is left, never down to nothing.
 *
 * @example
 * stripSuffixes('支付宝催收部客服', ['客服', '催收部']) // '支付宝'
 */
export function stripSuffixes(name: string, suffixes: readonly string[]): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of suffixes) {
      if (name.length > suffix.length && name.endsWith(suffix)) {
        name = name.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return name;
}
