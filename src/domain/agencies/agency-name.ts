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
  let name = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  // Strip generic words repeatedly ("支付宝催收部客服"), but never down to nothing.
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of genericSuffixes) {
      if (name.length > suffix.length && name.endsWith(suffix)) {
        name = name.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return name;
}
