"use server";
import { getViewer } from "@/server/auth/session";
import { buttonAction, formAction } from "@/server/infra/forms";
import { requestAddress } from "@/server/infra/request-address";
import { takeAttempt } from "@/server/infra/throttle";
import { IDEA_THROTTLE, reviewIdea, submitIdea } from "./mutations";

export const submitIdeaAction = formAction(async (form) => {
  await takeAttempt([{ rule: IDEA_THROTTLE, key: await requestAddress() }]);
  await submitIdea(form.values);
  return { notice: "ideas.thanks" };
});

export const reviewIdeaAction = buttonAction(async (form) => {
  await reviewIdea(await getViewer(), form.text("ideaId"), form.values);
  return "/admin/ideas";
});
