/**
 * Province-level divisions of the PRC (省级行政区), spelled as the libphonenumber zh geocoding
 * data spells them: 省 for provinces, 市 for the four municipalities, and the short form for
 * the autonomous regions ("广西", not "广西壮族自治区"). Used only to split "广东省深圳市" into
 * province and city; the English names come from the en data itself.
 */
export const PROVINCE_NAMES_ZH = [
  '北京市', '天津市', '上海市', '重庆市',
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省',
  '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省',
  '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
  '内蒙古', '广西', '西藏', '宁夏', '新疆',
  '香港', '澳门',
] as const;

export const MUNICIPALITIES_ZH: ReadonlySet<string> = new Set(['北京市', '天津市', '上海市', '重庆市']);

export interface SplitPlace {
  province: string;
  /** For a municipality the city is the municipality itself. */
  city: string;
}

/** "广东省深圳市" → 广东省 / 深圳市; "天津" → 天津市 / 天津市; "湖北省襄樊市、襄樊市" → 湖北省 / 襄樊市. */
export function splitZhPlace(place: string): SplitPlace {
  for (const province of PROVINCE_NAMES_ZH) {
    // The data sometimes drops the trailing 市/省 ("天津").
    for (const spelling of new Set([province, province.replace(/[省市]$/, '')])) {
      if (!place.startsWith(spelling)) continue;
      const rest = place.slice(spelling.length);
      if (rest === '') {
        if (!MUNICIPALITIES_ZH.has(province)) throw new Error(`Province without a city: ${place}`);
        return { province, city: province };
      }
      const cities = [...new Set(rest.split('、'))];
      return { province, city: cities.join('、') };
    }
  }
  throw new Error(`No province-level name matches ${JSON.stringify(place)}; extend PROVINCE_NAMES_ZH`);
}

/** "Shenzhen, Guangdong" → Guangdong / Shenzhen; "Beijing" → Beijing / Beijing. */
export function splitEnPlace(place: string): SplitPlace {
  const comma = place.lastIndexOf(', ');
  if (comma < 0) return { province: place, city: place };
  return { province: place.slice(comma + 2), city: place.slice(0, comma) };
}
