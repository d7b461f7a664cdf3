/**
 * Mixed load on a running server with autocannon: 90% lookups, 8% reports, 2% pages, each
 * request from its own client address (X-Forwarded-For; the server runs with TRUST_PROXY=1),
 * so per-client limits are not what is measured.
 */
import autocannon from 'autocannon';
import type { Random } from '../seeded-random';

export interface TrafficResult {
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  status5xx: number;
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
}

/** The numbers traffic is about: a pool of mobile numbers, some reported, most not. */
export function numberPool(size: number): string[] {
  return Array.from({ length: size }, (_, i) => `+86139${String(10_000_000 + i * 7919).slice(-8)}`);
}

/**
 * A random address in 10.0.0.0/8: 16 million of them over 65,536 /24 networks, so neither a
 * subscriber's nor a network's read or write limit is reached.
 */
export function clientAddress(random: Random): string {
  return `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
}

export function reportJson(random: Random, number: string, now: number): string {
  const scam = random.chance(0.6);
  return JSON.stringify({
    number,
    called_at: new Date(now - random.int(1, 600) * 60_000).toISOString(),
    claimed_agency: scam ? '支付宝催收' : 'alipay',
    tags: scam ? ['threats', 'personal_account_payment'] : ['professional'],
    debt_with_claimed_agency: scam ? 'no' : 'yes',
    hotline_check: scam ? 'denied' : 'confirmed',
    identification: { employee_id_given: !scam, company_name_given: !scam, authorization_letter_given: false },
    payment_requested: scam ? 'personal_account' : 'official_channel',
    comment: scam ? '让我转账到个人账户 13912345678' : 'Polite, gave an employee id.',
  });
}

/** Runs the mix for `seconds` at `connections` and summarizes what came back. */
export async function mixedTraffic(base: string, options: { seconds: number; connections: number; random: Random; numbers: string[] }): Promise<TrafficResult> {
  const { random, numbers } = options;
  let reporter = 0;
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => {
          const number = random.pick(numbers);
          const headers: Record<string, string> = { 'x-forwarded-for': clientAddress(random) };
          const kind = random.weighted({ lookup: 90, report: 8, page: 2 });
          if (kind === 'lookup') return { ...request, method: 'GET', path: `/v1/numbers/${encodeURIComponent(number)}?lang=${random.chance(0.5) ? 'en' : 'zh-CN'}`, headers, body: undefined };
          if (kind === 'page') return { ...request, method: 'GET', path: `/n/${encodeURIComponent(number)}`, headers, body: undefined };
          headers['content-type'] = 'application/json';
          headers['x-reporter-token'] = `soak-reporter-${++reporter}-${random.int(0, 1e9)}`;
          return { ...request, method: 'POST', path: '/v1/reports', headers, body: reportJson(random, number, Date.now()) };
        },
      },
    ],
  });
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = stat.count ?? 0;
  return {
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status5xx: result['5xx'],
    statuses,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requestsPerSecond: result.requests.average,
  };
}
