/**
 * The one contract between a Server Action form and its page: what the server sends back after a
 * post. Neutral ground: `server/infra/forms.ts` builds it, `components/forms/` shows it.
 */

/** What a form posted, as text: one string per field, a list where the field posts several values (checkbox groups). */
export type FormValues = Record<string, string | string[]>;

/** One choice of a select whose list depends on what was posted. */
export interface FormOption {
  value: string;
  label: string;
}

export interface FormState {
  /** What the user sent, shown again after an error; `null` shows the form's initial values. */
  values: FormValues | null;
  /** Messages in the user's language, by field name (nested fields as "kind.field"). */
  fieldErrors: Record<string, string>;
  formError: string | null;
  /** A confirmation to show after success when the form stays on the page. */
  notice: string | null;
  /**
   * Nothing was saved: what was posted is allowed but unusual, and the user must confirm each of these
   * (in their language) by posting their codes back in `confirmed` (an officer recording a decision).
   */
  warnings: { code: string; message: string }[];
  /**
   * Choices of a field whose list depends on another field's posted value, by field name: without
   * JavaScript a form posts that field first (the province) and comes back with them (its communes).
   */
  options?: Record<string, FormOption[]>;
  /**
   * Changes with every reply. React resets a form after its action runs, and a select, radio or
   * checkbox would fall back to what it showed first; the form's fields remount under this key so
   * they show `values` instead.
   */
  key: number;
}

export const INITIAL_FORM_STATE: FormState = { values: null, fieldErrors: {}, formError: null, notice: null, warnings: [], key: 0 };

/** Every text field of a post (files and Next's internal `$ACTION…` fields left out); repeated names become lists. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const seen = values[name];
    values[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return values;
}

/** A field's text ("" when absent; the first value of a list). */
export function textOf(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** A field's values as a list (a checkbox group with one box ticked posts a single string). */
export function listOf(values: FormValues, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
