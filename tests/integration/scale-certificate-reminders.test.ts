import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sendCertificateReminders } from "@/server/certificates/reminders-job";
import { createCertificate, createProduct, createProducer, createUser } from "../factories";

const DAY = 86_400_000;
let mailDir: string;

beforeAll(() => {
  mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-mail-"));
  process.env.MAIL_DIR = mailDir;
});

const mails = () => readdirSync(mailDir).map((file) => readFileSync(path.join(mailDir, file), "utf8"));

describe("certificate-expiry reminders", () => {
  it("mails the producer and its users at 90 and at 30 days, each reminder once", async () => {
    const producer = await createProducer({ email: "lienhe@htx.example.vn" });
    const user = await createUser("PRODUCER", { producerId: producer.id });
    const product = await createProduct({ producerId: producer.id });
    // Far in the future so that no other certificate of this database is due at these moments.
    const now = new Date(Date.UTC(2031, 0, 10));
    await createCertificate(product, { validUntil: new Date(now.getTime() + 80 * DAY) });

    expect(await sendCertificateReminders(now)).toEqual({ sent: 1 });
    const first = mails();
    expect(first).toHaveLength(2);
    expect(first.some((m) => m.includes("To: lienhe@htx.example.vn"))).toBe(true);
    expect(first.some((m) => m.includes(`To: ${user.email}`))).toBe(true);

    expect(await sendCertificateReminders(new Date(now.getTime() + DAY))).toEqual({ sent: 0 });
    expect(await sendCertificateReminders(new Date(now.getTime() + 55 * DAY))).toEqual({ sent: 1 });
    expect(await sendCertificateReminders(new Date(now.getTime() + 60 * DAY))).toEqual({ sent: 0 });
    expect(mails()).toHaveLength(4);
  });

  it("says nothing about certificates far from expiry, expired or revoked", async () => {
    const product = await createProduct();
    const now = new Date(Date.UTC(2036, 0, 10));
    await createCertificate(product, { validUntil: new Date(now.getTime() + 200 * DAY) });
    await createCertificate(product, { validUntil: new Date(now.getTime() - DAY) });
    await createCertificate(product, { validUntil: new Date(now.getTime() + 20 * DAY), status: "REVOKED" });
    expect(await sendCertificateReminders(now)).toEqual({ sent: 0 });
  });
});
