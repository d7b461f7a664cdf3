import type { Context } from 'hono';
import type { AppEnv } from '../deps';
import type { Lang } from '../http/lang';
import { strings, type Strings } from './i18n';

/** What every page component needs: the language, its text and a way to build links. */
export interface PageContext {
  lang: Lang;
  t: Strings;
  /** Current path with query, for the language switch. */
  path: string;
  /** Whether the language came from `?lang=` (then links carry it, so it sticks). */
  explicitLang: boolean;
  /** The site's own origin, for copy-paste embed snippets. */
  origin: string;
  /** CSRF token for forms on this page. */
  csrfToken?: string;
}

export function pageContext(c: Context<AppEnv>): PageContext {
  const url = new URL(c.req.url);
  return {
    lang: c.var.lang,
    t: strings(c.var.lang),
    path: url.pathname + url.search,
    explicitLang: Boolean(c.req.query('lang')),
    origin: url.origin,
  };
}

/**
 * A link inside the site that keeps an explicitly chosen language.
 *
 * @example
 * href({ lang: 'en', explicitLang: true } as PageContext, '/n/95188') // '/n/95188?lang=en'
 */
export function href(page: Pick<PageContext, 'lang' | 'explicitLang'>, path: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params);
  if (page.explicitLang) query.set('lang', page.lang);
  const text = query.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

/** The same page in the other language. */
export function otherLangHref(page: PageContext): string {
  const url = new URL(page.path, 'http://x');
  url.searchParams.set('lang', page.lang === 'en' ? 'zh-CN' : 'en');
  url.searchParams.delete('msg');
  return url.pathname + url.search;
}

/**
 * Path of a number's page. `+` is legal in a path and reads better than `%2B`.
 *
 * @example
 * numberPath('+8613800138000') // '/n/+8613800138000'
 */
export function numberPath(number: string): string {
  return `/n/${encodeURIComponent(number).replace(/%2B/g, '+')}`;
}

/**
 * An instant as China Standard Time, which is what callers and reporters in CN go by.
 *
 * @example
 * chinaTime('2026-06-15T12:00:00Z') // '2026-06-15 20:00'
 */
export function chinaTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
