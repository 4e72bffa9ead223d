"use server";
import { getViewer } from "@/server/auth/session";
import { parseIds, returnSearch } from "@/lib/list-query";
import { buttonAction, formAction } from "@/server/infra/forms";
import { requestAddress } from "@/server/infra/request-address";
import { takeAttempt } from "@/server/infra/throttle";
import { listCommunesOfProvince } from "@/server/regions/address";
import { IDEA_THROTTLE, reviewIdea, reviewIdeas, submitIdea } from "./mutations";

/**
 * Registers an idea. Without JavaScript the province is chosen first ("intent" province): the form
 * comes back with everything typed and that province's communes (`choices`), as at checkout.
 */
export const submitIdeaAction = formAction(
  async (form) => {
    if (form.text("intent") === "province") return { again: true };
    await takeAttempt([{ rule: IDEA_THROTTLE, key: await requestAddress() }]);
    await submitIdea(form.values);
    return { notice: "ideas.thanks" };
  },
  {
    choices: async (form) => {
      const province = form.text("provinceCode");
      const communes = province ? await listCommunesOfProvince(province) : [];
      return { regionId: communes.map((c) => ({ value: c.id, label: c.name })) };
    },
  },
);

/** One idea's decision, from its row in the list: back to the same list view. */
export const reviewIdeaAction = buttonAction(async (form) => {
  await reviewIdea(await getViewer(), form.text("ideaId"), form.values);
  return `/admin/ideas${returnSearch(form.text("back"), { done: "saved", count: 1 })}`;
});

/** The confirmed bulk decision of the ideas list. */
export const reviewIdeasAction = formAction(async (form) => {
  const result = await reviewIdeas(await getViewer(), parseIds(form.list("ids")), { status: form.text("status"), reviewNote: form.text("reason") });
  return { redirect: `/admin/ideas${returnSearch(form.text("back"), { done: "review", count: result.changed, skipped: result.skipped })}` };
});
