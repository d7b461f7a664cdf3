import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import type { AgencySummary, DisputeStatus, Lookup, OwnReport, Page, Problem, PublicReport, Stats } from './api-types';

/** The app's own `fetch`, so pages go through the same routes, validation and limits as API clients. */
export type ApiFetch = (request: Request, env?: unknown) => Response | Promise<Response>;

export type ApiResult<T> = { ok: true; status: number; body: T; headers: Headers } | { ok: false; status: number; problem: Problem; headers: Headers };

/**
 * Headers of the page request that the API needs to treat the call as the same client: the
 * address, and the cookies by which the read limit tells one browser from its neighbours.
 */
const forwardedHeaders = ['x-forwarded-for', 'cf-connecting-ip', 'user-agent', 'cookie'];

/**
 * Calls the JSON API in-process on behalf of the page request: the client's address
 * headers and runtime bindings are passed on, so rate limits and Sybil signals see the
 * real client.
 *
 * @example
 * const api = apiClient(c, fetchApi);
 * const lookup = await api.lookup('95188');
 */
export function apiClient(c: Context<AppEnv>, fetchApi: ApiFetch) {
  const origin = new URL(c.req.url).origin;
  const lang = c.var.lang;

  async function call<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResult<T>> {
    const headers = new Headers(init.headers);
    for (const name of forwardedHeaders) {
      const value = c.req.header(name);
      if (value) headers.set(name, value);
    }
    headers.set('accept', 'application/json');
    // The page's language, both ways the API reads it, so its problems come back in it too.
    headers.set('accept-language', lang);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    const request = new Request(origin + path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const res = await fetchApi(request, c.env);
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    if (res.ok) return { ok: true, status: res.status, body: body as T, headers: res.headers };
    const problem = (body && typeof body === 'object' ? body : { type: 'http-error', title: 'Error', status: res.status, detail: text }) as Problem;
    return { ok: false, status: res.status, problem, headers: res.headers };
  }

  const query = (params: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
    return search.toString();
  };

  return {
    lookup: (number: string, region?: string) =>
      call<Lookup>(`/v1/numbers/${encodeURIComponent(number)}?${query({ region, lang })}`),
    reports: (number: string, limit = 10) =>
      call<Page<PublicReport>>(`/v1/numbers/${encodeURIComponent(number)}/reports?${query({ limit, lang })}`),
    stats: () => call<Stats>(`/v1/stats?${query({ lang })}`),
    agencies: () => call<Page<AgencySummary>>(`/v1/agencies?${query({ limit: 100, lang })}`),
    postReport: (body: Record<string, unknown>, reporterToken: string | undefined) =>
      call<{ id: string; status: 'created' | 'updated'; number: { key: string; e164: string | null }; reporter_token?: string }>(
        `/v1/reports?${query({ lang })}`,
        { method: 'POST', body, headers: reporterToken ? { 'x-reporter-token': reporterToken } : {} },
      ),
    myReports: (reporterToken: string, cursor?: string) =>
      call<Page<OwnReport>>(`/v1/reporter/reports?${query({ cursor, limit: 20, lang })}`, { headers: { 'x-reporter-token': reporterToken } }),
    myReport: (id: string, reporterToken: string) =>
      call<OwnReport>(`/v1/reporter/reports/${encodeURIComponent(id)}?${query({ lang })}`, { headers: { 'x-reporter-token': reporterToken } }),
    retractReport: (id: string, reporterToken: string) =>
      call<null>(`/v1/reports/${encodeURIComponent(id)}?${query({ lang })}`, { method: 'DELETE', headers: { 'x-reporter-token': reporterToken } }),
    postDispute: (body: Record<string, unknown>) =>
      call<{ id: string; status: 'open'; status_url: string }>(`/v1/disputes?${query({ lang })}`, { method: 'POST', body }),
    dispute: (id: string) => call<DisputeStatus>(`/v1/disputes/${encodeURIComponent(id)}?${query({ lang })}`),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
