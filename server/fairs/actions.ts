"use server";
import { getTranslations } from "next-intl/server";
import { AppError, isAppError } from "@/lib/errors";
import { parseIds, returnSearch } from "@/lib/list-query";
import { getViewer } from "@/server/auth/session";
import { buttonAction, formAction, FormRefusal } from "@/server/infra/forms";
import { photoRefusal } from "@/server/infra/uploads/photo-errors";
import { addFairPhoto } from "./photos";
import {
  approveBoothRequest,
  createFair,
  decideBoothRequests,
  reassignBooths,
  rejectBoothRequest,
  requestBooth,
  setRegistrationOpen,
  updateBoothRequest,
  updateFair,
  waitlistBoothRequest,
  withdrawBoothRequest,
} from "./mutations";

// ───────────── Officers ─────────────

const FAIR_FIELDS = ["nameVi", "nameEn", "descriptionVi", "descriptionEn", "startsOn", "endsOn", "venue", "province", "registrationDeadline", "boothCapacity", "boothSize", "feeVnd", "subsidyPercent", "minStars", "maxBoothsPerProducer", "opensAt", "closesAt", "hoursNoteVi", "hoursNoteEn", "address", "directionsVi", "directionsEn"] as const;

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

/**
 * Approve (with the booth numbers typed, or the lowest free ones), waitlist, reject with a reason, or
 * move an approved request to other booths, from that request's form on the fair's request list. A
 * refusal comes back in that form (the kit), next to its field, with what was typed; a decision goes
 * back to the page of the list the officer was on (its search, filter, sort and page) with its notice.
 */
export const decideBoothRequestAction = formAction(async (form) => {
  const viewer = await getViewer();
  const requestId = form.text("requestId");
  const decision = form.text("decision");
  let outcome: Record<string, string>;
  if (decision === "approve" || decision === "reassign") {
    const decide = decision === "approve" ? approveBoothRequest : reassignBooths;
    outcome = { approved: (await decide(viewer, { requestId, boothNumbers: form.text("boothNumbers") })).boothNumbers.join(",") };
  } else {
    await (decision === "waitlist" ? waitlistBoothRequest : rejectBoothRequest)(viewer, { requestId, reason: form.text("reason") });
    outcome = { saved: "1" };
  }
  return { redirect: `/admin/fairs/${encodeURIComponent(form.text("fairId"))}${returnSearch(form.text("back"), outcome)}#requests` };
});

/** The confirmed bulk decision from a fair's request list: approve, or reject with one reason; back to the list as it was. */
export const decideBoothRequestsAction = formAction(async (form) => {
  const decision = form.text("action") === "reject" ? "reject" : "approve";
  const fairId = form.text("fairId");
  const result = await decideBoothRequests(await getViewer(), fairId, parseIds(form.list("ids")), decision, { reason: form.text("reason") });
  return { redirect: `/admin/fairs/${encodeURIComponent(fairId)}${returnSearch(form.text("back"), { done: decision, count: result.changed, skipped: result.skipped })}#requests` };
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
    if (isAppError(error) && error.code === "CONFLICT") return `/studio/fairs?error=${String(error.details?.reason ?? "ALREADY_DECIDED")}`;
    throw error;
  }
  return "/studio/fairs?withdrawn=1";
});

/** Adds photos to a fair; a refused photo is named in the officer's language and nothing else is lost. */
export const addFairPhotosAction = formAction(async (form) => {
  const files = form.formData.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length === 0) {
    const t = await getTranslations({ locale: form.locale, namespace: "forms" });
    throw new FormRefusal(t("photoChoose"), { photos: t("photoChoose") });
  }
  const viewer = await getViewer();
  try {
    for (const file of files)
      await addFairPhoto(viewer, form.text("fairId"), Buffer.from(await file.arrayBuffer())).catch((error: unknown) => {
        throw isAppError(error) ? new AppError(error.code, error.message, { ...error.details, file: file.name }) : error;
      });
  } catch (error) {
    throw (await photoRefusal(error, form.locale)) ?? error;
  }
  return { notice: "forms.photoAddedPublic", params: { count: files.length } };
});
