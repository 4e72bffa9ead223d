import "server-only";
import { createTranslator } from "next-intl";
import { readEnv } from "@/lib/env";
import { db } from "@/server/infra/db";
import { sendMail } from "@/server/infra/mail/send-mail";
import viFairs from "@/messages/vi/fairs.json";

export type BoothMailKind = "approved" | "waitlisted" | "rejected";

/**
 * Tells the producer's accounts (in Vietnamese, the back office's default) about a decision. A mail
 * failure never undoes a committed decision: it is logged, and the studio shows the same status.
 */
export async function notifyProducer(
  producerId: string,
  kind: BoothMailKind,
  { fair, booths = [], reason = "" }: { fair: { nameVi: string }; booths?: number[]; reason?: string },
): Promise<void> {
  const users = await db.user.findMany({ where: { producerId }, select: { email: true } });
  const t = createTranslator({ locale: "vi", messages: { fairs: viFairs }, namespace: "fairs.mail" });
  const values = { fair: fair.nameVi, booths: booths.join(", "), reason: reason || "—", link: `${readEnv().PUBLIC_BASE_URL}/studio/fairs` };
  for (const { email } of users) {
    try {
      await sendMail({ to: email, subject: t(`${kind}.subject`, values), text: t(`${kind}.body`, values) });
    } catch (error) {
      console.error(`booth mail ${kind} for producer ${producerId} failed`, error);
    }
  }
}
