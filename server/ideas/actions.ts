"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/forms/form-state";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { parseIds, returnSearch } from "@/lib/list-query";
import { reviewIdea, reviewIdeas, submitIdea } from "./mutations";

export async function submitIdeaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await submitIdea(values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  const t = await getTranslations({ locale, namespace: "ideas" });
  return { values: {}, fieldErrors: {}, formError: null, notice: t("thanks") };
}

/** One idea's decision, from its row in the list: back to the same list view. */
export async function reviewIdeaAction(formData: FormData): Promise<void> {
  const values = formValues(formData);
  await reviewIdea(await getViewer(), values.ideaId, values);
  redirect(`${localeOf(formData) === "vi" ? "" : "/en"}/admin/ideas${returnSearch(values.back, { done: "saved", count: 1 })}`);
}

/** The confirmed bulk decision of the ideas list. */
export async function reviewIdeasAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  let result;
  try {
    result = await reviewIdeas(await getViewer(), parseIds(formData.getAll("ids").map(String)), { status: values.status, reviewNote: values.reason ?? "" });
  } catch (error) {
    return failureState(error, { reason: values.reason ?? "" }, locale);
  }
  redirect(`${localeOf(formData) === "vi" ? "" : "/en"}/admin/ideas${returnSearch(values.back, { done: "review", count: result.changed, skipped: result.skipped })}`);
}
