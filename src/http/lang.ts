import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../deps';

export type Lang = 'zh-CN' | 'en';

/**
 * `?lang=` on every route. Any value is accepted: a language the service does not speak
 * falls back (Accept-Language, then zh-CN) instead of failing the request.
 */
export const LangQuery = z
  .string()
  .optional()
  .openapi({ description: 'Response language: zh-CN (default) or en. Others fall back to Accept-Language, then zh-CN.', example: 'en' });

/**
 * `?lang=` wins, then Accept-Language, then zh-CN (the service's audience).
 *
 * @example
 * pickLang('en', null) // 'en'
 * pickLang(undefined, 'en-US,en;q=0.9') // 'en'
 */
export function pickLang(query: string | undefined, acceptLanguage: string | null | undefined): Lang {
  const explicit = query?.toLowerCase();
  if (explicit?.startsWith('en')) return 'en';
  if (explicit?.startsWith('zh')) return 'zh-CN';
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? '1');
      return { tag, q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.q > 0 && (entry.tag.startsWith('en') || entry.tag.startsWith('zh')))
    .sort((a, b) => b.q - a.q)[0];
  return preferred?.tag.startsWith('en') ? 'en' : 'zh-CN';
}

export const langMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('lang', pickLang(c.req.query('lang'), c.req.header('accept-language')));
  await next();
  // Answers (problems included) depend on Accept-Language, so shared caches must key on it.
  c.res.headers.append('vary', 'Accept-Language');
};
