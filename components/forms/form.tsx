"use client";

import { createContext, Fragment, useActionState, useContext, useEffect, useId, useRef, type ReactNode } from "react";
import { INITIAL_FORM_STATE, type FormState, type FormValues } from "@/lib/form-state";

/**
 * The form-and-action kit, browser side (docs/architecture.md, "How to write a form"). `<Form>`
 * posts to a Server Action made with `formAction` (server/infra/forms.ts) and works without
 * JavaScript: the page then renders again with the reply. Fields read their value and error from
 * the reply, so every choice (selects, radios, checkboxes) is kept after an error.
 */

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

interface FormContextValue {
  id: string;
  values: FormValues;
  fieldErrors: Record<string, string>;
  formError: string | null;
  notice: string | null;
  warnings: FormState["warnings"];
  options: NonNullable<FormState["options"]>;
}

const FormContext = createContext<FormContextValue | null>(null);

/** The reply the surrounding `<Form>` shows (null outside one). */
export function useFormReply(): FormContextValue | null {
  return useContext(FormContext);
}

export function Form({
  action,
  locale,
  initial = {},
  className,
  label,
  children,
}: {
  action: FormAction;
  /** The page's language: messages and the redirect after success follow it. */
  locale: string;
  /** What the fields show before the first post (strings; a ticked checkbox is "on"). */
  initial?: FormValues;
  className?: string;
  /** Names the form (a landmark) where a page has several. */
  label?: string;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  const id = useId();
  const ref = useRef<HTMLFormElement>(null);
  // After a failed post, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (state.key > 0) ref.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state.key]);
  const reply: FormContextValue = {
    id,
    values: state.values ?? initial,
    fieldErrors: state.fieldErrors,
    formError: state.formError,
    notice: state.notice,
    warnings: state.warnings ?? [],
    options: state.options ?? {},
  };
  return (
    <form ref={ref} action={formAction} className={className} aria-label={label} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormContext.Provider value={reply}>
        <Fragment key={state.key}>{children}</Fragment>
      </FormContext.Provider>
    </form>
  );
}
