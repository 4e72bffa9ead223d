"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/forms/form-state";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { requestAddress } from "@/server/infra/request-address";
import { takeAttempt } from "@/server/infra/throttle";
import { IDEA_THROTTLE, reviewIdea, submitIdea } from "./mutations";

export async function submitIdeaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await takeAttempt([{ rule: IDEA_THROTTLE, key: await requestAddress() }]);
    await submitIdea(values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  const t = await getTranslations({ locale, namespace: "ideas" });
  return { values: {}, fieldErrors: {}, formError: null, notice: t("thanks") };
}

export async function reviewIdeaAction(formData: FormData): Promise<void> {
  const values = formValues(formData);
  await reviewIdea(await getViewer(), values.ideaId, values);
  redirect(`${localeOf(formData) === "vi" ? "" : "/en"}/admin/ideas`);
}
