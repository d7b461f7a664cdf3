import { dialableNumber } from '../../domain/phone';
import type { AgencySummary } from '../../services/agencies';
import type { StatsView } from '../../services/stats';
import { SearchForm, numberHref } from '../components/search-form';
import { VerdictBadge } from '../components/verdict-badge';
import { Layout } from '../layout';
import { displayKey } from '../number-display';
import { href, type PageContext } from '../page-context';
import { verifyText } from '../text/verify';

/** Numbers in the guide that people should be able to tap to call. */
const guidePhones = ['95188', '12378', '12321', '110'];

/** `/`: search, trending numbers (when /v1/stats answers) and how to verify a collector. */
export function HomePage({ page, stats, agencies }: { page: PageContext; stats: StatsView | null; agencies: AgencySummary[] }) {
  const { t } = page;
  const trending = (stats?.trending ?? []).slice(0, 10);
  const hotlines = agencies.filter((a) => ['lender', 'bank', 'platform'].includes(a.kind) && a.official_numbers.length);
  return (
    <Layout page={page} title={t.siteName} description={t.tagline}>
      <h1>{t.tagline}</h1>
      <section class="card">
        <SearchForm page={page} />
      </section>
      <div class="grid2">
        <section class="card" aria-labelledby="guide-title">
          <h2 id="guide-title">{t.guideTitle}</h2>
          <ol class="guide">
            {t.guide.map((step) => (
              <li>{withCallLinks(step, t.guideCall)}</li>
            ))}
          </ol>
          <p class="verify-link">
            <a href={href(page, '/verify')}>{verifyText(page.lang).linkText}</a>
          </p>
        </section>
        {stats ? (
          <section class="card trending" aria-labelledby="trending-title">
            <h2 id="trending-title">{t.trending}</h2>
            {trending.length ? (
              <ul class="plain">
                {trending.map((item) => {
                  const number = item.e164 ?? dialableNumber(item.key);
                  return (
                    <li>
                      <a href={numberHref(page, number)}>{displayKey(item.key)}</a>
                      {item.reports_this_week !== undefined ? <span class="count">{t.reportsCount(item.reports_this_week)}</span> : null}
                      {item.verdict ? <> <VerdictBadge verdict={item.verdict} t={t} /></> : null}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p class="muted">{t.trendingEmpty}</p>
            )}
          </section>
        ) : null}
      </div>
      {hotlines.length ? (
        <section class="card" aria-labelledby="hotlines-title">
          <h2 id="hotlines-title">{t.hotlines}</h2>
          <p class="hint">{t.hotlinesIntro}</p>
          <ul class="hotlines">
            {hotlines.map((agency) => (
              <li>
                <a href={href(page, `/agencies/${encodeURIComponent(agency.id)}`)}>{agency.name}</a>{' '}
                {agency.official_numbers.map((o) => (
                  <a class="call" href={`tel:${o.number}`} aria-label={`${t.guideCall} ${o.number}`}>
                    {o.number}
                  </a>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

/** Turns the hotline numbers inside a guide sentence into tap-to-call links. */
function withCallLinks(text: string, callWord: string) {
  const pattern = new RegExp(`(?<!\\d)(${guidePhones.join('|')})(?!\\d)`, 'g');
  const parts = text.split(pattern);
  return parts.map((part) =>
    guidePhones.includes(part) ? (
      <a href={`tel:${part}`} aria-label={`${callWord} ${part}`}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
