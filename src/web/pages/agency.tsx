import { ViolationList } from '../components/violations';
import { dialableNumber } from '../../domain/phone';
import type { AgencyDetailView } from '../../services/agencies';
import { numberHref } from '../components/search-form';
import { Layout } from '../layout';
import { displayKey } from '../number-display';
import { type PageContext } from '../page-context';

/** `/agencies/{id}`: official numbers to call back, complaint channels, numbers that claimed to be it. */
export function AgencyPage({ page, detail }: { page: PageContext; detail: AgencyDetailView }) {
  const { t } = page;
  const { name, website } = detail;
  const officials = detail.official_numbers;
  const channels = detail.complaint_channels;
  return (
    <Layout page={page} title={`${name} · ${t.siteName}`}>
      <h1>{name}</h1>
      {website ? (
        <p>
          {t.agencyWebsite}
          {t.colon}
          <a href={website} rel="noopener noreferrer">
            {website}
          </a>
        </p>
      ) : null}
      <section class="card" aria-labelledby="official-title">
        <h2 id="official-title">{t.agencyOfficialNumbers}</h2>
        {officials.length ? (
          <ul class="plain">
            {officials.map((o) => (
              <li>
                <a href={numberHref(page, o.number)}>{o.number}</a>
                {o.purpose ? <> · {o.purpose}</> : null}
                <a class="call" href={`tel:${o.number}`}>
                  {t.callNumber(o.number)}
                </a>
                <SourceLine page={page} source={o.source} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.agencyNoOfficialNumbers}</p>
        )}
      </section>
      <section class="card" aria-labelledby="complaints-title">
        <h2 id="complaints-title">{t.agencyComplaints}</h2>
        <ul class="plain">
          {channels.map((ch) => (
            <li>
              {ch.label}
              {ch.kind === 'phone' ? (
                <a class="call" href={`tel:${ch.value}`}>
                  {t.callNumber(ch.value)}
                </a>
              ) : ch.kind === 'web' && /^https?:\/\//.test(ch.value) ? (
                <>
                  {' '}
                  <a href={ch.value} rel="noopener noreferrer">
                    {ch.value}
                  </a>
                </>
              ) : (
                <> · {ch.value}</>
              )}
            </li>
          ))}
        </ul>
      </section>
      {detail.reported_numbers.length ? (
        <section class="card" aria-labelledby="reported-title">
          <h2 id="reported-title">{t.agencyReported}</h2>
          <ul class="plain">
            {detail.reported_numbers.map((n) => (
              <li>
                <a href={numberHref(page, n.e164 ?? dialableNumber(n.key))}>{displayKey(n.key)}</a>
                <span class="count muted"> · {t.reportsCount(n.reports)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ViolationList lang={page.lang} violations={detail.violations} id="agency-violations" />
      {detail.aliases.length ? (
        <section class="card" aria-labelledby="aliases-title">
          <h2 id="aliases-title">{t.agencyAliases}</h2>
          <ul class="chips">
            {detail.aliases.map((alias) => (
              <li>{alias}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

// Ends at brackets and punctuation of either script: a Chinese source runs straight on with '（' or '，'.
const SOURCE_URL = /https?:\/\/[^\s()（）,，。]+/;

/**
 * Where an official number is published. The seed writes sources in English ("Alipay customer
 * service centre, https://cshall.alipay.com (hotline 95188)"); on the Chinese page that sentence
 * would be the only English on screen, so it says "官方网站" and links the site instead.
 */
function SourceLine({ page, source }: { page: PageContext; source: string }) {
  const { t, lang } = page;
  const url = SOURCE_URL.exec(source)?.[0];
  const host = url ? hostOf(url) : null;
  const link = url && host ? (
    <a href={url} rel="noopener noreferrer">
      {host}
    </a>
  ) : null;
  return (
    <div class="hint" data-source="">
      {t.source}
      {t.colon}
      {lang === 'en' || !link ? (
        source
      ) : (
        <>
          {t.sourceOfficialSite} {link}
        </>
      )}
    </div>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
