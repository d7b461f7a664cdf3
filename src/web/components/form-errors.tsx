/**
 * Validation messages on a form: one summary at the top that takes focus after a failed
 * no-JS submit (so the page lands at the form, and a screen reader reads what went wrong),
 * and each message again next to its field. page.js does the same after a fetch submit.
 */

/** One message for a form; `field` is the form field it belongs to, null for the form as a whole. */
export interface FormError {
  field: string | null;
  message: string;
}

/**
 * Which form field an API problem path ("called_at", "identification.employee_id_given",
 * "tags.2") belongs to, or null when it is not one of the form's own fields.
 *
 * @example
 * formFieldOf('identification.employee_id_given', ['identification']) // 'identification'
 * formFieldOf('number', ['called_at'])                                 // null
 */
export function formFieldOf(path: string, fields: readonly string[]): string | null {
  const head = path.split('.')[0] ?? '';
  return fields.includes(head) ? head : null;
}

/** Attributes that tie a field to its message (`aria-invalid`, `aria-describedby`). */
export function invalidAttrs(errors: readonly FormError[] | undefined, field: string, hint?: string) {
  const invalid = Boolean(errors?.some((e) => e.field === field));
  const describedBy = [hint, invalid ? errorId(field) : undefined].filter(Boolean).join(' ');
  return {
    'aria-invalid': invalid ? 'true' : undefined,
    'aria-describedby': describedBy || undefined,
  };
}

export function errorId(field: string): string {
  return `f-${field}-error`;
}

/** The message(s) for one field, placed right under its label. */
export function FieldError({ errors, field }: { errors?: readonly FormError[]; field: string }) {
  const mine = (errors ?? []).filter((e) => e.field === field);
  if (!mine.length) return null;
  return (
    <p class="field-error" id={errorId(field)}>
      {mine.map((e) => e.message).join(' ')}
    </p>
  );
}

/**
 * The summary above a form. `autofocus` moves focus (and the viewport) to it when the page
 * re-renders after a failed submit; each entry links to its field.
 */
export function ErrorSummary({ errors, title, labels, colon }: { errors: readonly FormError[]; title: string; labels: Record<string, string>; colon: string }) {
  return (
    <div class="notice error error-summary" role="alert" tabindex={-1} autofocus>
      {title}
      <ul>
        {errors.map((e) => (
          <li>
            {e.field ? (
              <>
                <a href={`#f-${e.field}`}>{labels[e.field] ?? e.field}</a>
                {colon}
                {e.message}
              </>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
