import { conductTags, tagInfo } from '../../domain/conduct/tags';
import { href, type PageContext } from '../page-context';
import type { ReportFormValues } from '../report-form-data';
import { reportFieldLabels } from '../report-submission';
import { ErrorSummary, FieldError, invalidAttrs, type FormError } from './form-errors';
import { CircumstanceFields } from './circumstance-fields';

interface ReportFormProps {
  page: PageContext;
  action: string;
  values: ReportFormValues;
  /** Messages from a failed submission: summarized above the form and placed at their fields. */
  errors?: FormError[];
  /** A message after a successful submission (no-JS path redirects back with it). */
  notice?: string;
  /** After a stored report: the link to its complaint texts, shown with the notice. */
  complaint?: { href: string; label: string };
  /** The submit button's text (editing says so). */
  submitLabel?: string;
  /** Whether page.js submits it in place (the number page and embed); editing posts plainly. */
  enhance?: boolean;
}

/**
 * The report form. It is a plain POST form (works without JavaScript); /assets/page.js
 * submits the same fields with fetch and updates the page in place.
 */
export function ReportForm({ page, action, values, errors, notice, complaint, submitLabel, enhance = true }: ReportFormProps) {
  const { t, lang } = page;
  const select = (name: keyof ReportFormValues, label: string, options: Record<string, string>) => (
    <div class="row" data-field={name}>
      <label for={`f-${name}`}>{label}</label>
      <FieldError errors={errors} field={name} />
      <select id={`f-${name}`} name={name} {...invalidAttrs(errors, name)}>
        {Object.entries(options).map(([value, text]) => (
          <option value={value} selected={values[name] === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const fieldsetClass = (field: string) => (errors?.some((e) => e.field === field) ? 'invalid' : undefined);
  return (
    <form class="report" method="post" action={action} data-enhance={enhance ? 'report' : undefined}>
      <div id="report-status" role="status" aria-live="polite">
        {notice ? (
          <p class="notice ok">
            {notice}
            {complaint ? (
              <>
                {' '}
                <a href={complaint.href}>{complaint.label}</a>
              </>
            ) : null}
          </p>
        ) : null}
        {errors?.length ? <ErrorSummary errors={errors} title={t.errorSummary} labels={reportFieldLabels(t, lang)} colon={t.colon} /> : null}
      </div>
      <input type="hidden" name="csrf" value={page.csrfToken ?? ''} />
      <input type="hidden" name="tz_offset" value={values.tz_offset} />
      <div class="row" data-field="called_at">
        <label for="f-called_at">{t.calledAt}</label>
        <FieldError errors={errors} field="called_at" />
        <input id="f-called_at" name="called_at" type="datetime-local" required value={values.called_at} {...invalidAttrs(errors, 'called_at')} />
      </div>
      <div class="row" data-field="claimed_agency">
        <label for="f-claimed_agency">{t.claimedAgency}</label>
        <FieldError errors={errors} field="claimed_agency" />
        <input
          id="f-claimed_agency"
          name="claimed_agency"
          type="text"
          maxlength={100}
          value={values.claimed_agency}
          {...invalidAttrs(errors, 'claimed_agency', 'f-claimed_agency-hint')}
        />
        <span class="hint" id="f-claimed_agency-hint">
          {t.claimedAgencyHint}
        </span>
      </div>
      <div class="row" data-field="caller_company">
        <label for="f-caller_company">{t.callerCompany}</label>
        <FieldError errors={errors} field="caller_company" />
        <input
          id="f-caller_company"
          name="caller_company"
          type="text"
          maxlength={100}
          value={values.caller_company}
          {...invalidAttrs(errors, 'caller_company', 'f-caller_company-hint')}
        />
        <span class="hint" id="f-caller_company-hint">
          {t.callerCompanyHint}
        </span>
      </div>
      {select('debt_with_claimed_agency', t.debtWith, t.debtOptions)}
      {select('hotline_check', t.hotlineCheck, t.hotlineOptions)}
      <fieldset id="f-identification" data-field="identification" class={fieldsetClass('identification')} {...invalidAttrs(errors, 'identification')}>
        <legend>{t.identification}</legend>
        <FieldError errors={errors} field="identification" />
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
      <fieldset id="f-tags" data-field="tags" class={fieldsetClass('tags')} {...invalidAttrs(errors, 'tags')}>
        <legend>{t.conduct}</legend>
        <FieldError errors={errors} field="tags" />
        <div class="choices">
          {conductTags.map((tag) => (
            <label title={tagInfo[tag].description[lang]}>
              <input type="checkbox" name="tags" value={tag} checked={values.tags.includes(tag)} />
              {tagInfo[tag].label[lang]}
            </label>
          ))}
        </div>
      </fieldset>
      <CircumstanceFields lang={lang} values={values} errors={errors} />
      <div class="row" data-field="comment">
        <label for="f-comment">{t.comment}</label>
        <FieldError errors={errors} field="comment" />
        <textarea id="f-comment" name="comment" maxlength={1000} {...invalidAttrs(errors, 'comment')}>
          {values.comment}
        </textarea>
      </div>
      {enhance ? (
        <p class="hint">
          {t.reportEditHint} <a href={href(page, '/my/reports')}>{t.myReports} →</a>
        </p>
      ) : null}
      <button type="submit" data-busy-text={t.submitting}>
        {submitLabel ?? t.submit}
      </button>
    </form>
  );
}
