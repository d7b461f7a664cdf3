import { conductTags, tagInfo } from '../../domain/conduct/tags';
import type { PageContext } from '../page-context';
import type { ReportFormValues } from '../report-form-data';

interface ReportFormProps {
  page: PageContext;
  action: string;
  values: ReportFormValues;
  /** Messages from a failed submission, shown above the form. */
  errors?: string[];
  /** A message after a successful submission (no-JS path redirects back with it). */
  notice?: string;
}

/**
 * The report form. It is a plain POST form (works without JavaScript); /assets/page.js
 * submits the same fields with fetch and updates the page in place.
 */
export function ReportForm({ page, action, values, errors, notice }: ReportFormProps) {
  const { t, lang } = page;
  const select = (name: keyof ReportFormValues, label: string, options: Record<string, string>) => (
    <div class="row">
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        {Object.entries(options).map(([value, text]) => (
          <option value={value} selected={values[name] === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form class="report" method="post" action={action} data-enhance="report">
      <div id="report-status" role="status" aria-live="polite">
        {notice ? <p class="notice ok">{notice}</p> : null}
        {errors?.length ? (
          <div class="notice error">
            {t.reportFailed}
            <ul>
              {errors.map((error) => (
                <li>{error}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <input type="hidden" name="csrf" value={page.csrfToken ?? ''} />
      <input type="hidden" name="tz_offset" value={values.tz_offset} />
      <div class="row">
        <label for="f-called_at">{t.calledAt}</label>
        <input id="f-called_at" name="called_at" type="datetime-local" required value={values.called_at} />
      </div>
      <div class="row">
        <label for="f-claimed_agency">{t.claimedAgency}</label>
        <input id="f-claimed_agency" name="claimed_agency" type="text" maxlength={100} aria-describedby="f-claimed_agency-hint" value={values.claimed_agency} />
        <span class="hint" id="f-claimed_agency-hint">
          {t.claimedAgencyHint}
        </span>
      </div>
      {select('debt_with_claimed_agency', t.debtWith, t.debtOptions)}
      {select('hotline_check', t.hotlineCheck, t.hotlineOptions)}
      <fieldset>
        <legend>{t.identification}</legend>
        <div class="choices">
          {(
            [
              ['employee_id_given', t.idEmployee],
              ['company_name_given', t.idCompany],
              ['authorization_letter_given', t.idLetter],
            ] as const
          ).map(([name, label]) => (
            <label>
              <input type="checkbox" name={name} checked={values[name]} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {select('payment_requested', t.payment, t.paymentOptions)}
      <fieldset>
        <legend>{t.conduct}</legend>
        <div class="choices">
          {conductTags.map((tag) => (
            <label title={tagInfo[tag].description[lang]}>
              <input type="checkbox" name="tags" value={tag} checked={values.tags.includes(tag)} />
              {tagInfo[tag].label[lang]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="row">
        <label for="f-comment">{t.comment}</label>
        <textarea id="f-comment" name="comment" maxlength={1000}>
          {values.comment}
        </textarea>
      </div>
      <button type="submit" data-busy-text={t.submitting}>
        {t.submit}
      </button>
    </form>
  );
}
