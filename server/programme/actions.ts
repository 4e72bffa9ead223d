"use server";

import { isAppError } from "@/lib/errors";
import { textOf, type FormValues } from "@/lib/form-state";
import { parseIds, returnSearch } from "@/lib/list-query";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { getViewer } from "@/server/auth/session";
import { buttonAction, formAction } from "@/server/infra/forms";
import {
  createProgramme,
  deleteCommuneTeam,
  deleteOcopStaff,
  deleteOrganisationChange,
  deleteStallSupport,
  recordCommitmentForProducers,
  saveOcopStaff,
  saveOrganisationChange,
  saveStallSupport,
  saveTarget,
  setCommuneTeam,
  setProducerCommitments,
  setSubgroupBaselines,
  updateProgramme,
} from "./mutations";

/*
 * The programme's Server Actions on the form kit (server/infra/forms.ts): read the viewer, call the
 * use case, say what happens next. Record screens go back to their list after saving; the programme
 * slug they carry only picks the list's programme.
 */

/** `?programme=<slug>` for the list a record screen returns to (only a well-formed slug is kept). */
function programmeQuery(values: FormValues, extra = ""): string {
  const slug = textOf(values, "programme");
  const params = new URLSearchParams();
  if (/^[a-z0-9-]{1,80}$/.test(slug)) params.set("programme", slug);
  if (extra) params.set(extra, "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const updateProgrammeAction = formAction(async (form) => {
  await updateProgramme(await getViewer(), form.values);
  return { notice: "programme.admin.saved", keep: true };
});

export const createProgrammeAction = formAction(async (form) => {
  const { slug } = await createProgramme(await getViewer(), form.values);
  return { redirect: `/admin/programme?programme=${encodeURIComponent(slug)}` };
});

export const saveTargetAction = formAction(async (form) => {
  await saveTarget(await getViewer(), form.values);
  return { notice: "programme.admin.saved", keep: true };
});

/** Fields "count.<SUBGROUP_CODE>", one per subgroup; zod names a count's issue "counts.<CODE>". */
export const setSubgroupBaselinesAction = formAction(
  async (form) => {
    const counts = Object.fromEntries(Object.keys(form.values).flatMap((key) => (key.startsWith("count.") ? [[key.slice(6), form.text(key)]] : [])));
    await setSubgroupBaselines(await getViewer(), { programmeId: form.text("programmeId"), counts });
    return { notice: "programme.admin.saved", keep: true };
  },
  { fieldName: (path) => path.replace(/^counts\./, "count.") },
);

/** The form names its fields "<KIND>.committed|committedOn|evidence"; the use case takes one item per kind. */
export const setCommitmentsAction = formAction(
  async (form) => {
    const items = COMMITMENT_KINDS.map((kind) =>
      form.checked(`${kind}.committed`)
        ? { kind, committed: true as const, committedOn: form.text(`${kind}.committedOn`), evidence: form.text(`${kind}.evidence`) }
        : { kind, committed: false as const },
    );
    await setProducerCommitments(await getViewer(), { producerId: form.text("producerId"), items });
    return { notice: "programme.checklist.saved", keep: true };
  },
  // zod reports item errors as "items.<index>.<field>".
  { fieldName: (path) => path.replace(/^items\.(\d+)\./, (_, index: string) => `${COMMITMENT_KINDS[Number(index)]}.`) },
);

/** The confirmed bulk action of the commitments list: one commitment recorded for the picked producers, then back to the list. */
export const recordCommitmentForProducersAction = formAction(async (form) => {
  const result = await recordCommitmentForProducers(await getViewer(), parseIds(form.list("ids")), form.values);
  return { redirect: `/admin/programme/commitments${returnSearch(form.text("back"), { done: "commit", count: result.changed, skipped: result.skipped })}` };
});

/** Saves a record, then returns to its list (with `saved=1` for the confirmation). */
function saveAndReturn(save: (viewer: Awaited<ReturnType<typeof getViewer>>, values: FormValues) => Promise<unknown>, list: string) {
  return formAction(async (form) => {
    await save(await getViewer(), form.values);
    return { redirect: `${list}${programmeQuery(form.values, "saved")}` };
  });
}

/**
 * Deletes a record once the officer ticked the confirmation, and returns to its list; a record already
 * gone (a second click) is no error. Without the tick nothing is deleted.
 */
function deleteAndReturn(remove: (viewer: Awaited<ReturnType<typeof getViewer>>, values: FormValues) => Promise<unknown>, list: string) {
  return buttonAction(async (form) => {
    if (!form.checked("confirm")) return `${list}${programmeQuery(form.values)}`;
    try {
      await remove(await getViewer(), form.values);
    } catch (error) {
      if (!(isAppError(error) && error.code === "NOT_FOUND")) throw error;
    }
    return `${list}${programmeQuery(form.values, "deleted")}`;
  });
}

export const saveStallSupportAction = saveAndReturn(saveStallSupport, "/admin/programme/stalls");
export const deleteStallSupportAction = deleteAndReturn(deleteStallSupport, "/admin/programme/stalls");
export const saveOrganisationChangeAction = saveAndReturn(saveOrganisationChange, "/admin/programme/organisations");
export const deleteOrganisationChangeAction = deleteAndReturn(deleteOrganisationChange, "/admin/programme/organisations");
export const setCommuneTeamAction = saveAndReturn(setCommuneTeam, "/admin/programme/teams");
export const deleteCommuneTeamAction = deleteAndReturn(deleteCommuneTeam, "/admin/programme/teams");
export const saveOcopStaffAction = saveAndReturn(saveOcopStaff, "/admin/programme/staff");
export const deleteOcopStaffAction = deleteAndReturn(deleteOcopStaff, "/admin/programme/staff");
