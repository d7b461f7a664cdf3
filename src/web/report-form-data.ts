import { conductTags } from '../domain/conduct/tags';
import { DEBT_ANSWERS, HOTLINE_CHECKS, PAYMENT_KINDS, THREAT_KINDS } from '../domain/reports/answers';

/** The HTML form's fields, as the browser posts them (strings, repeated names as arrays). */
export type FormFields = Record<string, string | File | (string | File)[]>;

/** What the report form shows: defaults on first render, the posted values after an error. */
export interface ReportFormValues {
  called_at: string;
  tz_offset: string;
  claimed_agency: string;
  tags: string[];
  debt_with_claimed_agency: string;
  hotline_check: string;
  payment_requested: string;
  employee_id_given: boolean;
  company_name_given: boolean;
  authorization_letter_given: boolean;
  comment: string;
  caller_company: string;
  // The call's circumstances, as typed ('' = not answered).
  calls_today: string;
  calls_last_7_days: string;
  overdue_stage: string;
  contacted: string;
  threatened: string[];
}

const OFFSET = /^[+-](0\d|1[0-4]):[0-5]\d$/;
/** China Standard Time: the default when the browser has not told us its offset (no JavaScript). */
export const DEFAULT_OFFSET = '+08:00';

/**
 * Default form values: "called just now" in the given offset, everything else neutral.
 *
 * @example
 * defaultFormValues(Date.parse('2026-06-15T12:00:00Z')).called_at // '2026-06-15T20:00'
 */
export function defaultFormValues(now: number, offset = DEFAULT_OFFSET): ReportFormValues {
  return {
    called_at: localDateTime(now, offset),
    tz_offset: offset,
    claimed_agency: '',
    tags: [],
    debt_with_claimed_agency: 'unknown',
    hotline_check: 'not_tried',
    payment_requested: 'none',
    employee_id_given: false,
    company_name_given: false,
    authorization_letter_given: false,
    comment: '',
    caller_company: '',
    calls_today: '',
    calls_last_7_days: '',
    overdue_stage: '',
    contacted: '',
    threatened: [],
  };
}

/** `YYYY-MM-DDTHH:MM` (what `<input type="datetime-local">` takes) for an instant in an offset. */
export function localDateTime(instant: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours = 0, minutes = 0] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(instant + sign * (hours * 60 + minutes) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

function text(fields: FormFields, name: string): string {
  const value = fields[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function list(fields: FormFields, name: string): string[] {
  const value = fields[name] ?? fields[`${name}[]`];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

/** Reads the posted form back into form values (to re-render it after an error). */
export function formValuesFrom(fields: FormFields): ReportFormValues {
  const offset = text(fields, 'tz_offset');
  return {
    called_at: text(fields, 'called_at').slice(0, 32),
    tz_offset: OFFSET.test(offset) ? offset : DEFAULT_OFFSET,
    claimed_agency: text(fields, 'claimed_agency').slice(0, 200),
    tags: list(fields, 'tags').filter((tag) => (conductTags as readonly string[]).includes(tag)),
    debt_with_claimed_agency: text(fields, 'debt_with_claimed_agency') || 'unknown',
    hotline_check: text(fields, 'hotline_check') || 'not_tried',
    payment_requested: text(fields, 'payment_requested') || 'none',
    employee_id_given: text(fields, 'employee_id_given') === 'on',
    company_name_given: text(fields, 'company_name_given') === 'on',
    authorization_letter_given: text(fields, 'authorization_letter_given') === 'on',
    comment: text(fields, 'comment').slice(0, 4000),
    caller_company: text(fields, 'caller_company').slice(0, 400),
    calls_today: text(fields, 'calls_today').trim().slice(0, 16),
    calls_last_7_days: text(fields, 'calls_last_7_days').trim().slice(0, 16),
    overdue_stage: text(fields, 'overdue_stage').slice(0, 32),
    contacted: text(fields, 'contacted').slice(0, 32),
    threatened: list(fields, 'threatened').filter((threat) => (THREAT_KINDS as readonly string[]).includes(threat)),
  };
}

/**
 * The JSON body of `POST /v1/reports` for a submitted form. Values are passed through as
 * typed, so the API's own validation decides and its messages reach the person.
 *
 * @example
 * reportBodyFrom('95188', { ...defaultFormValues(0), called_at: '2026-06-15T20:00' }).called_at
 * // '2026-06-15T20:00:00+08:00'
 */
export function reportBodyFrom(number: string, values: ReportFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {
    number,
    region: 'CN',
    called_at: /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(values.called_at) ? `${values.called_at}:00${values.tz_offset}` : values.called_at,
    tags: values.tags,
    debt_with_claimed_agency: values.debt_with_claimed_agency,
    hotline_check: values.hotline_check,
    payment_requested: values.payment_requested,
    identification: {
      employee_id_given: values.employee_id_given,
      company_name_given: values.company_name_given,
      authorization_letter_given: values.authorization_letter_given,
    },
  };
  if (values.claimed_agency.trim()) body.claimed_agency = values.claimed_agency.trim();
  if (values.comment.trim()) body.comment = values.comment;
  if (values.caller_company.trim()) body.caller_company = values.caller_company.trim();
  // Counts go as numbers when they are whole numbers, else as typed, so the API says what is wrong with them.
  const count = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : value);
  if (values.calls_today) body.calls_today = count(values.calls_today);
  if (values.calls_last_7_days) body.calls_last_7_days = count(values.calls_last_7_days);
  if (values.overdue_stage) body.overdue_stage = values.overdue_stage;
  if (values.contacted) body.contacted = values.contacted;
  if (values.threatened.length) body.threatened = values.threatened;
  return body;
}

/**
 * Query parameters that fill a number page's report form in (the verification guide, /verify,
 * sends the answers a person noted during the call this way). Same names as the form's fields.
 */
export const PREFILL_PARAMS = [
  'claimed_agency',
  'debt_with_claimed_agency',
  'hotline_check',
  'payment_requested',
  'employee_id_given',
  'company_name_given',
  'authorization_letter_given',
  'tags',
  'caller_company',
] as const;

const oneOf = (value: string, allowed: readonly string[], fallback: string) => (allowed.includes(value) ? value : fallback);

/**
 * The report form's first values from a page's query: the defaults, with whatever of
 * {@link PREFILL_PARAMS} the query carries and the form accepts (anything else is ignored, so a
 * shared link cannot put odd values in front of the person).
 *
 * @example
 * prefilledFormValues(now, { hotline_check: ['denied'], tags: ['threats'] }).hotline_check // 'denied'
 */
export function prefilledFormValues(now: number, query: Record<string, string[]>): ReportFormValues {
  const defaults = defaultFormValues(now);
  if (!PREFILL_PARAMS.some((name) => name in query)) return defaults;
  const given = formValuesFrom(query);
  return {
    ...defaults,
    claimed_agency: given.claimed_agency.slice(0, 100),
    tags: [...new Set(given.tags)],
    debt_with_claimed_agency: oneOf(given.debt_with_claimed_agency, DEBT_ANSWERS, defaults.debt_with_claimed_agency),
    hotline_check: oneOf(given.hotline_check, HOTLINE_CHECKS, defaults.hotline_check),
    payment_requested: oneOf(given.payment_requested, PAYMENT_KINDS, defaults.payment_requested),
    employee_id_given: given.employee_id_given,
    company_name_given: given.company_name_given,
    authorization_letter_given: given.authorization_letter_given,
    caller_company: given.caller_company.slice(0, 100),
  };
}

/**
 * The query that fills the report form in with `values` (only what differs from the defaults).
 *
 * @example
 * prefillQuery({ ...defaultFormValues(0), tags: ['threats'] }) // 'tags=threats'
 */
export function prefillQuery(values: ReportFormValues): string {
  const defaults = defaultFormValues(0);
  const query = new URLSearchParams();
  if (values.claimed_agency.trim()) query.set('claimed_agency', values.claimed_agency.trim());
  if (values.caller_company.trim()) query.set('caller_company', values.caller_company.trim());
  for (const name of ['debt_with_claimed_agency', 'hotline_check', 'payment_requested'] as const) {
    if (values[name] !== defaults[name]) query.set(name, values[name]);
  }
  for (const name of ['employee_id_given', 'company_name_given', 'authorization_letter_given'] as const) if (values[name]) query.set(name, 'on');
  for (const tag of values.tags) query.append('tags', tag);
  return query.toString();
}
