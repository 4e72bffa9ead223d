import "server-only";
import { createTranslator } from "next-intl";
import { readEnv } from "@/lib/env";
import { db } from "@/server/infra/db";
import { sendMail } from "@/server/infra/mail/send-mail";
import viProfile from "@/messages/vi/profile.json";

/**
 * Tells every account of the producer (in Vietnamese, the back office's default) that the bank
 * account buyers pay into is being changed, or has been: a change nobody at the producer asked for
 * (a stolen session) is then noticed before money goes astray. A mail failure is logged and never
 * undoes the change.
 */
export async function notifyBankChange(producerId: string, kind: "proposed" | "approved"): Promise<void> {
  const users = await db.user.findMany({ where: { producerId, active: true }, select: { email: true } });
  const t = createTranslator({ locale: "vi", messages: { profile: viProfile }, namespace: "profile.mail" });
  const values = { link: `${readEnv().PUBLIC_BASE_URL}/studio/profile` };
  for (const { email } of users) {
    try {
      await sendMail({ to: email, subject: t(`${kind}.subject`), text: t(`${kind}.body`, values) });
    } catch (error) {
      console.error(`bank change mail (${kind}) for producer ${producerId} failed`, error);
    }
  }
}
