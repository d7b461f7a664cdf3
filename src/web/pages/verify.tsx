import type { AgencySummary } from '../../services/agencies';
import { Layout } from '../layout';
import { href, type PageContext } from '../page-context';
import type { ReportFormValues } from '../report-form-data';
import { verifyText } from '../text/verify';

export interface VerifyPageProps {
  page: PageContext;
  /** Lenders, banks and platforms with official numbers (the reference data), to call back. */
  hotlines: AgencySummary[];
  number: string;
  values: ReportFormValues;
  /** Why the number could not be used, after "report with these answers". */
  numberError?: string;
}

/**
 * `/verify`: what to do while a "collection" call is on the line, as a form of the questions
 * to ask. It is a plain GET form (no JavaScript needed) whose answers fill in the number
 * page's report form (`/verify/report` → `/n/{number}?…#report`).
 */
export function VerifyPage({ page, hotlines, number, values, numberError }: VerifyPageProps) {
  const { t } = page;
  const v = verifyText(page.lang);
  const checkbox = (name: 'employee_id_given' | 'company_name_given' | 'authorization_letter_given', label: string) => (
    <label>
      <input type="checkbox" name={name} checked={values[name]} />
      {label}
    </label>
  );
  const textRow = (name: 'caller_company' | 'claimed_agency', label: string, hint: string) => (
    <div class="row">
      <label for={`v-${name}`}>{label}</label>
      <input id={`v-${name}`} name={name} type="text" maxlength={100} value={values[name]} aria-describedby={`v-${name}-hint`} />
      <span class="hint" id={`v-${name}-hint`}>
        {hint}
      </span>
    </div>
  );
  const radios = (name: 'hotline_check' | 'payment_requested' | 'debt_with_claimed_agency', legend: string, options: Record<string, string>) => (
    <fieldset>
      <legend>{legend}</legend>
      <div class="choices single">
        {Object.entries(options).map(([value, label]) => (
          <label>
            <input type="radio" name={name} value={value} checked={values[name] === value} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <Layout page={page} title={`${v.title} · ${t.siteName}`} description={v.intro}>
      <h1>{v.title}</h1>
      <p>{v.intro}</p>
      <form class="report verify" method="get" action="/verify/report">
        {page.explicitLang ? <input type="hidden" name="lang" value={page.lang} /> : null}
        <ol class="verify-steps">
          <li class="card" id="ask">
            <h2>{v.step1}</h2>
            <p class="hint">{v.step1Intro}</p>
            <ul class="questions">
              <li>{v.askEmployeeId}</li>
              <li>{v.askCompany}</li>
              <li>{v.askLender}</li>
              <li>{v.askLetter}</li>
            </ul>
            <fieldset>
              <legend>{v.gotLabel}</legend>
              <div class="choices">
                {checkbox('employee_id_given', t.idEmployee)}
                {checkbox('company_name_given', t.idCompany)}
                {checkbox('authorization_letter_given', t.idLetter)}
              </div>
            </fieldset>
            {textRow('caller_company', v.companyLabel, v.companyHint)}
            {textRow('claimed_agency', v.lenderLabel, v.lenderHint)}
          </li>
          <li class="card" id="call-back">
            <h2>{v.step2}</h2>
            <p>{v.step2Intro}</p>
            {hotlines.length ? (
              <ul class="hotlines">
                {hotlines.map((agency) => (
                  <li>
                    <a href={href(page, `/agencies/${encodeURIComponent(agency.id)}`)}>{agency.name}</a>{' '}
                    {agency.official_numbers.map((o) => (
                      <a class="call" href={`tel:${o.number}`} aria-label={`${v.call} ${agency.name} ${o.number}`}>
                        {o.number}
                      </a>
                    ))}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{v.hotlinesEmpty}</p>
            )}
            {radios('hotline_check', v.hotlineResult, t.hotlineOptions)}
            {radios('debt_with_claimed_agency', v.debtLabel, t.debtOptions)}
          </li>
          <li class="card" id="never-pay">
            <h2>{v.step3}</h2>
            <p>{v.step3Intro}</p>
            {radios('payment_requested', v.paymentLabel, t.paymentOptions)}
          </li>
          <li class="card" id="red-flags">
            <h2>{v.step4}</h2>
            <fieldset>
              <legend>{v.step4Intro}</legend>
              <div class="choices single">
                {v.redFlags.map(([tag, label]) => (
                  <label>
                    <input type="checkbox" name="tags" value={tag} checked={values.tags.includes(tag)} />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
            <p class="notice warning">{v.creditFlag}</p>
          </li>
          <li class="card" id="report-call">
            <h2>{v.reportTitle}</h2>
            <p class="hint">{v.reportIntro}</p>
            <div class="row" data-field="number">
              <label for="v-number">{v.numberLabel}</label>
              {numberError ? (
                <p class="field-error" id="v-number-error" role="alert">
                  {numberError}
                </p>
              ) : null}
              <input
                id="v-number"
                name="number"
                type="text"
                inputmode="tel"
                autocomplete="off"
                maxlength={64}
                value={number}
                aria-describedby={numberError ? 'v-number-error v-number-hint' : 'v-number-hint'}
                aria-invalid={numberError ? 'true' : undefined}
                autofocus={numberError ? true : undefined}
              />
              <span class="hint" id="v-number-hint">
                {v.numberHint}
              </span>
            </div>
            <button type="submit">{v.reportButton}</button>
          </li>
        </ol>
      </form>
    </Layout>
  );
}
