"use server";

import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import type { FormState } from "@/components/forms/form-state";
import { redirect } from "@/i18n/navigation";
import { isAppError } from "@/lib/errors";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import {
  createProgramme,
  deleteCommuneTeam,
  deleteOcopStaff,
  deleteOrganisationChange,
  deleteStallSupport,
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
 * The programme's Server Actions: read the viewer, call the use case, and turn failures into the form
 * kit's state (messages in the user's language, everything typed kept). Record screens go back to
 * their list after saving; the programme slug they carry only picks the list's programme.
 */

const saved = async (locale: "vi" | "en", values: Record<string, string>): Promise<FormState> => {
  const t = await getTranslations({ locale, namespace: "programme" });
  return { values, fieldErrors: {}, formError: null, notice: t("admin.saved") };
};

/** `?programme=<slug>` for the list a record screen returns to (only a well-formed slug is kept). */
function programmeQuery(values: Record<string, string>, extra = ""): string {
  const slug = values.programme ?? "";
  const params = new URLSearchParams();
  if (/^[a-z0-9-]{1,80}$/.test(slug)) params.set("programme", slug);
  if (extra) params.set(extra, "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}

export async function updateProgrammeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await updateProgramme(await getViewer(), values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  return saved(locale, values);
}

export async function createProgrammeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  let slug: string;
  try {
    slug = (await createProgramme(await getViewer(), values)).slug;
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect({ href: `/admin/programme?programme=${encodeURIComponent(slug)}`, locale });
}

export async function saveTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await saveTarget(await getViewer(), values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  return saved(locale, values);
}

/** Fields "count.<SUBGROUP_CODE>", one per subgroup. */
export async function setSubgroupBaselinesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  const counts = Object.fromEntries(Object.entries(values).flatMap(([key, value]) => (key.startsWith("count.") ? [[key.slice(6), value]] : [])));
  try {
    await setSubgroupBaselines(await getViewer(), { programmeId: values.programmeId, counts });
  } catch (error) {
    if (error instanceof ZodError) {
      // zod names a count's issue "counts.<CODE>"; the form names the field "count.<CODE>".
      const issues = error.issues.map((issue) => ({ ...issue, path: issue.path[0] === "counts" ? [`count.${String(issue.path[1])}`] : issue.path }));
      return failureState(new ZodError(issues), values, locale);
    }
    return failureState(error, values, locale);
  }
  return saved(locale, values);
}

/** Fields "<KIND>.committed|committedOn|evidence" for each of the five commitments. */
export async function setCommitmentsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  const items = COMMITMENT_KINDS.map((kind) =>
    values[`${kind}.committed`] === "on"
      ? { kind, committed: true as const, committedOn: values[`${kind}.committedOn`] ?? "", evidence: values[`${kind}.evidence`] ?? "" }
      : { kind, committed: false as const },
  );
  try {
    await setProducerCommitments(await getViewer(), { producerId: values.producerId, items });
  } catch (error) {
    if (error instanceof ZodError) {
      // zod names an item's issue "items.<index>.<field>"; the form names it "<KIND>.<field>".
      const issues = error.issues.map((issue) =>
        issue.path[0] === "items" && typeof issue.path[1] === "number" ? { ...issue, path: [`${COMMITMENT_KINDS[issue.path[1]]}.${String(issue.path[2])}`] } : issue,
      );
      return failureState(new ZodError(issues), values, locale);
    }
    return failureState(error, values, locale);
  }
  const t = await getTranslations({ locale, namespace: "programme" });
  return { values, fieldErrors: {}, formError: null, notice: t("checklist.saved") };
}

/** Saves a record, then returns to its list (with `saved=1` for the confirmation). */
async function saveAndReturn(formData: FormData, save: (values: Record<string, string>) => Promise<unknown>, list: string): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await save(values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect({ href: `${list}${programmeQuery(values, "saved")}`, locale });
}

/**
 * Deletes a record once the officer ticked the confirmation, and returns to its list; a record already
 * gone (a second click) is no error. Without the tick nothing is deleted.
 */
async function deleteAndReturn(formData: FormData, remove: (values: Record<string, string>) => Promise<unknown>, list: string): Promise<void> {
  const values = formValues(formData);
  if (values.confirm !== "on") redirect({ href: `${list}${programmeQuery(values)}`, locale: localeOf(formData) });
  try {
    await remove(values);
  } catch (error) {
    if (!(isAppError(error) && error.code === "NOT_FOUND")) throw error;
  }
  redirect({ href: `${list}${programmeQuery(values, "deleted")}`, locale: localeOf(formData) });
}

export async function saveStallSupportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return saveAndReturn(formData, (values) => saveStallSupport(viewer, values), "/admin/programme/stalls");
}

export async function deleteStallSupportAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  await deleteAndReturn(formData, (values) => deleteStallSupport(viewer, values), "/admin/programme/stalls");
}

export async function saveOrganisationChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return saveAndReturn(formData, (values) => saveOrganisationChange(viewer, values), "/admin/programme/organisations");
}

export async function deleteOrganisationChangeAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  await deleteAndReturn(formData, (values) => deleteOrganisationChange(viewer, values), "/admin/programme/organisations");
}

export async function setCommuneTeamAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return saveAndReturn(formData, (values) => setCommuneTeam(viewer, values), "/admin/programme/teams");
}

export async function deleteCommuneTeamAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  await deleteAndReturn(formData, (values) => deleteCommuneTeam(viewer, values), "/admin/programme/teams");
}

export async function saveOcopStaffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  return saveAndReturn(formData, (values) => saveOcopStaff(viewer, values), "/admin/programme/staff");
}

export async function deleteOcopStaffAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  await deleteAndReturn(formData, (values) => deleteOcopStaff(viewer, values), "/admin/programme/staff");
}
