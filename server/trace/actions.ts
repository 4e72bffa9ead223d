"use server";
import type { Href } from "@/i18n/localized-href";
import { isAppError } from "@/lib/errors";
import { getViewer } from "@/server/auth/session";
import { buttonAction, formAction, type FormReply, type SubmittedForm } from "@/server/infra/forms";
import { photoRefusal } from "@/server/infra/uploads/photo-errors";
import {
  addCertification,
  addLabTest,
  addTraceEvent,
  createBatch,
  deleteCertification,
  deleteLabTest,
  deleteTraceEvent,
  setBatchPublic,
  updateCertification,
  updateLabTest,
  updateTraceEvent,
} from "./mutations";

const batchPage = (batchId: string, query = "saved=1"): Href => `/studio/batches/${batchId}?${query}`;

/**
 * A change of one batch's records, then back to the batch; a refused evidence file is named next
 * to its field, and the kit keeps everything else that was typed.
 */
function batchChange(run: (form: SubmittedForm) => Promise<unknown>) {
  return formAction(async (form): Promise<FormReply> => {
    try {
      await run(form);
    } catch (error) {
      throw (await photoRefusal(error, form.locale, "evidence")) ?? error;
    }
    return { redirect: batchPage(form.text("batchId")) };
  });
}

export const createBatchAction = formAction(async (form) => {
  const { id } = await createBatch(await getViewer(), form.values);
  return { redirect: `/studio/batches/${id}` };
});

export const addTraceEventAction = batchChange(async (form) => addTraceEvent(await getViewer(), form.text("batchId"), form.values, await form.file("evidence")));
export const updateTraceEventAction = batchChange(async (form) => updateTraceEvent(await getViewer(), form.text("recordId"), form.values, await form.file("evidence")));
export const deleteTraceEventAction = batchChange(async (form) => deleteTraceEvent(await getViewer(), form.text("recordId"), form.values));
export const addLabTestAction = batchChange(async (form) => addLabTest(await getViewer(), form.text("batchId"), form.values));
export const updateLabTestAction = batchChange(async (form) => updateLabTest(await getViewer(), form.text("recordId"), form.values));
export const deleteLabTestAction = batchChange(async (form) => deleteLabTest(await getViewer(), form.text("recordId"), form.values));
export const addCertificationAction = batchChange(async (form) => addCertification(await getViewer(), form.text("batchId"), form.values));
export const updateCertificationAction = batchChange(async (form) => updateCertification(await getViewer(), form.text("recordId"), form.values));
export const deleteCertificationAction = batchChange(async (form) => deleteCertification(await getViewer(), form.text("recordId"), form.values));

/** Publishing a batch with a failed result comes back asking for confirmation (`?confirm=failed`). */
export const setBatchPublicAction = buttonAction(async (form) => {
  const batchId = form.text("batchId");
  try {
    await setBatchPublic(await getViewer(), batchId, form.values);
  } catch (error) {
    if (!isAppError(error) || error.details?.reason !== "FAILED_RESULT_PUBLIC") throw error;
    return batchPage(batchId, "confirm=failed#publish");
  }
  return batchPage(batchId);
});
