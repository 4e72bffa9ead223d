"use server";
import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { redirect } from "@/i18n/navigation";
import type { FormState as FormStateOfKit } from "@/components/forms/form-state";
import { AppError, isAppError } from "@/lib/errors";
import { photoErrorMessage } from "@/server/infra/uploads/photo-errors";
import { getViewer } from "@/server/auth/session";
import { addFairPhoto } from "./photos";
import {
  approveBoothRequest,
  createFair,
  reassignBooths,
  rejectBoothRequest,
  requestBooth,
  setRegistrationOpen,
  updateBoothRequest,
  updateFair,
  waitlistBoothRequest,
  withdrawBoothRequest,
} from "./mutations";

export interface FormState {
  values: Record<string, string | string[]>;
  fieldErrors: Record<string, string>;
  formError: string | null;
  saved: boolean;
}

function localeOf(formData: FormData): "vi" | "en" {
  return formData.get("locale") === "en" ? "en" : "vi";
}

const str = (formData: FormData, name: string) => String(formData.get(name) ?? "");

/** Maps zod issues and AppError details to messages in the user's language, keyed by field. */
async function toFormState(error: unknown, locale: "vi" | "en", values: FormState["values"]): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "fairs.errors" });
  const translate = (key: string) => (t.has(key) ? t(key) : t("invalid"));
  const fieldErrors: Record<string, string> = {};
  if (error instanceof ZodError) {
    for (const issue of error.issues) fieldErrors[String(issue.path[0])] ??= translate(issue.message);
    return { values, fieldErrors, formError: null, saved: false };
  }
  if (isAppError(error)) {
    const details = error.details ?? {};
    for (const [field, key] of Object.entries(details)) if (field !== "reason" && field !== "form" && typeof key === "string") fieldErrors[field] = translate(key);
    const reason = typeof details.reason === "string" ? details.reason : null;
    const formError = reason && !Object.values(fieldErrors).length ? translate(reason) : Object.keys(fieldErrors).length ? null : translate(error.code === "NOT_FOUND" ? "invalid" : "generic");
    return { values, fieldErrors, formError, saved: false };
  }
  throw error;
}

// ───────────── Officers ─────────────

const FAIR_FIELDS = ["nameVi", "nameEn", "descriptionVi", "descriptionEn", "startsOn", "endsOn", "venue", "province", "registrationDeadline", "boothCapacity", "boothSize", "feeVnd", "subsidyPercent", "minStars", "maxBoothsPerProducer"] as const;

export async function saveFairAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = Object.fromEntries(FAIR_FIELDS.map((f) => [f, str(formData, f)]));
  const fairId = str(formData, "fairId");
  // The deadline is a calendar day: registration closes at the end of that day in Vietnam (UTC+7).
  const deadline = values.registrationDeadline ? `${values.registrationDeadline}T23:59:59+07:00` : "";
  const input = { ...values, registrationDeadline: deadline };
  try {
    const viewer = await getViewer();
    if (fairId) await updateFair(viewer, fairId, input);
    else {
      const created = await createFair(viewer, input);
      redirect({ href: `/admin/fairs/${created.id}`, locale });
    }
  } catch (error) {
    if (isRedirect(error)) throw error;
    return toFormState(error, locale, values);
  }
  return { values, fieldErrors: {}, formError: null, saved: true };
}

function isRedirect(error: unknown): boolean {
  return error instanceof Error && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_REDIRECT");
}

export async function setRegistrationOpenAction(formData: FormData): Promise<void> {
  const fairId = str(formData, "fairId");
  await setRegistrationOpen(await getViewer(), fairId, formData.get("open") === "1");
  redirect({ href: `/admin/fairs/${fairId}`, locale: localeOf(formData) });
}

/** Approve, waitlist or reject from the officer's request list; the outcome is shown through the query string. */
export async function decideBoothRequestAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const fairId = str(formData, "fairId");
  const requestId = str(formData, "requestId");
  const reason = str(formData, "reason");
  const boothNumbers = str(formData, "boothNumbers");
  const decision = str(formData, "decision");
  let outcome: string;
  try {
    const viewer = await getViewer();
    if (decision === "approve") outcome = `approved=${(await approveBoothRequest(viewer, { requestId, boothNumbers })).boothNumbers.join(",")}`;
    else if (decision === "reassign") outcome = `approved=${(await reassignBooths(viewer, { requestId, boothNumbers })).boothNumbers.join(",")}`;
    else if (decision === "waitlist") {
      await waitlistBoothRequest(viewer, { requestId, reason });
      outcome = "saved=1";
    } else {
      await rejectBoothRequest(viewer, { requestId, reason });
      outcome = "saved=1";
    }
  } catch (error) {
    if (error instanceof ZodError) outcome = "error=required";
    else if (isAppError(error) && error.code !== "UNAUTHENTICATED" && error.code !== "FORBIDDEN") outcome = `error=${String(error.details?.reason ?? error.code)}`;
    else throw error;
  }
  redirect({ href: `/admin/fairs/${fairId}?${outcome}#requests`, locale });
}

// ───────────── Producers ─────────────

function boothRequestInput(formData: FormData) {
  return {
    boothCount: str(formData, "boothCount"),
    productIds: formData.getAll("productIds").map(String),
    needsPower: formData.get("needsPower") === "on",
    needsRefrigeration: formData.get("needsRefrigeration") === "on",
    needsWater: formData.get("needsWater") === "on",
    note: str(formData, "note"),
  };
}

export async function saveBoothRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const input = boothRequestInput(formData);
  const values = { ...input, boothCount: input.boothCount, needsPower: String(input.needsPower), needsRefrigeration: String(input.needsRefrigeration), needsWater: String(input.needsWater) };
  const requestId = str(formData, "requestId");
  try {
    const viewer = await getViewer();
    if (requestId) await updateBoothRequest(viewer, requestId, input);
    else await requestBooth(viewer, str(formData, "fairId"), input);
  } catch (error) {
    return toFormState(error, locale, values);
  }
  redirect({ href: "/studio/fairs?saved=1", locale });
  return { values, fieldErrors: {}, formError: null, saved: true };
}

export async function withdrawBoothRequestAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  let outcome = "withdrawn=1";
  try {
    await withdrawBoothRequest(await getViewer(), str(formData, "requestId"));
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") outcome = `error=${String(error.details?.reason ?? "ALREADY_DECIDED")}`;
    else throw error;
  }
  redirect({ href: `/studio/fairs?${outcome}`, locale });
}

/** Adds photos to a fair; a refused photo is named in the officer's language and nothing else is lost. */
export async function addFairPhotosAction(_previous: FormStateOfKit, formData: FormData): Promise<FormStateOfKit> {
  const locale = localeOf(formData);
  const fairId = str(formData, "fairId");
  const t = await getTranslations({ locale, namespace: "forms" });
  const files = formData.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length === 0) return { values: {}, fieldErrors: { photos: t("photoChoose") }, formError: null };
  const viewer = await getViewer();
  try {
    for (const file of files) await addFairPhoto(viewer, fairId, Buffer.from(await file.arrayBuffer())).catch((error: unknown) => {
      throw isAppError(error) ? new AppError(error.code, error.message, { ...error.details, file: file.name }) : error;
    });
  } catch (error) {
    const message = await photoErrorMessage(error, locale);
    if (message) return { values: {}, fieldErrors: { photos: message }, formError: message };
    throw error;
  }
  return { values: {}, fieldErrors: {}, formError: null, notice: t("photoAddedPublic", { count: files.length }) };
}
