import { dialableNumber, readableNumber } from '../domain/phone';
import type { Lang } from '../http/lang';
import type { NormalizedNumber } from '../domain/phone';
import type { NumberLookup } from '../services/lookup';

/** What a person dials and what the URL holds: E.164, or the short number itself. */
export function canonicalNumber(lookup: Pick<NumberLookup, 'number'>): string {
  return lookup.number.e164 ?? dialableNumber(lookup.number.key);
}

const SMS_GATEWAY_KEY = /^CN:(106\d+)$/;

/**
 * An SMS gateway number (106…) in groups people can read aloud: fours from the right, the
 * rest staying with the 106 at the front. The access codes run from 8 to 20 digits, so a
 * fixed 3-4-4 pattern would leave a ragged tail.
 *
 * @example
 * groupSmsGateway('10695558888')      // '106 9555 8888'
 * groupSmsGateway('1069000012345678') // '1069 0000 1234 5678'
 */
export function groupSmsGateway(digits: string): string {
  const head = 3 + ((digits.length - 3) % 4);
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 4) groups.push(digits.slice(i, i + 4));
  return groups.join(' ');
}

/**
 * How the pages write a number key: as people in China read it, with 106 gateways grouped.
 *
 * @example
 * displayKey('+8617012345678')   // '170 1234 5678'
 * displayKey('CN:10695558888')   // '106 9555 8888'
 */
export function displayKey(key: string): string {
  const gateway = SMS_GATEWAY_KEY.exec(key);
  return gateway ? groupSmsGateway(gateway[1]!) : readableNumber(key);
}

/** The heading for a looked-up number: the API's national form, or the grouped gateway. */
export function displayNumber(number: Pick<NormalizedNumber, 'key' | 'national'>): string {
  return SMS_GATEWAY_KEY.test(number.key) ? displayKey(number.key) : number.national;
}

/**
 * Where a number is registered, said once: Beijing, Shanghai, Tianjin and Chongqing are a
 * province-level city and their own city, so "北京市 北京市" becomes "北京市".
 *
 * @example
 * placeName({ province: '北京市', city: '北京市' }, 'zh-CN')   // '北京市'
 * placeName({ province: '广东省', city: '深圳市' }, 'zh-CN')   // '广东省 深圳市'
 * placeName({ province: 'Guangdong', city: 'Shenzhen' }, 'en') // 'Shenzhen, Guangdong'
 */
export function placeName(location: NormalizedNumber['location'], lang: Lang): string {
  const province = location?.province?.trim() || '';
  const city = location?.city?.trim() || '';
  const same = (a: string, b: string) => a.replace(/[省市]$/, '').toLowerCase() === b.replace(/[省市]$/, '').toLowerCase();
  if (!city || same(province, city)) return province || city;
  if (!province) return city;
  return lang === 'en' ? `${city}, ${province}` : `${province} ${city}`;
}
