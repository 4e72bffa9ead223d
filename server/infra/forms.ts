import "server-only";
import { getTranslations } from "next-intl/server";
import { redirect as nextRedirect, notFound } from "next/navigation";
import { ZodError } from "zod";
import type { Href } from "@/i18n/localized-href";
import { redirect } from "@/i18n/navigation";
import { runtimeKeys } from "@/i18n/optional-message";
import { routing, type Locale } from "@/i18n/routing";
import { isAppError } from "@/lib/errors";
import { formValues, listOf, textOf, type FormOption, type FormState, type FormValues } from "@/lib/form-state";

/**
 * The form-and-action kit, server side (docs/architecture.md, "How to write a form"). An action
 * reads the post through `SubmittedForm`, calls its use case and says what happens next; the kit
 * turns failures into messages next to their fields in the user's language, keeps what was typed,
 * and redirects in the page's language.
 */

export interface SubmittedForm {
  /** The page's language, from the form's hidden `locale` field (`<Form locale>` writes it). */
  locale: Locale;
  /** Every text field as posted (what a use case parses). */
  values: FormValues;
  formData: FormData;
  text(name: string): string;
  list(name: string): string[];
  /** A checkbox: ticked boxes post their value ("on" by default), unticked ones post nothing. */
  checked(name: string): boolean;
  /** An uploaded file's bytes, or null when none was chosen. */
  file(name: string): Promise<Buffer | null>;
}

/** What a form does after its use case succeeded: go to a page, or stay and confirm. */
export type FormReply =
  /** A page of the app, in the page's language. */
  | { redirect: Href }
  /** An address that is already whole: a callback path carrying its own language, a payment page. */
  | { location: string }
  /** Nothing saved: ask the user to confirm these warnings (already in the user's language), keeping what was posted. */
  | { confirm: { code: string; message: string }[] }
  /** Nothing saved: a step of a form without JavaScript (a province chosen); the form again as posted, with `FormOptions.choices`. */
  | { again: true }
  | {
      /** A message key under messages/<locale>/ with its namespace ("ideas.thanks"). */
      notice: string;
      params?: Record<string, string | number>;
      /** Keep the posted values in the form (an edit form); otherwise it shows its initial values again. */
      keep?: boolean;
    }
  | void;

export interface FormOptions {
  /** Fields never sent back (passwords). */
  secret?: readonly string[];
  /** Renames an error path (zod's "items.0.evidence") to the form's field name. */
  fieldName?: (path: string) => string;
  /**
   * Messages with values that the forms vocabulary cannot say (a score band, a date), by field, in
   * the user's language; null leaves the failure to the vocabulary. Merged over the vocabulary's.
   */
  describe?: (error: unknown, locale: Locale) => Promise<Record<string, string> | null>;
  /**
   * Choices of fields whose list depends on what was posted (the communes of the posted province), by
   * field name: sent with every reply that shows the form again, so a page without JavaScript offers them.
   */
  choices?: (form: SubmittedForm) => Promise<Record<string, FormOption[]>>;
}

/**
 * A refusal the action has put into words itself, because it names what it found (what someone else
 * changed meanwhile, which photo is too large): `formAction` shows it as it is, next to the fields
 * named, with `values` replacing what was posted (the version to check the next post against).
 */
export class FormRefusal extends Error {
  constructor(
    readonly formError: string,
    readonly fieldErrors: Record<string, string> = {},
    readonly values: FormValues = {},
  ) {
    super(formError);
    this.name = "FormRefusal";
  }
}

export function localeOf(formData: FormData): Locale {
  const locale = formData.get("locale");
  return routing.locales.find((l) => l === locale) ?? routing.defaultLocale;
}

export function readForm(formData: FormData): SubmittedForm {
  const values = formValues(formData);
  return {
    locale: localeOf(formData),
    values,
    formData,
    text: (name) => textOf(values, name),
    list: (name) => listOf(values, name),
    checked: (name) => listOf(values, name).length > 0,
    file: async (name) => {
      const file = formData.get(name);
      return file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
    },
  };
}

/** A form whose page shows the outcome (`useActionState` through `<Form>`): errors, kept values, a notice. */
export function formAction(run: (form: SubmittedForm) => Promise<FormReply>, options: FormOptions = {}) {
  return async function action(previous: FormState | undefined, formData: FormData): Promise<FormState> {
    const form = readForm(formData);
    const key = (previous?.key ?? 0) + 1;
    // Read when replying: an action may add to the values (the key of a file it already stored).
    const shown = () => Object.fromEntries(Object.entries(form.values).filter(([name]) => name !== "locale" && !options.secret?.includes(name)));
    const choices = async () => (options.choices ? { options: await options.choices(form) } : {});
    let reply: FormReply;
    try {
      reply = await run(form);
    } catch (error) {
      if (error instanceof FormRefusal) return { values: { ...shown(), ...error.values }, fieldErrors: error.fieldErrors, formError: error.formError, notice: null, warnings: [], ...(await choices()), key };
      const failure = await failureState(error, form.locale, options.fieldName);
      const described = (await options.describe?.(error, form.locale)) ?? {};
      return { ...failure, fieldErrors: { ...failure.fieldErrors, ...described }, values: shown(), notice: null, warnings: [], ...(await choices()), key };
    }
    if (reply && "redirect" in reply) redirect({ href: reply.redirect, locale: form.locale });
    if (reply && "location" in reply) nextRedirect(reply.location);
    if (!reply) return { values: null, fieldErrors: {}, formError: null, notice: null, warnings: [], key };
    if ("confirm" in reply) return { values: shown(), fieldErrors: {}, formError: null, notice: null, warnings: reply.confirm, ...(await choices()), key };
    if ("again" in reply) return { values: shown(), fieldErrors: {}, formError: null, notice: null, warnings: [], ...(await choices()), key };
    const t = runtimeKeys(await getTranslations({ locale: form.locale }));
    return { values: reply.keep ? shown() : null, fieldErrors: {}, formError: null, notice: t(reply.notice, reply.params), warnings: [], key };
  };
}

/**
 * A one-button form with nothing to show on the same page (archive, approve, sign out): runs and
 * redirects, in the page's language, to where `run` says. What it cannot do is an error page — except
 * "not found": a record gone, or outside the officer's region (a forged id), answers 404 like its page
 * would, not 500.
 */
export function buttonAction(run: (form: SubmittedForm) => Promise<Href>) {
  return async function action(formData: FormData): Promise<void> {
    const form = readForm(formData);
    let href: Href;
    try {
      href = await run(form);
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }
    redirect({ href, locale: form.locale });
  };
}

/**
 * The one mapping from a failure to what a form shows, in the vocabulary of messages/<locale>/forms.json:
 * - a zod issue's message is a vocabulary key ("required", "gtin"); a schema that says nothing
 *   gets "required" for a missing or empty text, "tooLong" for a long one, otherwise "invalid";
 * - an `AppError`'s details map fields to vocabulary keys (`{ gtin: "gtinTaken" }`), `reason` names
 *   the message for the whole form, and the other details fill these messages (`{ name }`);
 *   without a reason the form shows the error code's message (messages/<locale>/errors.json).
 * Anything else is a bug and is thrown on.
 */
export async function failureState(
  error: unknown,
  locale: Locale,
  fieldName: (path: string) => string = (path) => path,
): Promise<Pick<FormState, "fieldErrors" | "formError">> {
  const t = runtimeKeys(await getTranslations({ locale, namespace: "forms" }));
  const tErrors = runtimeKeys(await getTranslations({ locale, namespace: "errors" }));
  const fieldErrors: Record<string, string> = {};
  if (error instanceof ZodError) {
    for (const issue of error.issues) fieldErrors[fieldName(issue.path.join(".") || "form")] ??= t(vocabularyKey(issue, (key) => t.has(key)));
    return { fieldErrors, formError: tErrors("VALIDATION") };
  }
  if (isAppError(error)) {
    const details = error.details ?? {};
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(details)) if (typeof value === "number" || typeof value === "string") params[name] = value;
    // A field's message is filled with the details too (the booth numbers already taken).
    for (const [name, value] of Object.entries(details)) if (name !== "reason" && typeof value === "string" && t.has(value)) fieldErrors[fieldName(name)] = t(value, params);
    const reason = typeof details.reason === "string" && t.has(details.reason) ? details.reason : null;
    return { fieldErrors, formError: reason ? t(reason, params) : tErrors(error.code) };
  }
  throw error;
}

type Issue = ZodError["issues"][number];

function vocabularyKey(issue: Issue, known: (key: string) => boolean): string {
  if (known(issue.message)) return issue.message;
  if (issue.code === "invalid_type") return "required";
  if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) <= 1) return "required";
  if (issue.code === "too_big" && issue.origin === "string") return "tooLong";
  return "invalid";
}
