import { href, numberPath, type PageContext } from '../page-context';

/** GET /search?q= redirects to the number's page, so the search works without JavaScript. */
export function SearchForm({ page, value, id = 'q', action = '/search' }: { page: PageContext; value?: string; id?: string; action?: string }) {
  const { t } = page;
  return (
    <form class="search" method="get" action={action} role="search">
      <div class="field">
        <label for={id}>{t.searchLabel}</label>
        <input
          id={id}
          name="q"
          type="search"
          inputmode="tel"
          autocomplete="tel"
          required
          maxlength={64}
          placeholder={t.searchPlaceholder}
          value={value ?? ''}
        />
      </div>
      {page.explicitLang ? <input type="hidden" name="lang" value={page.lang} /> : null}
      <button type="submit">{t.searchButton}</button>
    </form>
  );
}

/** Link target for a looked-up number in the current language. */
export function numberHref(page: PageContext, number: string): string {
  return href(page, numberPath(number));
}
