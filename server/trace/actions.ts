"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { isAppError } from "@/lib/errors";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { photoErrorMessage } from "@/server/infra/uploads/photo-errors";
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

const prefix = (locale: "vi" | "en") => (locale === "vi" ? "" : "/en");
const batchPage = (locale: "vi" | "en", batchId: string, query = "saved=1") => `${prefix(locale)}/studio/batches/${batchId}?${query}`;

async function evidenceOf(formData: FormData): Promise<Buffer | null> {
  const file = formData.get("evidence");
  return file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
}

/** Runs a change of one batch's records and goes back to the batch, or returns the form with its error. */
async function batchChange(formData: FormData, run: (values: Record<string, string>) => Promise<unknown>): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await run(values);
  } catch (error) {
    const photo = await photoErrorMessage(error, locale);
    if (photo) return { values, fieldErrors: { evidence: photo }, formError: photo };
    return failureState(error, values, locale);
  }
  redirect(batchPage(locale, values.batchId));
}

export async function createBatchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  let id: string;
  try {
    id = (await createBatch(await getViewer(), values)).id;
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect(`${prefix(locale)}/studio/batches/${id}`);
}

export async function addTraceEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return batchChange(formData, async (values) => addTraceEvent(await getViewer(), values.batchId, values, await evidenceOf(formData)));
}

export async function updateTraceEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return batchChange(formData, async (values) => updateTraceEvent(await getViewer(), values.recordId, values, await evidenceOf(formData)));
}

export async function deleteTraceEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return batchChange(formData, async (values) => deleteTraceEvent(await getViewer(), values.recordId, values));
}

export async function addLabTestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return batchChange(formData, async (values) => addLabTest(await getViewer(), values.batchId, values));
}

export async function updateLabTestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return batchChange(formData, async (values) => updateLabTest(await getViewer(), values.recordId, values));
}

export async function deleteLabTestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return batchChange(formData, async (values) => deleteLabTest(await getViewer(), values.recordId, values));
}

export async function addCertificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return batchChange(formData, async (values) => addCertification(await getViewer(), values.batchId, values));
}

export async function updateCertificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return batchChange(formData, async (values) => updateCertification(await getViewer(), values.recordId, values));
}

export async function deleteCertificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return batchChange(formData, async (values) => deleteCertification(await getViewer(), values.recordId, values));
}

/** Publishing a batch with a failed result comes back asking for confirmation (`?confirm=failed`). */
export async function setBatchPublicAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  let query = "saved=1";
  try {
    await setBatchPublic(await getViewer(), values.batchId, values);
  } catch (error) {
    if (!isAppError(error) || error.details?.reason !== "FAILED_RESULT_PUBLIC") throw error;
    query = "confirm=failed#publish";
  }
  redirect(batchPage(locale, values.batchId, query));
}
