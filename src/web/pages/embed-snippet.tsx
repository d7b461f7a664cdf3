import type { PageContext } from '../page-context';

/** Copy-paste code for other sites: the widget (one script tag) or the iframe with the form. */
export function EmbedSnippet({ page, number }: { page: PageContext; number: string }) {
  const { t, origin, lang } = page;
  const attrs = `number="${number}" lang="${lang}"`;
  const widget = `<script src="${origin}/widget.js" async></script>\n<collector-check ${attrs}></collector-check>`;
  const iframe = `<iframe src="${origin}/embed?number=${encodeURIComponent(number)}&lang=${lang}" title="${t.siteName}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
  return (
    <section class="card" aria-labelledby="embed-title" id="embed">
      <h2 id="embed-title">{t.embedTitle}</h2>
      <p>{t.embedIntro}</p>
      <pre class="snippet" id="embed-widget-code" tabindex={0}>
        {widget}
      </pre>
      <button type="button" class="secondary" data-copy="embed-widget-code" data-copied-text={t.copied} hidden>
        {t.copy}
      </button>
      <p>{t.embedIframe}</p>
      <pre class="snippet" id="embed-iframe-code" tabindex={0}>
        {iframe}
      </pre>
      <button type="button" class="secondary" data-copy="embed-iframe-code" data-copied-text={t.copied} hidden>
        {t.copy}
      </button>
    </section>
  );
}
