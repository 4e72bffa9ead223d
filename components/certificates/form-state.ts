import type { FormState } from "@/components/forms/form-state";

/** What the certificate forms get back from their actions. */
export interface CertificateFormState extends FormState {
  /** Warnings of the rules, in the user's language, that the officer must confirm (codes are posted back). */
  warnings: { code: string; message: string }[];
  /** A scan stored by an earlier submission of this form, kept across errors and warnings. */
  pendingScan: { key: string; type: "application/pdf" | "image/webp" } | null;
  /** Bumped by every answer: the form remounts with the values it was given (selects included). */
  round: number;
}

export const EMPTY_CERTIFICATE_FORM_STATE: CertificateFormState = {
  values: {},
  fieldErrors: {},
  formError: null,
  notice: null,
  warnings: [],
  pendingScan: null,
  round: 0,
};
