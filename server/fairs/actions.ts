"use server";
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { getViewer } from "@/server/auth/session";
import { buttonAction, formAction } from "@/server/infra/forms";
import { addFairPhoto } from "./photos";
import {
  approveBoothRequest,
  createFair,
  rejectBoothRequest,
  requestBooth,
  setRegistrationOpen,
  updateBoothRequest,
  updateFair,
  waitlistBoothRequest,
  withdrawBoothRequest,
} from "./mutations";

// ───────────── Officers ─────────────

const FAIR_FIELDS = ["nameVi", "nameEn", "descriptionVi", "descriptionEn", "startsOn", "endsOn", "venue", "province", "registrationDeadline", "boothCapacity", "boothSize", "feeVnd", "subsidyPercent", "minStars", "maxBoothsPerProducer"] as const;

export const saveFairAction = formAction(async (form) => {
  const values = Object.fromEntries(FAIR_FIELDS.map((f) => [f, form.text(f)]));
  const fairId = form.text("fairId");
  // The deadline is a calendar day: registration closes at the end of that day in Vietnam (UTC+7).
  const input = { ...values, registrationDeadline: values.registrationDeadline ? `${values.registrationDeadline}T23:59:59+07:00` : "" };
  const viewer = await getViewer();
  if (!fairId) return { redirect: `/admin/fairs/${(await createFair(viewer, input)).id}` };
  await updateFair(viewer, fairId, input);
  return { notice: "fairs.admin.saved", keep: true };
});

export const setRegistrationOpenAction = buttonAction(async (form) => {
  const fairId = form.text("fairId");
  await setRegistrationOpen(await getViewer(), fairId, form.text("open") === "1");
  return `/admin/fairs/${fairId}`;
});

/** Approve, waitlist or reject from the officer's request list; the outcome is shown through the query string. */
export const decideBoothRequestAction = buttonAction(async (form) => {
  const requestId = form.text("requestId");
  const reason = form.text("reason");
  let outcome: string;
  try {
    const viewer = await getViewer();
    const decision = form.text("decision");
    if (decision === "approve") outcome = `approved=${(await approveBoothRequest(viewer, { requestId })).boothNumbers.join(",")}`;
    else {
      await (decision === "waitlist" ? waitlistBoothRequest : rejectBoothRequest)(viewer, { requestId, reason });
      outcome = "saved=1";
    }
  } catch (error) {
    if (error instanceof ZodError) outcome = "error=required";
    else if (isAppError(error) && error.code !== "UNAUTHENTICATED" && error.code !== "FORBIDDEN") outcome = `error=${String(error.details?.reason ?? error.code)}`;
    else throw error;
  }
  return `/admin/fairs/${form.text("fairId")}?${outcome}#requests`;
});

// ───────────── Producers ─────────────

export const saveBoothRequestAction = formAction(async (form) => {
  const input = {
    boothCount: form.text("boothCount"),
    productIds: form.list("productIds"),
    needsPower: form.checked("needsPower"),
    needsRefrigeration: form.checked("needsRefrigeration"),
    needsWater: form.checked("needsWater"),
    note: form.text("note"),
  };
  const viewer = await getViewer();
  const requestId = form.text("requestId");
  if (requestId) await updateBoothRequest(viewer, requestId, input);
  else await requestBooth(viewer, form.text("fairId"), input);
  return { redirect: "/studio/fairs?saved=1" };
});

export const withdrawBoothRequestAction = buttonAction(async (form) => {
  try {
    await withdrawBoothRequest(await getViewer(), form.text("requestId"));
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return "/studio/fairs?error=ALREADY_DECIDED";
    throw error;
  }
  return "/studio/fairs?withdrawn=1";
});

export const addFairPhotoAction = buttonAction(async (form) => {
  const fairId = form.text("fairId");
  const photo = await form.file("photo");
  if (photo) await addFairPhoto(await getViewer(), fairId, photo, form.text("alt"));
  return `/admin/fairs/${fairId}`;
});
