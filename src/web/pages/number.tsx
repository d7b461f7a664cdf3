import type { NumberLookup } from '../../services/lookup';
import type { PublicReport } from '../../services/report-views';
import type { FormError } from '../components/form-errors';
import { AgencyChecks } from '../components/agency-checks';
import { DisputeForm } from '../components/dispute-form';
import { ReportForm } from '../components/report-form';
import { SearchForm } from '../components/search-form';
import { SpoofingWarning } from '../components/spoofing-warning';
import { VerdictCard } from '../components/verdict-card';
import { WeeklyChart } from '../components/weekly-chart';
import { ViolationList } from '../components/violations';
import { ReportCircumstances } from '../components/report-circumstances';
import { numberTypeLabel } from '../i18n';
import { Layout } from '../layout';
import { canonicalNumber, displayNumber, placeName } from '../number-display';
import { chinaTime, href, numberPath, type PageContext } from '../page-context';
import type { DisputeFormValues } from '../dispute-submission';
import type { ReportFormValues } from '../report-form-data';
import { verifyText } from '../text/verify';
import { EmbedSnippet } from './embed-snippet';

export interface NumberPageProps {
  page: PageContext;
  lookup: NumberLookup;
  reports: PublicReport[];
  form: ReportFormState;
  dispute: DisputeFormState;
}

export interface DisputeFormState {
  values: DisputeFormValues;
  errors?: FormError[];
}

/** What the report form shows: values, and either the messages of a failed submit or a notice. */
export interface ReportFormState {
  values: ReportFormValues;
  errors?: FormError[];
  notice?: string;
  /** After a stored report: where its complaint texts are. */
  complaint?: { href: string; label: string };
}

/** `/n/{number}`: verdict, advice, reasons, evidence, recent reports, the report form, embed code. */
export function NumberPage({ page, lookup, reports, form, dispute }: NumberPageProps) {
  const { t, lang } = page;
  const number = canonicalNumber(lookup);
  const shown = displayNumber(lookup.number);
  const place = placeName(lookup.number.location, lang);
  const title = `${shown} · ${t.verdict[lookup.verdict]} · ${t.siteName}`;
  return (
    <Layout page={page} title={title} description={t.tagline}>
      <SpoofingWarning page={page} lookup={lookup} />
      <SearchForm page={page} id="q-top" />
      <h1>{shown}</h1>
      <dl class="facts number-facts">
        <div>
          <dt>{t.numberType}</dt>
          <dd>{numberTypeLabel(lang, lookup.number.type)}</dd>
        </div>
        {place ? (
          <div>
            <dt>{t.location}</dt>
            <dd>{place}</dd>
          </div>
        ) : null}
        {lookup.number.carrier ? (
          <div>
            <dt>{t.carrier}</dt>
            <dd>{lookup.number.carrier}</dd>
          </div>
        ) : null}
      </dl>
      <div id="verdict-region">
        <VerdictCard page={page} lookup={lookup} reportHref="#report" />
      </div>
      <p class="verify-link">
        <a href={href(page, '/verify', { number })}>{verifyText(lang).linkText}</a>
      </p>
      <ViolationList lang={lang} violations={lookup.violations} />
      <div class="grid2">
        <section class="card" aria-labelledby="reports-title" id="evidence">
          <h2 id="reports-title">{t.reportsTitle}</h2>
          <p>{lookup.reports.total ? t.reportsSummary(lookup.reports.total, lookup.reports.reporters, lookup.reports.last_30_days) : t.noReports}</p>
          {lookup.reports.weekly.some((w) => w.count > 0) ? <WeeklyChart weekly={lookup.reports.weekly} t={t} /> : null}
          {lookup.tags.length ? (
            <>
              <h3>{t.tags}</h3>
              <ul class="chips">
                {lookup.tags.map((tag) => (
                  <li>
                    {tag.label} × {tag.count}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {lookup.claimed_agencies.length ? (
            <>
              <h3>{t.claimedAgencies}</h3>
              <ul class="plain">
                {lookup.claimed_agencies.map((claim) => (
                  <li>
                    {claim.agency_id ? <a href={href(page, `/agencies/${encodeURIComponent(claim.agency_id)}`)}>{claim.name}</a> : <span>{claim.name}</span>}
                    {claim.agency_id ? null : <span class="hint"> {t.unmatchedAgency}</span>}
                    <span class="muted"> · {Math.round(claim.share * 100)}% ({t.reportsCount(claim.reports)})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <AgencyChecks page={page} checks={lookup.agency_checks} />
        </section>
        <section class="card" aria-labelledby="comments-title" id="recent-reports">
          <h2 id="comments-title">{t.recentComments}</h2>
          {reports.length ? (
            <ul class="plain">
              {reports.map((report) => (
                <RecentReport report={report} page={page} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t.noComments}</p>
          )}
        </section>
      </div>
      <section class="card" aria-labelledby="report-title" id="report">
        <h2 id="report-title">{t.reportTitle}</h2>
        <p class="hint">{t.reportIntro}</p>
        <ReportForm page={page} action={href(page, `${numberPath(number)}/report`)} {...form} />
      </section>
      <DisputeForm page={page} action={href(page, `${numberPath(number)}/dispute`)} {...dispute} />
      <EmbedSnippet page={page} number={number} />
    </Layout>
  );
}

function RecentReport({ report, page }: { report: PublicReport; page: PageContext }) {
  const when = `${chinaTime(report.called_at)} (UTC+8)`;
  return (
    <li class="recent-report" data-report-id={report.id}>
      <div class="muted">
        <time datetime={report.called_at}>{when}</time>
        {report.claimed_agency ? <> · {report.claimed_agency.name}</> : null}
        {report.caller_company ? <> · {report.caller_company}</> : null}
      </div>
      {report.tags.length ? (
        <ul class="chips">
          {report.tags.map((tag) => (
            <li>{tag.label}</li>
          ))}
        </ul>
      ) : null}
      <ReportCircumstances lang={page.lang} report={report} />
      {report.comment ? <p class="comment">{report.comment}</p> : null}
    </li>
  );
}
