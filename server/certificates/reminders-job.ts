import "server-only";
import { createTranslator } from "next-intl";
import { addDays, dateToDay, dayOf, dayToDate, daysBetween } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { sendMail } from "@/server/infra/mail/send-mail";
import { db } from "@/server/infra/db";
import viJobs from "@/messages/vi/jobs.json";

/** Officers and producers see an expiry coming at 90 and again at 30 days (DESIGN §4). */
const REMINDER_DAYS = [90, 30] as const;

/**
 * Mails the producer (its contact email and its users) once per certificate and threshold. Each sent
 * reminder is recorded as a `job_runs` row named after the certificate and threshold, so no reminder is
 * ever repeated, and a certificate first seen inside 30 days gets only the 30-day one.
 */
export async function sendCertificateReminders(now: Date): Promise<{ sent: number }> {
  // Validity is counted in Vietnam's calendar days: a certificate is valid through its validUntil day.
  const today = dayOf(now);
  const due = await db.ocopCertificate.findMany({
    where: { status: "VALID", validUntil: { gte: dayToDate(today), lte: dayToDate(addDays(today, REMINDER_DAYS[0])) } },
    select: {
      id: true,
      stars: true,
      decisionNumber: true,
      validUntil: true,
      product: { select: { nameVi: true } },
      producer: { select: { name: true, email: true, users: { select: { email: true } } } },
    },
  });
  const t = createTranslator({ locale: "vi", messages: { jobs: viJobs }, namespace: "jobs.certificateReminder" });
  let sent = 0;
  for (const certificate of due) {
    const days = daysBetween(today, dateToDay(certificate.validUntil));
    const threshold = days <= REMINDER_DAYS[1] ? REMINDER_DAYS[1] : REMINDER_DAYS[0];
    const key = `certificate-reminder:${certificate.id}:${threshold}`;
    if (await db.jobRun.findUnique({ where: { name: key } })) continue;
    const recipients = [...new Set([certificate.producer.email, ...certificate.producer.users.map((u) => u.email)])].filter(
      (email): email is string => Boolean(email),
    );
    const values = {
      producer: certificate.producer.name,
      product: certificate.product.nameVi,
      stars: certificate.stars,
      decision: certificate.decisionNumber,
      validUntil: formatDay(certificate.validUntil, "vi"),
      days,
    };
    for (const to of recipients) await sendMail({ to, subject: t("subject", values), text: t("body", values) });
    await db.jobRun.create({ data: { name: key, lastRunAt: now, lastResult: { recipients } } });
    sent++;
  }
  return { sent };
}
