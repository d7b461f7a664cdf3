/**
 * A seeded, labelled population of numbers and reports over two years: legitimate agencies
 * (polite and abusive), scam operations rotating through virtual number blocks, recycled
 * numbers, official numbers with spoofing reports, careless reporters, and two poisoning
 * campaigns (mass reporting of legitimate numbers by fresh tokens; scammers self-posting
 * "professional" reports).
 *
 * Attacks and shapes added on top (docs/evaluation.md): slow smear of long-
 * established legitimate lines by aged tokens, self-promotion from aged tokens, operations
 * naming one made-up department across their short-lived numbers. Every rate comes from
 * `GeneratorParameters` (generator-params.ts), fixed or drawn per seed.
 */
import type { CallCircumstances } from '../../src/domain/reports/answers';
import type { ConductTag } from '../../src/domain/conduct/tags';
import { normalizePhone } from '../../src/domain/phone';
import type { DebtAnswer, HotlineCheck, PaymentRequested } from '../../src/domain/scoring';
import { seededRandom, type Random } from '../seeded-random';
import { FIXED_PARAMETERS, tilter, type GeneratorParameters } from './generator-params';

export const DAY = 86_400_000;
export const START = Date.UTC(2024, 9, 1);
export const END = Date.UTC(2026, 9, 1);

export type Group = 'scam' | 'legit_polite' | 'legit_abusive' | 'recycled' | 'official';
export type Campaign = 'mass_reporting' | 'self_posting' | 'slow_smear';
export type Origin = 'victim' | 'customer' | 'wrong_person' | 'careless' | 'campaign' | 'self_post' | 'slow_smear' | 'warm_up';

export interface SyntheticNumber {
  key: string;
  group: Group;
  /** Label over time: from `at` on, the number is a scam (1) or legitimate (0). */
  labels: { at: number; scam: 0 | 1 }[];
  campaigns: Campaign[];
  /**
   * When the truth cannot be observed: a recycled number between changing hands and the new
   * owner's first report looks exactly like an abandoned scam number; lookups then are not scored.
   */
  unobservable?: { from: number; to: number };
}

export interface SyntheticReport {
  numberKey: string;
  reporter: string;
  ipPrefix: string;
  reportedAt: number;
  /** RFC 3339 with the reporter's +08:00 offset, as the API receives it. */
  calledAt: string;
  calledAtMs: number;
  claimedAgency: string | null;
  tags: ConductTag[];
  debtWithClaimedAgency: DebtAnswer;
  hotlineCheck: HotlineCheck;
  identification: { employeeIdGiven: boolean; companyNameGiven: boolean; authorizationLetterGiven: boolean };
  paymentRequested: PaymentRequested;
  origin: Origin;
  /** Stage answers and threats, when a shape adds them (shapes/stage.ts). */
  circumstances?: CallCircumstances;
}

export interface Population {
  numbers: SyntheticNumber[];
  /** In reported_at order. */
  reports: SyntheticReport[];
}

export function labelAt(number: SyntheticNumber, at: number): 0 | 1 {
  let label: 0 | 1 = number.labels[0]!.scam;
  for (const change of number.labels) if (change.at <= at) label = change.scam;
  return label;
}

type Draft = Omit<SyntheticReport, 'numberKey' | 'reporter' | 'ipPrefix' | 'reportedAt' | 'calledAt' | 'calledAtMs' | 'claimedAgency' | 'origin'> & { night: boolean };

const LENDERS = ['支付宝', '花呗', '借呗', '京东金融', '微粒贷', '美团', '分期乐', '招商银行', 'alipay'];
/** Departments that do not exist, as fake-collector operations name themselves (none resolves to a registered agency). */
const FAKE_DEPARTMENTS = ['网贷清退中心', '征信修复中心', '债务优化中心', '金融纠纷调解中心', '网贷清理办', '消费金融清退办', '个人征信处理中心', '互金清退专班', '逾期处置中心', '网贷注销中心'];
/** Collection firms' own names, which people type and the registry does not know. */
const FIRM_WORDS: [string[], string[]] = [['华信', '中诚', '恒通', '安信', '瑞丰', '鼎盛', '博远', '信达', '永安', '汇通'], ['资产管理', '信息咨询', '商务服务', '企业管理']];

type Tilt = ReturnType<typeof tilter>;

function tagsWith(r: Random, odds: Partial<Record<ConductTag, number>>, t?: Tilt, name = ''): ConductTag[] {
  return (Object.entries(t ? t(name, odds as Record<string, number>, true) : odds) as [ConductTag, number][]).filter(([, p]) => r.chance(p)).map(([tag]) => tag);
}

function ids(r: Random, employee: number, company: number, letter: number) {
  return { employeeIdGiven: r.chance(employee), companyNameGiven: r.chance(company), authorizationLetterGiven: r.chance(letter) };
}

/** What the people a scam operation calls report. */
function victim(r: Random, t: Tilt): Draft {
  return {
    hotlineCheck: r.weighted(t('victim.hotline', { denied: 35, confirmed: 4, not_tried: 61 })),
    paymentRequested: r.weighted(t('victim.payment', { personal_account: 40, third_party_app: 15, cash_or_giftcard: 5, official_channel: 5, none: 35 })),
    debtWithClaimedAgency: r.weighted(t('victim.debt', { no: 40, yes: 20, unknown: 40 })), // leaked data: many victims do owe the lender
    tags: tagsWith(r, {
      asks_sensitive_info: 0.25, fake_legal_documents: 0.2, impersonates_authority: 0.15, refuses_identification: 0.3,
      spoofed_local_number: 0.2, threats: 0.35, insults: 0.15, repeated_calls: 0.2, unknown_debt: 0.2, robocall: 0.1, professional: 0.03,
    }, t, 'victim.tags'),
    identification: ids(r, 0.2, 0.25, 0.05),
    night: r.chance(0.15),
  };
}

/** What a legitimate agency's debtors report; abusive agencies threaten and call at night. */
function customer(r: Random, t: Tilt, abusive: boolean): Draft {
  const conduct = abusive
    ? { threats: 0.5, insults: 0.4, third_party_contact: 0.4, repeated_calls: 0.5, fake_legal_documents: 0.05, professional: 0.05 }
    : { threats: 0.03, insults: 0.02, third_party_contact: 0.03, repeated_calls: 0.15, professional: 0.35 };
  return {
    hotlineCheck: r.weighted(t('customer.hotline', { confirmed: 30, denied: 3, not_tried: 67 })),
    paymentRequested: r.weighted(t('customer.payment', { official_channel: 50, none: 46, personal_account: 2, third_party_app: 2 })),
    debtWithClaimedAgency: r.weighted(t('customer.debt', { yes: 65, no: 8, unknown: 27 })),
    tags: tagsWith(r, { ...conduct, refuses_identification: 0.05, unknown_debt: 0.05 }, t, abusive ? 'customer.abusive' : 'customer.polite'),
    identification: ids(r, 0.6, 0.7, 0.3),
    night: r.chance(abusive ? 0.3 : 0.05),
  };
}

/** The new owner of a recycled number, called by a real collector about the old owner's debt. */
function wrongPerson(r: Random, t: Tilt): Draft {
  return {
    hotlineCheck: r.weighted(t('wrong.hotline', { not_tried: 70, denied: 15, confirmed: 15 })),
    paymentRequested: r.weighted({ none: 85, official_channel: 15 }),
    debtWithClaimedAgency: r.weighted({ no: 85, unknown: 15 }),
    tags: tagsWith(r, { unknown_debt: 0.5, repeated_calls: 0.3, third_party_contact: 0.2, professional: 0.1 }, t, 'wrong.tags'),
    identification: ids(r, 0.4, 0.5, 0.1),
    night: r.chance(0.05),
  };
}

/** Someone who ticks boxes at random. */
function careless(r: Random): Draft {
  const all: ConductTag[] = ['repeated_calls', 'threats', 'insults', 'third_party_contact', 'fake_legal_documents', 'impersonates_authority',
    'refuses_identification', 'unknown_debt', 'asks_sensitive_info', 'spoofed_local_number', 'robocall', 'professional'];
  return {
    hotlineCheck: r.pick(['confirmed', 'denied', 'not_tried', 'not_tried'] as const),
    paymentRequested: r.pick(['none', 'official_channel', 'personal_account', 'third_party_app', 'cash_or_giftcard', 'none'] as const),
    debtWithClaimedAgency: r.pick(['yes', 'no', 'unknown'] as const),
    tags: all.filter(() => r.chance(0.12)),
    identification: ids(r, 0.3, 0.3, 0.3),
    night: r.chance(0.2),
  };
}

/** A smear campaign: the worst a report can say. */
function smear(r: Random): Draft {
  return {
    hotlineCheck: 'denied',
    paymentRequested: r.pick(['personal_account', 'third_party_app'] as const),
    debtWithClaimedAgency: 'no',
    tags: tagsWith(r, { fake_legal_documents: 0.6, threats: 0.6, asks_sensitive_info: 0.4, impersonates_authority: 0.3 }),
    identification: ids(r, 0, 0, 0),
    night: r.chance(0.3),
  };
}

/** A scammer vouching for their own number. */
function selfPost(r: Random): Draft {
  return {
    hotlineCheck: 'confirmed',
    paymentRequested: 'official_channel',
    debtWithClaimedAgency: 'yes',
    tags: ['professional'],
    identification: ids(r, 1, 1, 0.8),
    night: false,
  };
}

/** The one unremarkable report an attacker's token files months before it is used, to look aged. */
function warmUp(r: Random): Draft {
  return {
    hotlineCheck: 'not_tried',
    paymentRequested: 'none',
    debtWithClaimedAgency: r.pick(['unknown', 'yes'] as const),
    tags: r.chance(0.3) ? ['repeated_calls'] : [],
    identification: ids(r, 0, 0, 0),
    night: false,
  };
}

export interface PopulationOptions {
  seed?: number;
  parameters?: GeneratorParameters;
}

export function buildPopulation(options: PopulationOptions = {}): Population {
  const P = options.parameters ?? FIXED_PARAMETERS;
  const r = seededRandom(options.seed ?? 20261127);
  const t = tilter(P);
  const numbers = new Map<string, SyntheticNumber>();
  const reports: SyntheticReport[] = [];
  let tokenCount = 0;
  const regulars = Array.from({ length: 400 }, (_, i) => ({ token: `regular-${i}`, ip: randomPrefix(r) }));
  const carelessPool = Array.from({ length: 150 }, (_, i) => ({ token: `careless-${i}`, ip: randomPrefix(r) }));
  /** Attackers' tokens that need one unremarkable report on some legitimate number before `before`. */
  const warmUps: { who: { token: string; ip: string }; before: number }[] = [];
  const agedToken = (name: string, before: number) => {
    const who = { token: name, ip: randomPrefix(r) };
    warmUps.push({ who, before });
    return who;
  };

  const addNumber = (key: string, group: Group, scam: 0 | 1): SyntheticNumber => {
    const number = { key, group, labels: [{ at: 0, scam }], campaigns: [] };
    numbers.set(key, number);
    return number;
  };
  const report = (key: string, at: number, draft: Draft, origin: Origin, who?: { token: string; ip: string }, claim?: string | null) => {
    if (at > END) return;
    let reporter = who;
    if (!reporter) {
      if (origin === 'careless') reporter = r.pick(carelessPool);
      else if (r.chance(P.regularShare)) reporter = r.pick(regulars);
      else reporter = { token: `person-${tokenCount++}`, ip: randomPrefix(r) };
    }
    const calledAtMs = callTime(r, at, draft.night);
    const { night: _night, ...facts } = draft;
    reports.push({
      numberKey: key, reporter: reporter.token, ipPrefix: reporter.ip, reportedAt: Math.max(at, calledAtMs + 60_000),
      calledAt: rfc3339Beijing(calledAtMs), calledAtMs, claimedAgency: claim !== undefined ? claim : r.chance(0.8) ? r.pick(LENDERS) : null, origin, ...facts,
    });
  };
  // A crowd of honest reporters, some of them careless; they name `claim` most of the time. True: an honest report.
  const crowd = (key: string, at: number, draft: () => Draft, honest: Origin, claim: string | null, named: number) => {
    const said = r.chance(named) ? claim : r.chance(0.5) ? r.pick(LENDERS) : null;
    if (r.chance(P.carelessShare)) return report(key, at, careless(r), 'careless', undefined, said), false;
    return report(key, at, draft(), honest, undefined, said), true;
  };

  // Scam operations rotate through numbers, many through one virtual 100-block, naming one claim throughout.
  const scamBlocks: string[] = [];
  for (let op = 0; op < P.scamOperations; op++) {
    const kind = r.weighted(P.scamKinds);
    const block = kind === 'virtual' ? `+86${r.pick(['170', '171', '165', '167', '162'])}${digits(r, 6)}` : null;
    if (block) scamBlocks.push(block);
    const claim = r.chance(P.fakeClaimShare) ? r.pick(FAKE_DEPARTMENTS) : r.pick(LENDERS);
    const begin = r.int(START, END - 30 * DAY);
    const finish = Math.min(END, begin + r.int(60, 365) * DAY);
    const promotes = r.chance(P.selfPromoShare);
    for (let at = begin; at < finish; ) {
      const life = r.int(P.lifeDays[0], P.lifeDays[1]) * DAY;
      const key = valid(() => (block ? `${block}${digits(r, 2)}` : kind === 'mobile' ? `+86${r.pick(['138', '139', '186', '150', '177'])}${digits(r, 8)}` : `+8610${r.pick(['5', '6', '8'])}${digits(r, 7)}`));
      if (numbers.has(key)) { at += life; continue; }
      const number = addNumber(key, 'scam', 1);
      const victims = 1 + r.poisson(P.victimsMean);
      for (let i = 0; i < victims; i++) crowd(key, at + r.int(0, life + 10 * DAY), () => victim(r, t), 'victim', claim, P.claimNamed);
      if (promotes && r.chance(0.6)) {
        // Aged tokens (one unremarkable report months ago each) praise the new number within two days.
        number.campaigns.push('self_posting');
        for (let i = r.int(P.selfPromoTokens[0], P.selfPromoTokens[1]); i > 0; i--) {
          const when = at + r.int(0, 2 * DAY);
          report(key, when, selfPost(r), 'self_post', agedToken(`promoter-${op}-${key}-${i}`, when - 30 * DAY), claim);
        }
      }
      at += life;
    }
  }

  // Legitimate agencies: a few long-lived numbers each, some in virtual ranges (a few inside scam blocks).
  const legitKeys: string[] = [];
  const established: string[] = [];
  for (let agency = 0; agency < P.agencies; agency++) {
    const abusive = r.chance(0.3);
    const claim = r.chance(0.2) ? `${r.pick(FIRM_WORDS[0])}${r.pick(FIRM_WORDS[0])}${r.pick(FIRM_WORDS[1])}有限公司` : r.pick(LENDERS);
    for (let n = r.int(1, 4); n > 0; n--) {
      const kind = r.weighted({ fixed: 50, mobile: 25, virtual: 20, shared: 5 });
      const key = valid(() =>
        kind === 'fixed' ? `+86${r.pick(['10', '21', '755', '571'])}${r.int(2, 8)}${digits(r, 7)}`
        : kind === 'mobile' ? `+86${r.pick(['135', '158', '181'])}${digits(r, 8)}`
        : kind === 'shared' ? `+86400${digits(r, 7)}`
        : r.chance(0.15) && scamBlocks.length ? `${r.pick(scamBlocks)}${digits(r, 2)}` : `+86${r.pick(['170', '171'])}${digits(r, 8)}`);
      if (numbers.has(key)) continue;
      addNumber(key, abusive ? 'legit_abusive' : 'legit_polite', 0);
      legitKeys.push(key);
      const longLived = r.chance(0.7);
      const begin = longLived ? START : r.int(START, END - 90 * DAY);
      const expected = r.pick([1, 2, 3, 4, 6, 8, 12, 20, 35]);
      const count = r.poisson(expected) || 1;
      if (longLived && count >= 6) established.push(key);
      for (let i = count; i > 0; i--) {
        const at = r.int(begin, END);
        if (r.chance(0.08)) report(key, at, wrongPerson(r, t), 'wrong_person', undefined, r.chance(0.8) ? claim : null);
        else crowd(key, at, () => customer(r, t, abusive), 'customer', claim, 0.8);
      }
    }
  }

  // Recycled: a scam number for months, then reassigned to a legitimate agency.
  for (let i = 0; i < 20; i++) {
    const key = valid(() => `+86${r.pick(['133', '153', '189'])}${digits(r, 8)}`);
    if (numbers.has(key)) continue;
    const number = addNumber(key, 'recycled', 1);
    const scamUntil = START + r.int(120, 300) * DAY;
    const legitFrom = scamUntil + r.int(30, 120) * DAY;
    // Dormant in between: the label turns when the new owner starts calling, the first moment anyone could tell.
    number.labels.push({ at: legitFrom, scam: 0 });
    const scamClaim = r.pick(FAKE_DEPARTMENTS);
    const legitClaim = r.pick(LENDERS);
    for (let j = r.int(3, 10); j > 0; j--) crowd(key, r.int(START, scamUntil), () => victim(r, t), 'victim', scamClaim, P.claimNamed);
    let firstLegit = END;
    for (let j = r.int(2, 12); j > 0; j--) {
      const at = r.int(legitFrom, END);
      // A careless report says nothing about the change; the first real customer's does.
      if (crowd(key, at, () => customer(r, t, r.chance(0.3)), 'customer', legitClaim, 0.8)) firstLegit = Math.min(firstLegit, at);
    }
    number.unobservable = { from: legitFrom, to: firstLegit };
  }

  // Official numbers: customers and people whose caller ID was spoofed.
  for (const key of ['CN:95188', 'CN:95588']) {
    addNumber(key, 'official', 0);
    for (let j = 0; j < 40; j++) crowd(key, r.int(START, END), () => (r.chance(0.4) ? { ...victim(r, t), tags: ['spoofed_local_number'] } : customer(r, t, false)), 'customer', '支付宝', 0.5);
  }

  // Mass reporting: many fresh tokens from a few network prefixes smear a legitimate number within days.
  const targets = legitKeys.filter((key) => reports.filter((rep) => rep.numberKey === key).length >= 4 && !established.includes(key));
  for (let c = 0; c < P.massCampaigns && targets.length; c++) {
    const key = targets.splice(r.int(0, targets.length - 1), 1)[0]!;
    numbers.get(key)!.campaigns.push('mass_reporting');
    const begin = r.int(START + 120 * DAY, END - 20 * DAY);
    const prefixes = Array.from({ length: r.int(3, 25) }, () => randomPrefix(r));
    const size = r.int(40, 300);
    const days = r.int(1, 4);
    for (let i = 0; i < size; i++) {
      report(key, begin + r.int(0, days * DAY), smear(r), 'campaign', { token: `sybil-${c}-${i}`, ip: r.pick(prefixes) });
    }
  }

  // Slow smear: aged tokens, each from its own network, report a long-established line one every few days.
  for (let c = 0; c < P.slowSmears && established.length; c++) {
    const key = established.splice(r.int(0, established.length - 1), 1)[0]!;
    numbers.get(key)!.campaigns.push('slow_smear');
    let at = r.int(START + 300 * DAY, END - 90 * DAY);
    for (let i = r.int(P.smearTokens[0], P.smearTokens[1]); i > 0; i--) {
      report(key, at, smear(r), 'slow_smear', agedToken(`smear-${c}-${i}`, at - 60 * DAY));
      at += r.int(P.smearGapDays[0] * 24, P.smearGapDays[1] * 24) * 3_600_000;
    }
  }

  // Each attacker token's one unremarkable report, 1–6 months before it is first used (before the
  // window for the earliest ones: an attacker ages tokens ahead of the operation).
  for (const { who, before } of warmUps) report(r.pick(legitKeys), before - r.int(0, 150) * DAY, warmUp(r), 'warm_up', who);

  reports.sort((a, b) => a.reportedAt - b.reportedAt);
  return { numbers: [...numbers.values()], reports };
}

/** A generated E.164 key that normalizes to itself (retries the few the numbering plan rejects). */
function valid(make: () => string): string {
  for (;;) {
    const key = make();
    const number = normalizePhone(key);
    if (number.ok && number.number.key === key) return key;
  }
}

function digits(r: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += r.int(0, 9);
  return out;
}

function randomPrefix(r: Random): string {
  return `${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}`;
}

/** A call time near `at`: daytime in Beijing, or at night (22:00–07:59) for `night`. */
function callTime(r: Random, at: number, night: boolean): number {
  const beijingMidnight = Math.floor((at + 8 * 3_600_000) / DAY) * DAY - 8 * 3_600_000;
  const hour = night ? r.pick([22, 23, 0, 6, 7]) : r.int(9, 19);
  const t = beijingMidnight + hour * 3_600_000 + r.int(0, 59) * 60_000;
  return t > at ? t - DAY : t;
}

function rfc3339Beijing(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
