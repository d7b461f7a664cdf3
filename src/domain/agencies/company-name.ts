/**
 * Normalized form of a collection company's name, so what a caller says ("XX信息咨询",
 * "XX 信息咨询有限公司", "XX Info Consulting Co., Ltd.") matches the name on a lender's
 * published list of the agencies it engages.
 */
import { normalizeAgencyName, stripSuffixes } from './agency-name';

const companySuffixes = ['股份有限公司', '有限责任公司', '有限公司', '集团', '公司', 'coltd', 'co', 'ltd', 'limited', 'inc', 'llc', 'company'];

/**
 * @example
 * normalizeCompanyName('XX信息咨询有限公司') // 'xx信息咨询'
 * normalizeCompanyName('XX 信息咨询')        // 'xx信息咨询'
 */
export function normalizeCompanyName(text: string): string {
  return stripSuffixes(normalizeAgencyName(text), companySuffixes);
}

/**
 * The key a report's named company counts under on its number: the lender the caller claimed
 * to collect for and the company's normalized name. Null without both.
 *
 * @example
 * callerCompanyKey('alipay', 'XX信息咨询有限公司') // 'alipay|xx信息咨询'
 */
export function callerCompanyKey(lenderAgencyId: string | null, callerCompany: string | null): string | null {
  if (!lenderAgencyId || !callerCompany) return null;
  const normalized = normalizeCompanyName(callerCompany);
  return normalized ? `${lenderAgencyId}|${normalized}` : null;
}
