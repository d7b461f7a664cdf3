import type { Child } from 'hono/jsx';
import { href, otherLangHref, type PageContext } from './page-context';

import { pageJs } from './assets/page-js';
import { siteCss } from './assets/site-css';

/**
 * The assets' cache-busting version: a hash of their own text, so a deploy that changes the
 * stylesheet or the page script changes their URLs and no browser keeps an hour-old copy.
 */
export const ASSET_VERSION = contentVersion(siteCss + pageJs);

/** FNV-1a over the text's UTF-16 units, as 8 hex digits: cheap, stable, enough to tell versions apart. */
export function contentVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

interface LayoutProps {
  page: PageContext;
  title: string;
  description?: string;
  /** The embed page drops the site header and footer. */
  bare?: boolean;
  children?: Child;
}

/** The HTML shell of every page: language, viewport, one stylesheet, one deferred script. */
export function Layout({ page, title, description, bare, children }: LayoutProps) {
  const { t } = page;
  return (
    <html lang={page.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={`/assets/site.css?v=${ASSET_VERSION}`} />
        <script src={`/assets/page.js?v=${ASSET_VERSION}`} defer></script>
      </head>
      <body class={bare ? 'embed' : undefined}>
        {bare ? null : (
          <>
            <a class="skip" href="#main">
              {t.skipToContent}
            </a>
            <header class="site">
              <div class="bar">
                <a class="brand" href={href(page, '/')}>
                  {t.siteName}
                </a>
                <a class="mine" href={href(page, '/my/reports')}>
                  {t.myReports}
                </a>
                <a class="lang" href={otherLangHref(page)} lang={page.lang === 'en' ? 'zh-CN' : 'en'}>
                  {t.switchLang}
                </a>
              </div>
            </header>
          </>
        )}
        <main id="main" tabindex={-1}>
          {children}
        </main>
        {bare ? null : (
          <footer class="site">
            <p>{t.footer}</p>
            <p>
              <a href="/docs">{t.apiDocs}</a>
            </p>
          </footer>
        )}
      </body>
    </html>
  );
}

/** Renders a page element as a complete HTML document. */
export async function htmlDocument(element: unknown): Promise<string> {
  return `<!doctype html>${await (element as Promise<string> | string)}`;
}
