export interface FormState {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  formError: string | null;
  /** A confirmation to show after success (the form stays on the page). */
  notice?: string | null;
}

export const EMPTY_FORM_STATE: FormState = { values: {}, fieldErrors: {}, formError: null, notice: null };
