"use server";

import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { getViewer } from "@/server/auth/session";
import { saveTarget, setProducerCommitments, updateProgramme } from "./mutations";

export interface FormState {
  status: "idle" | "saved" | "error";
  message?: string;
  fieldErrors: Record<string, string>;
  /** What the user typed, shown again after an error. */
  values: Record<string, string>;
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Runs a use case and turns its failures into messages in the user's language. */
async function run(locale: string, values: Record<string, string>, work: () => Promise<unknown>): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "programme" });
  const te = await getTranslations({ locale, namespace: "errors" });
  try {
    await work();
    return { status: "saved", message: t("admin.saved"), fieldErrors: {}, values };
  } catch (error) {
    if (error instanceof ZodError) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.issues) {
        const key = issue.path.join(".");
        const known = t.has(`admin.errors.${issue.message}`) ? t(`admin.errors.${issue.message}`) : te("VALIDATION");
        fieldErrors[key] ??= known;
      }
      return { status: "error", message: te("VALIDATION"), fieldErrors, values };
    }
    if (isAppError(error)) {
      const fieldErrors: Record<string, string> = {};
      for (const [field, key] of Object.entries(error.details ?? {})) {
        if (typeof key === "string" && t.has(`admin.errors.${key}`)) fieldErrors[field] = t(`admin.errors.${key}`);
      }
      return { status: "error", message: te(error.code), fieldErrors, values };
    }
    throw error;
  }
}

export async function updateProgrammeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = Object.fromEntries(["programmeId", "nameVi", "nameEn", "reference", "startYear", "endYear"].map((k) => [k, text(formData, k)]));
  return run(text(formData, "locale"), values, async () => updateProgramme(await getViewer(), values));
}

export async function saveTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = Object.fromEntries(
    ["programmeId", "targetId", "metric", "labelVi", "labelEn", "baseline", "goal", "goalMax", "unit"].map((k) => [k, text(formData, k)]),
  );
  return run(text(formData, "locale"), values, async () => saveTarget(await getViewer(), values));
}

export async function setCommitmentsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values: Record<string, string> = { producerId: text(formData, "producerId") };
  for (const kind of COMMITMENT_KINDS) {
    values[`${kind}.committed`] = formData.get(`${kind}.committed`) === "on" ? "on" : "";
    values[`${kind}.committedOn`] = text(formData, `${kind}.committedOn`);
    values[`${kind}.evidence`] = text(formData, `${kind}.evidence`);
  }
  const items = COMMITMENT_KINDS.map((kind) =>
    values[`${kind}.committed`]
      ? { kind, committed: true as const, committedOn: values[`${kind}.committedOn`], evidence: values[`${kind}.evidence`] }
      : { kind, committed: false as const },
  );
  const state = await run(text(formData, "locale"), values, async () => setProducerCommitments(await getViewer(), { producerId: values.producerId, items }));
  // zod reports item errors as "items.<index>.<field>"; the form names its fields "<KIND>.<field>".
  const fieldErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(state.fieldErrors)) {
    const match = /^items\.(\d+)\.(\w+)$/.exec(path);
    fieldErrors[match ? `${COMMITMENT_KINDS[Number(match[1])]}.${match[2]}` : path] = message;
  }
  return { ...state, fieldErrors };
}
