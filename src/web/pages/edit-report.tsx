import type { OwnReport } from '../../services/report-views';
import type { FormError } from '../components/form-errors';
import { ReportForm } from '../components/report-form';
import { Layout } from '../layout';
import { displayKey } from '../number-display';
import { chinaTime, href, type PageContext } from '../page-context';
import type { ReportFormValues } from '../report-form-data';
import { myReportsText } from '../text/my-reports';

interface EditReportPageProps {
  page: PageContext;
  report: OwnReport;
  values: ReportFormValues;
  errors?: FormError[];
}

/** `/my/reports/{id}/edit`: the report form, filled in with what was sent, inside the 24-hour window. */
export function EditReportPage({ page, report, values, errors }: EditReportPageProps) {
  const text = myReportsText(page.lang);
  const shown = displayKey(report.number.key);
  return (
    <Layout page={page} title={`${text.editTitle(shown)} · ${page.t.siteName}`}>
      <p>
        <a href={href(page, '/my/reports')}>← {text.back}</a>
      </p>
      <h1>{text.editTitle(shown)}</h1>
      <section class="card" id="report">
        {report.editable_until ? (
          <>
            <p class="hint">{text.editIntro(text.chinaTime(chinaTime(report.editable_until)))}</p>
            <ReportForm
              page={page}
              action={href(page, `/my/reports/${encodeURIComponent(report.id)}/edit`)}
              values={values}
              errors={errors}
              submitLabel={text.save}
              enhance={false}
            />
          </>
        ) : (
          <p class="notice">{text.editExpired}</p>
        )}
      </section>
    </Layout>
  );
}
