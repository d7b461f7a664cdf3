import type { DisputeFormValues } from '../dispute-submission';
import type { PageContext } from '../page-context';
import { disputeText } from '../text/disputes';
import { ErrorSummary, FieldError, invalidAttrs, type FormError } from './form-errors';

interface DisputeFormProps {
  page: PageContext;
  action: string;
  values: DisputeFormValues;
  errors?: FormError[];
}

/**
 * For a number's owner, the agency using it, or its new holder. Closed by default (most
 * readers are the called, not the caller); a plain POST form that works without JavaScript.
 */
export function DisputeForm({ page, action, values, errors }: DisputeFormProps) {
  const text = disputeText(page.lang);
  const labels = { relation: text.relation, statement: text.statement, contact: text.contact };
  return (
    <details class="card" id="dispute" open={Boolean(errors?.length)}>
      <summary>
        <strong>{text.formTitle}</strong>
      </summary>
      <p class="hint">{text.formIntro}</p>
      <form class="dispute" method="post" action={action}>
        {errors?.length ? <ErrorSummary errors={errors} title={text.errorSummary} labels={labels} colon={page.t.colon} /> : null}
        <input type="hidden" name="csrf" value={page.csrfToken ?? ''} />
        <fieldset id="f-relation" data-field="relation" class={errors?.some((e) => e.field === 'relation') ? 'invalid' : undefined} {...invalidAttrs(errors, 'relation')}>
          <legend>{text.relation}</legend>
          <FieldError errors={errors} field="relation" />
          <div class="choices single">
            {Object.entries(text.relations).map(([value, label]) => (
              <label>
                <input type="radio" name="relation" value={value} required checked={values.relation === value} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="row" data-field="statement">
          <label for="f-statement">{text.statement}</label>
          <FieldError errors={errors} field="statement" />
          <textarea id="f-statement" name="statement" required maxlength={2000} {...invalidAttrs(errors, 'statement', 'f-statement-hint')}>
            {values.statement}
          </textarea>
          <span class="hint" id="f-statement-hint">
            {text.statementHint}
          </span>
        </div>
        <div class="row" data-field="contact">
          <label for="f-contact">{text.contact}</label>
          <FieldError errors={errors} field="contact" />
          <input id="f-contact" name="contact" type="text" maxlength={200} autocomplete="email" value={values.contact} {...invalidAttrs(errors, 'contact', 'f-contact-hint')} />
          <span class="hint" id="f-contact-hint">
            {text.contactHint}
          </span>
        </div>
        <button type="submit">{text.submit}</button>
      </form>
    </details>
  );
}
