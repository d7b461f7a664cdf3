/** The conduct tags of a report (docs/api.md#reports), with labels and descriptions in both languages. */
export const conductTags = [
  'out_of_hours',
  'repeated_calls',
  'threats',
  'insults',
  'third_party_contact',
  'fake_legal_documents',
  'impersonates_authority',
  'personal_account_payment',
  'refuses_identification',
  'unknown_debt',
  'asks_sensitive_info',
  'spoofed_local_number',
  'robocall',
  'professional',
] as const;

export type ConductTag = (typeof conductTags)[number];

export interface TagInfo {
  tag: ConductTag;
  /** Whether the tag describes good conduct (only `professional`). */
  positive: boolean;
  label: { 'zh-CN': string; en: string };
  description: { 'zh-CN': string; en: string };
}

export const tagInfo: Record<ConductTag, TagInfo> = {
  out_of_hours: info('out_of_hours', '非正常时间来电', 'Out-of-hours call',
    '在晚上 21:00/22:00 至早上 8:00 之间来电（也会按被叫号码所在地的时间，根据来电时间自动判断）。',
    'Called between 21:00/22:00 and 08:00 where the called number is (also judged automatically from the call time).'),
  repeated_calls: info('repeated_calls', '频繁来电', 'Repeated calls',
    '一天内多次来电或短时间内反复拨打。', 'Called many times a day or again and again in a short time.'),
  threats: info('threats', '威胁恐吓', 'Threats',
    '威胁人身安全、上门、曝光或以刑事责任恐吓。', 'Threatened violence, home visits, exposure or criminal charges.'),
  insults: info('insults', '辱骂', 'Insults', '使用侮辱、谩骂性语言。', 'Used abusive or insulting language.'),
  third_party_contact: info('third_party_contact', '骚扰第三方', 'Third-party contact',
    '联系与债务无关的亲友、同事或通讯录联系人，或向他人透露债务。',
    'Contacted unrelated relatives, colleagues or address-book contacts, or disclosed the debt to others.'),
  fake_legal_documents: info('fake_legal_documents', '伪造法律文书', 'Fake legal documents',
    '发送伪造的律师函、法院传票或立案通知。', 'Sent forged lawyer letters, court summons or case-filing notices.'),
  impersonates_authority: info('impersonates_authority', '冒充公检法', 'Impersonates authority',
    '自称法院、公安、检察院或监管机构人员。', 'Claimed to be from a court, the police, a prosecutor or a regulator.'),
  personal_account_payment: info('personal_account_payment', '要求转账到个人账户', 'Personal-account payment',
    '要求把钱转到个人银行卡、个人收款码或对方发来的链接。',
    'Asked for payment to a personal bank card, a personal QR code or a link the caller sent.'),
  refuses_identification: info('refuses_identification', '拒绝提供身份信息', 'Refuses identification',
    '拒绝提供工号、公司全称或委托书编号。',
    'Refused to give an employee ID, the full company name or the authorization-letter number.'),
  unknown_debt: info('unknown_debt', '不明债务', 'Unknown debt',
    '所称债务与本人无关或无法核实。', 'Claimed a debt the person does not have or cannot verify.'),
  asks_sensitive_info: info('asks_sensitive_info', '索要敏感信息', 'Asks for sensitive info',
    '索要验证码、密码、身份证或银行卡信息。',
    'Asked for verification codes, passwords, ID-card or bank-card details.'),
  spoofed_local_number: info('spoofed_local_number', '伪装本地号码', 'Spoofed local number',
    '使用伪装成本地号码或不断更换号码来电。', 'Called from a local-looking or constantly changing number.'),
  robocall: info('robocall', '机器人语音', 'Robocall', '自动语音或录音来电。', 'An automated or recorded voice call.'),
  professional: info('professional', '规范礼貌', 'Professional',
    '主动表明身份、态度礼貌、可通过官方渠道核实。',
    'Identified themselves, stayed polite and could be verified through official channels.', true),
};

function info(tag: ConductTag, zh: string, en: string, descZh: string, descEn: string, positive = false): TagInfo {
  return { tag, positive, label: { 'zh-CN': zh, en }, description: { 'zh-CN': descZh, en: descEn } };
}

export function isConductTag(value: string): value is ConductTag {
  return (conductTags as readonly string[]).includes(value);
}
