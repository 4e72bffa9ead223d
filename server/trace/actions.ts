"use server";
import { getViewer } from "@/server/auth/session";
import { buttonAction, formAction } from "@/server/infra/forms";
import { addCertification, addLabTest, addTraceEvent, createBatch, setBatchPublic } from "./mutations";

export const createBatchAction = formAction(async (form) => {
  const { id } = await createBatch(await getViewer(), form.values);
  return { redirect: `/studio/batches/${id}` };
});

export const addTraceEventAction = formAction(async (form) => {
  const batchId = form.text("batchId");
  await addTraceEvent(await getViewer(), batchId, form.values, await form.file("evidence"));
  return { redirect: `/studio/batches/${batchId}?saved=1` };
});

export const addLabTestAction = formAction(async (form) => {
  const batchId = form.text("batchId");
  await addLabTest(await getViewer(), batchId, form.values);
  return { redirect: `/studio/batches/${batchId}?saved=1` };
});

export const addCertificationAction = formAction(async (form) => {
  const batchId = form.text("batchId");
  await addCertification(await getViewer(), batchId, form.values);
  return { redirect: `/studio/batches/${batchId}?saved=1` };
});

export const setBatchPublicAction = buttonAction(async (form) => {
  const batchId = form.text("batchId");
  await setBatchPublic(await getViewer(), batchId, form.text("isPublic") === "true");
  return `/studio/batches/${batchId}`;
});
