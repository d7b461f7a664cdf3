import type { Lang } from '../../http/lang';
import { MAX_CALLS_LAST_7_DAYS, MAX_CALLS_TODAY, THREAT_KINDS } from '../../domain/reports/answers';
import type { ReportFormValues } from '../report-form-data';
import { circumstancesText } from '../text/circumstances';
import { FieldError, invalidAttrs, type FormError } from './form-errors';

/**
 * The report form's questions about the call: how often it rang, the person's overdue stage,
 * who took it and what was threatened. All optional; plain inputs that work without JavaScript.
 */
export function CircumstanceFields({ lang, values, errors }: { lang: Lang; values: ReportFormValues; errors?: FormError[] }) {
  const c = circumstancesText(lang);
  const count = (name: 'calls_today' | 'calls_last_7_days', label: string, max: number) => (
    <div class="row" data-field={name}>
      <label for={`f-${name}`}>{label}</label>
      <FieldError errors={errors} field={name} />
      <input
        id={`f-${name}`}
        name={name}
        type="number"
        inputmode="numeric"
        min={0}
        max={max}
        step={1}
        value={values[name]}
        {...invalidAttrs(errors, name, 'f-calls-hint')}
      />
    </div>
  );
  const select = (name: 'overdue_stage' | 'contacted', label: string, options: Record<string, string>) => (
    <div class="row" data-field={name}>
      <label for={`f-${name}`}>{label}</label>
      <FieldError errors={errors} field={name} />
      <select id={`f-${name}`} name={name} {...invalidAttrs(errors, name)}>
        <option value="" selected={values[name] === ''}>
          {c.notSaid}
        </option>
        {Object.entries(options).map(([value, text]) => (
          <option value={value} selected={values[name] === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const threatsInvalid = errors?.some((e) => e.field === 'threatened');
  return (
    <fieldset id="f-circumstances" class="circumstances">
      <legend>{c.legend}</legend>
      <p class="hint">{c.legendHint}</p>
      {count('calls_today', c.callsToday, MAX_CALLS_TODAY)}
      {count('calls_last_7_days', c.callsLast7Days, MAX_CALLS_LAST_7_DAYS)}
      <span class="hint" id="f-calls-hint">
        {c.callsHint}
      </span>
      {select('overdue_stage', c.overdueStage, c.overdueOptions)}
      {select('contacted', c.contacted, c.contactedOptions)}
      <fieldset id="f-threatened" data-field="threatened" class={threatsInvalid ? 'invalid' : undefined} {...invalidAttrs(errors, 'threatened')}>
        <legend>{c.threatened}</legend>
        <FieldError errors={errors} field="threatened" />
        <div class="choices">
          {THREAT_KINDS.map((threat) => (
            <label>
              <input type="checkbox" name="threatened" value={threat} checked={values.threatened.includes(threat)} />
              {c.threatOptions[threat]}
            </label>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
