import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { dayToDate, pinClock } from "@/lib/clock";
import { sendCertificateReminders } from "@/server/certificates/reminders-job";
import { createFair } from "@/server/fairs/mutations";
import { listFairs } from "@/server/fairs/queries";
import { db } from "@/server/infra/db";
import { computeProgrammeFigures } from "@/server/programme/figures";
import { createCertificate, createOfficerViewer, createProduct, createProducer } from "../factories";

/**
 * Half past midnight on 1 December in Vietnam is 17:30 on 30 November in UTC: every "today" below must
 * be 1 December (issue 12, "The day is UTC").
 */
const HALF_PAST_MIDNIGHT = "2026-12-01T00:30:00+07:00";

let mailDir: string;
beforeAll(() => {
  mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-day-mail-"));
  process.env.MAIL_DIR = mailDir;
});
afterEach(() => pinClock(null));

describe("Vietnam's day at 00:30", () => {
  it("is the 'as of' day of a programme that is running", async () => {
    await db.programme.create({ data: { slug: "ocop-2026-2030", nameVi: "Chương trình OCOP 2026–2030", startYear: 2026, endYear: 2030, isCurrent: true } });
    pinClock(HALF_PAST_MIDNIGHT);
    expect((await computeProgrammeFigures())?.asOf).toBe("2026-12-01");
  });

  it("counts the days to a certificate's expiry from it: 30 days to 31 December, so the 30-day reminder", async () => {
    const producer = await createProducer({ email: "nhacnho@htx.example.vn" });
    const product = await createProduct({ producerId: producer.id });
    await createCertificate(product, { decisionDate: dayToDate("2023-12-31"), validUntil: dayToDate("2026-12-31") });
    expect(await sendCertificateReminders(new Date(HALF_PAST_MIDNIGHT))).toEqual({ sent: 1 });
    const mail = readdirSync(mailDir).map((file) => readFileSync(path.join(mailDir, file), "utf8")).find((m) => m.includes("To: nhacnho@htx.example.vn"));
    // Read back through quoted-printable soft line breaks.
    const text = mail!.replace(/=\r?\n/g, "");
    expect(text).toContain("31/12/2026");
    const runs = await db.jobRun.findMany({ where: { name: { startsWith: "certificate-reminder:" } } });
    expect(runs.map((r) => r.name.split(":").at(-1))).toEqual(["30"]);
  });

  it("ends a fair's 'upcoming' time after its last day in Vietnam", async () => {
    const { viewer } = await createOfficerViewer();
    const fair = {
      nameVi: "Hội chợ cuối tháng 11",
      startsOn: "2026-11-28",
      endsOn: "2026-11-30",
      venue: "Nhà văn hóa",
      province: "Tuyên Quang",
      registrationDeadline: "2026-11-20",
      boothCapacity: 5,
      boothSize: "3 m × 3 m",
      feeVnd: 0,
      subsidyPercent: 0,
      minStars: 3,
      maxBoothsPerProducer: 1,
    };
    const { slug } = await createFair(viewer, fair);
    pinClock("2026-11-30T23:30:00+07:00");
    expect((await listFairs({ when: "upcoming", pageSize: 100 })).items.map((f) => f.slug)).toContain(slug);
    pinClock(HALF_PAST_MIDNIGHT);
    expect((await listFairs({ when: "upcoming", pageSize: 100 })).items.map((f) => f.slug)).not.toContain(slug);
    expect((await listFairs({ when: "past", pageSize: 100 })).items.map((f) => f.slug)).toContain(slug);
  });
});
