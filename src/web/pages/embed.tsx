import type { NumberLookup } from '../../services/lookup';
import type { PublicReport } from '../../services/report-views';
import { ReportForm } from '../components/report-form';
import { SearchForm } from '../components/search-form';
import { SpoofingWarning } from '../components/spoofing-warning';
import { VerdictCard } from '../components/verdict-card';
import { Layout } from '../layout';
import { canonicalNumber, displayNumber } from '../number-display';
import { chinaTime, href, numberPath, type PageContext } from '../page-context';
import type { ReportFormState } from './number';

interface EmbedPageProps {
  page: PageContext;
  lookup: NumberLookup | null;
  /** A message for the search box (invalid number, lookup unavailable). */
  searchError?: string;
  query?: string;
  reports: PublicReport[];
  form?: ReportFormState;
}

/** `/embed?number=`: the lookup and the report form, sized for an iframe on someone else's site. */
export function EmbedPage({ page, lookup, searchError, query, reports, form }: EmbedPageProps) {
  const { t } = page;
  const number = lookup ? canonicalNumber(lookup) : null;
  return (
    <Layout page={page} title={lookup ? `${displayNumber(lookup.number)} · ${t.siteName}` : t.siteName} bare>
      {lookup ? <SpoofingWarning page={page} lookup={lookup} /> : null}
      <SearchForm page={page} action="/embed" value={query} id="embed-q" />
      {searchError ? <p class="notice error">{searchError}</p> : null}
      {lookup && number ? (
        <>
          <h1>{displayNumber(lookup.number)}</h1>
          <div id="verdict-region">
            <VerdictCard page={page} lookup={lookup} compact reportHref="#report-form" />
          </div>
          {reports.length ? (
            <section class="card" aria-labelledby="embed-comments" id="recent-reports">
              <h2 id="embed-comments">{t.recentComments}</h2>
              <ul class="plain">
                {reports.map((r) => (
                  <li class="recent-report">
                    <div class="muted">
                      {chinaTime(r.called_at).slice(0, 10)}
                      {r.claimed_agency ? <> · {r.claimed_agency.name}</> : null}
                    </div>
                    {r.comment ? <p class="comment">{r.comment}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <p>
            <a href={href(page, numberPath(number))} target="_blank" rel="noopener">
              {t.fullReport} →
            </a>
          </p>
          {form ? (
            <details class="card" id="report-form" open={Boolean(form.errors?.length || form.notice)}>
              <summary>
                <strong>{t.reportTitle}</strong>
              </summary>
              <ReportForm page={page} action={href(page, '/embed/report', { number })} {...form} />
            </details>
          ) : null}
        </>
      ) : null}
    </Layout>
  );
}
