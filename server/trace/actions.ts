"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { getViewer } from "@/server/auth/session";
import { failureState, formValues, localeOf } from "@/server/infra/forms";
import { addCertification, addLabTest, addTraceEvent, createBatch, setBatchPublic } from "./mutations";

const prefix = (locale: "vi" | "en") => (locale === "vi" ? "" : "/en");

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
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    const file = formData.get("evidence");
    const evidence = file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
    await addTraceEvent(await getViewer(), values.batchId, values, evidence);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect(`${prefix(locale)}/studio/batches/${values.batchId}?saved=1`);
}

export async function addLabTestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await addLabTest(await getViewer(), values.batchId, values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect(`${prefix(locale)}/studio/batches/${values.batchId}?saved=1`);
}

export async function setBatchPublicAction(formData: FormData): Promise<void> {
  const id = String(formData.get("batchId"));
  await setBatchPublic(await getViewer(), id, formData.get("isPublic") === "true");
  redirect(`${prefix(localeOf(formData))}/studio/batches/${id}`);
}

export async function addCertificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData);
  try {
    await addCertification(await getViewer(), values.batchId, values);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect(`${prefix(locale)}/studio/batches/${values.batchId}?saved=1`);
}
