import { dialableNumber } from '../../domain/phone';
import type { Lookup, PublicReport } from '../api-types';
import { ReportForm } from '../components/report-form';
import { SearchForm } from '../components/search-form';
import { VerdictBadge } from '../components/verdict-badge';
import { WeeklyChart } from '../components/weekly-chart';
import { numberTypeLabel } from '../i18n';
import { Layout } from '../layout';
import { chinaTime, href, numberPath, type PageContext } from '../page-context';
import type { ReportFormValues } from '../report-form-data';
import { EmbedSnippet } from './embed-snippet';

export interface NumberPageProps {
  page: PageContext;
  lookup: Lookup;
  reports: PublicReport[];
  form: { values: ReportFormValues; errors?: string[]; notice?: string };
}

/** What a person dials and what the URL holds: E.164, or the short number itself. */
export function canonicalNumber(lookup: Lookup): string {
  return lookup.number.e164 ?? dialableNumber(lookup.number.key);
}

/** `/n/{number}`: verdict, advice, reasons, evidence, recent reports, the report form, embed code. */
export function NumberPage({ page, lookup, reports, form }: NumberPageProps) {
  const { t, lang } = page;
  const number = canonicalNumber(lookup);
  const { location } = lookup.number;
  const place = [location?.province, location?.city].filter(Boolean).join(' ');
  const title = `${lookup.number.national} · ${t.verdict[lookup.verdict]} · ${t.siteName}`;
  return (
    <Layout page={page} title={title} description={t.tagline}>
      <SearchForm page={page} id="q-top" />
      <h1>{lookup.number.national}</h1>
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
        <VerdictCard page={page} lookup={lookup} />
      </div>
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
      <EmbedSnippet page={page} number={number} />
    </Layout>
  );
}

/** The verdict, how sure it is, and what to do: the part people read first. */
export function VerdictCard({ page, lookup, compact }: { page: PageContext; lookup: Lookup; compact?: boolean }) {
  const { t } = page;
  const percent = Math.round(lookup.scam_probability * 100);
  const reasons = lookup.reasons
    .filter((r) => r.code !== 'prior' && r.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, compact ? 3 : 8);
  // In the embed only the first few advice items fit; the full page has them all.
  const advice = compact ? lookup.advice.slice(0, 3) : lookup.advice;
  return (
    <section class={`card verdict-${lookup.verdict}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title" class="verdict">
        <VerdictBadge verdict={lookup.verdict} t={t} />
      </h2>
      {lookup.official ? (
        <p>
          {t.officialOf}
          <a href={href(page, `/agencies/${encodeURIComponent(lookup.official.agency_id)}`)}>{lookup.official.name}</a>
          <a class="call" href={`tel:${canonicalNumber(lookup)}`}>
            {t.callNumber(canonicalNumber(lookup))}
          </a>
        </p>
      ) : null}
      {lookup.dispute_open ? <p class="notice">{t.disputeOpen}</p> : null}
      <dl class="facts">
        <div>
          <dt>{t.scamProbability}</dt>
          <dd>
            {percent}%
            <svg class="meter-svg" viewBox="0 0 100 6" width="100%" height="8" aria-hidden="true" focusable="false" preserveAspectRatio="none">
              <rect width="100" height="6" rx="3" fill="#e5e7eb" />
              <rect width={Math.max(2, percent)} height="6" rx="3" fill={percent >= 60 ? '#b3261e' : percent >= 35 ? '#8a4b00' : '#1e6b34'} />
            </svg>
          </dd>
        </div>
        <div>
          <dt>{t.confidence}</dt>
          <dd>{t.confidenceLevel[lookup.confidence] ?? lookup.confidence}</dd>
        </div>
        <div>
          <dt>{t.abuse}</dt>
          <dd>{t.abuseLevel[lookup.abuse.level] ?? lookup.abuse.level}</dd>
        </div>
      </dl>
      {advice.length ? (
        <>
          <h3>{t.advice}</h3>
          <ul class="advice">
            {advice.map((a) => (
              <li>
                {a.message}
                {a.phone ? (
                  <a class="call" href={`tel:${a.phone.replace(/[^\d+]/g, '')}`}>
                    {t.callNumber(a.phone)}
                  </a>
                ) : null}
                {a.url && /^https:\/\//.test(a.url) ? (
                  <>
                    {' '}
                    <a href={a.url} rel="noopener noreferrer">
                      {a.url}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {reasons.length ? (
        <>
          <h3>{t.reasons}</h3>
          <ul class="plain">
            {reasons.map((r) => (
              <li class="reason">
                <span class={`effect ${r.effect}`}>{t.effect[r.effect] ?? r.effect}</span>
                <span>{r.message}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function RecentReport({ report }: { report: PublicReport; page: PageContext }) {
  const when = `${chinaTime(report.called_at)} (UTC+8)`;
  return (
    <li class="recent-report" data-report-id={report.id}>
      <div class="muted">
        <time datetime={report.called_at}>{when}</time>
        {report.claimed_agency ? <> · {report.claimed_agency.name}</> : null}
      </div>
      {report.tags.length ? (
        <ul class="chips">
          {report.tags.map((tag) => (
            <li>{tag.label}</li>
          ))}
        </ul>
      ) : null}
      {report.comment ? <p class="comment">{report.comment}</p> : null}
    </li>
  );
}
