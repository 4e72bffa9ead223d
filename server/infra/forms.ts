import "server-only";
import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import type { FormState } from "@/components/forms/form-state";

/** What a form posts, as strings (files are left out: they are never echoed back). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

export function localeOf(formData: FormData): "vi" | "en" {
  return formData.get("locale") === "en" ? "en" : "vi";
}

/**
 * Turns a failure into what the form shows: messages next to their fields in the user's language and
 * everything typed kept. Schemas use message keys of messages/<locale>/forms.json.
 */
export async function failureState(error: unknown, values: Record<string, string>, locale: "vi" | "en"): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "forms" });
  const tErrors = await getTranslations({ locale, namespace: "errors" });
  const message = (key: string) => (t.has(key) ? t(key) : t("invalid"));
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= message(issue.message);
    return { values, fieldErrors, formError: tErrors("VALIDATION") };
  }
  if (isAppError(error)) {
    const fieldErrors: Record<string, string> = {};
    for (const [field, key] of Object.entries(error.details ?? {})) if (typeof key === "string") fieldErrors[field] = message(key);
    return { values, fieldErrors, formError: tErrors(error.code) };
  }
  throw error;
}
