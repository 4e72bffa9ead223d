import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "@/server/infra/db";
import { addFairPhoto } from "@/server/fairs/photos";
import { getFairBySlug } from "@/server/fairs/queries";
import { createOfficerViewer, createProducerViewer, unique } from "../factories";

beforeAll(() => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-fair-photos-"));
});

describe("fair photos", () => {
  it("are added by officers, refused to producers and shown on the public fair page", async () => {
    const slug = unique("fair");
    const fair = await db.fair.create({
      data: {
        slug, nameVi: "Hội chợ thử", startsOn: new Date("2027-01-10"), endsOn: new Date("2027-01-14"), venue: "Quảng trường",
        province: "Tuyên Quang", registrationDeadline: new Date("2026-12-31"), boothCapacity: 10,
      },
    });
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#aa5500" } }).jpeg().toBuffer();
    const officer = await createOfficerViewer();
    const producer = await createProducerViewer();
    const { key } = await addFairPhoto(officer.viewer, fair.id, photo, "Gian hàng OCOP");
    await expect(addFairPhoto(producer.viewer, fair.id, photo)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addFairPhoto(officer.viewer, fair.id, Buffer.from("not an image"))).rejects.toBeInstanceOf(AppError);
    const page = await getFairBySlug(slug);
    expect(page?.images).toEqual([{ key, width: 1024, height: 683, altVi: "Gian hàng OCOP", altEn: null }]);
  });
});
