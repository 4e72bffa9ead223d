"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/forms/form-state";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/forms";
import { reviewIdea, submitIdea } from "./mutations";

export async function submitIdeaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await submitIdea(values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  const t = await getTranslations({ locale, namespace: "ideas" });
  return { values: {}, fieldErrors: {}, formError: null, notice: t("form.thanks") };
}

export async function reviewIdeaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await reviewIdea(await getViewer(), values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  revalidatePath(`${locale === "vi" ? "" : "/en"}/admin/ideas`);
  const t = await getTranslations({ locale, namespace: "ideas" });
  return { values, fieldErrors: {}, formError: null, notice: t("inbox.saved") };
}
