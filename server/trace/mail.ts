import "server-only";
import { createTranslator } from "next-intl";
import { readEnv } from "@/lib/env";
import type { Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";
import { sendMail } from "@/server/infra/mail/send-mail";
import viTrace from "@/messages/vi/trace.json";

/**
 * A failed lab result is now on a public trace page: every account of the producer is told (in
 * Vietnamese, the back office's default), so the people who answer buyers' calls know, whoever
 * recorded it. A mail failure is logged and never undoes the record.
 */
export async function notifyFailedResultPublic(batch: { id: string; code: string; lotCode: string; product: { producerId: string; nameVi: string } }, by: Viewer): Promise<void> {
  const users = await db.user.findMany({ where: { producerId: batch.product.producerId, active: true }, select: { email: true } });
  const t = createTranslator({ locale: "vi", messages: { trace: viTrace }, namespace: "trace.mail" });
  const base = readEnv().PUBLIC_BASE_URL.replace(/\/+$/, "");
  const values = { product: batch.product.nameVi, lot: batch.lotCode, by: by.name || by.email, trace: `${base}/trace/${batch.code}`, link: `${base}/studio/batches/${batch.id}` };
  for (const { email } of users) {
    try {
      await sendMail({ to: email, subject: t("failedPublic.subject", values), text: t("failedPublic.body", values) });
    } catch (error) {
      console.error(`failed-result mail for batch ${batch.id} failed`, error);
    }
  }
}
