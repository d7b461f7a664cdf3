/** autocannon from the bench process (not the server's), each request from its own client address. */
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

let counter = 0;
/** A distinct client address per request, and a distinct /24 for 65,536 requests in a row. */
export function nextAddress(): string {
  counter = (counter + 1) % 16_000_000;
  return `10.${counter & 255}.${(counter >> 8) & 255}.${(counter >> 16) & 255}`;
}

export async function load(
  base: string,
  options: { connections?: number; seconds?: number; request: () => { path: string; method?: string; body?: string; headers?: Record<string, string> } },
): Promise<LoadResult> {
  const result = await autocannon({
    url: base,
    connections: options.connections ?? 32,
    duration: options.seconds ?? 10,
    requests: [
      {
        setupRequest: (req) => {
          const next = options.request();
          return { ...req, method: (next.method ?? 'GET') as 'GET', path: next.path, body: next.body, headers: { 'x-forwarded-for': nextAddress(), ...next.headers } };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

export function describeLoad(name: string, r: LoadResult, floor?: LoadResult): string {
  const ratio = floor ? `  ${(r.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}× floor` : '';
  return `  ${name.padEnd(44)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  errors ${r.errors}, non-2xx ${r.non2xx}${ratio}`;
}
