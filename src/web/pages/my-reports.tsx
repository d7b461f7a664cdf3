import { complaintsText } from '../text/complaints';
import type { OwnReport } from '../../services/report-views';
import { ReportCircumstances } from '../components/report-circumstances';
import { Layout } from '../layout';
import { displayKey } from '../number-display';
import { chinaTime, href, numberPath, type PageContext } from '../page-context';
import { myReportsText } from '../text/my-reports';

interface MyReportsPageProps {
  page: PageContext;
  reports: OwnReport[];
  nextCursor: string | null;
  notice?: { ok: boolean; text: string };
}

/**
 * `/my/reports`: what this browser's reporter cookie has sent, each with a way to change it
 * (while the 24-hour window lasts) and to withdraw it. Plain links and POST forms: no JavaScript.
 */
export function MyReportsPage({ page, reports, nextCursor, notice }: MyReportsPageProps) {
  const { t } = page;
  const text = myReportsText(page.lang);
  return (
    <Layout page={page} title={`${text.title} · ${t.siteName}`}>
      <h1>{text.title}</h1>
      <p class="hint">{text.intro}</p>
      {notice ? (
        <p class={`notice ${notice.ok ? 'ok' : 'error'}`} role="status">
          {notice.text}
        </p>
      ) : null}
      {reports.length ? (
        <ul class="plain my-reports">
          {reports.map((report) => (
            <OwnReportItem page={page} report={report} />
          ))}
        </ul>
      ) : (
        <section class="card">
          <p>{text.empty}</p>
          <p>
            <a href={href(page, '/')}>{text.emptyAction}</a>
          </p>
        </section>
      )}
      {nextCursor ? (
        <p>
          <a href={href(page, '/my/reports', { cursor: nextCursor })}>{text.more} →</a>
        </p>
      ) : null}
    </Layout>
  );
}

function OwnReportItem({ page, report }: { page: PageContext; report: OwnReport }) {
  const { t } = page;
  const text = myReportsText(page.lang);
  const number = report.number.e164 ?? report.number.key.replace(/^[A-Z]{2}:/, '');
  return (
    <li class="card own-report" data-report-id={report.id}>
      <h2>
        <a href={href(page, numberPath(number))}>{displayKey(report.number.key)}</a>
      </h2>
      <dl class="facts">
        <div>
          <dt>{text.calledAt}</dt>
          <dd>
            <time datetime={report.called_at}>{text.chinaTime(chinaTime(report.called_at))}</time>
          </dd>
        </div>
        <div>
          <dt>{text.reportedAt}</dt>
          <dd>
            <time datetime={report.reported_at}>{text.chinaTime(chinaTime(report.reported_at))}</time>
          </dd>
        </div>
        <Fact term={text.claimed} value={report.claimed_agency?.name} />
        <Fact term={text.callerCompany} value={report.caller_company} />
        <Fact term={text.debt} value={report.debt_with_claimed_agency !== 'unknown' ? t.debtOptions[report.debt_with_claimed_agency] : null} />
        <Fact term={t.hotlineCheck} value={report.hotline_check !== 'not_tried' ? t.hotlineOptions[report.hotline_check] : null} />
        <Fact term={t.payment} value={report.payment_requested !== 'none' ? t.paymentOptions[report.payment_requested] : null} />
      </dl>
      <ReportCircumstances lang={page.lang} report={report} />
      {report.tags.length ? (
        <ul class="chips">
          {report.tags.map((tag) => (
            <li>{tag.label}</li>
          ))}
        </ul>
      ) : null}
      {report.comment ? <p class="comment">{report.comment}</p> : null}
      {report.status === 'hidden' ? <p class="notice">{text.hidden}</p> : null}
      <p>
        <a href={href(page, `/my/reports/${encodeURIComponent(report.id)}/complaint`)}>{complaintsText(page.lang).link}</a>
      </p>
      <div class="own-actions">
        {report.editable_until ? (
          <p class="hint" data-editable-until={report.editable_until}>
            {text.editableUntil(text.chinaTime(chinaTime(report.editable_until)))}{' '}
            <a class="button" href={href(page, `/my/reports/${encodeURIComponent(report.id)}/edit`)}>
              {text.edit}
            </a>
          </p>
        ) : (
          <p class="hint">{text.notEditable}</p>
        )}
        <form method="post" action={href(page, `/my/reports/${encodeURIComponent(report.id)}/retract`)} class="retract">
          <input type="hidden" name="csrf" value={page.csrfToken ?? ''} />
          <button type="submit" class="secondary" aria-describedby={`retract-hint-${report.id}`}>
            {text.retract}
          </button>
          <p class="hint" id={`retract-hint-${report.id}`}>
            {text.retractHint}
          </p>
        </form>
      </div>
    </li>
  );
}

/** One term of a report's facts; nothing when the report did not say. */
function Fact({ term, value }: { term: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
