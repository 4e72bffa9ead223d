import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDays, pinClock, today } from "@/lib/clock";
import { createSession, SESSION_COOKIE } from "@/server/auth/session-token";
import { decideBoothRequestAction } from "@/server/fairs/actions";
import { createFair, requestBooth } from "@/server/fairs/mutations";
import { db } from "@/server/infra/db";
import { createCertificate, createOfficerViewer, createProducerViewer, createProduct } from "../factories";

/**
 * A request's decision form on the fair page, as a browser posts it (the form kit): a refusal comes
 * back to that form with the taken booths named next to the booth numbers and what was typed; a
 * decision returns to the list as it was, with its notice.
 */
const cookie = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === SESSION_COOKIE && cookie.token ? { name, value: cookie.token } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

beforeAll(() => {
  pinClock("2026-11-30T10:00:00+07:00");
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
  process.env.MAIL_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-fairs-decision-mail-"));
});
afterAll(() => pinClock(null));

async function fairWithTwoRequests() {
  const start = addDays(today(), 30);
  const officer = await createOfficerViewer();
  const fair = await createFair(officer.viewer, {
    nameVi: "Hội chợ OCOP chọn gian", startsOn: start, endsOn: addDays(start, 3), venue: "Nhà văn hoá", province: "Tuyên Quang",
    registrationDeadline: addDays(today(), 10), boothCapacity: 10, boothSize: "3 m × 3 m", feeVnd: 3_000_000, subsidyPercent: 50, minStars: 3, maxBoothsPerProducer: 2,
  });
  const requests: string[] = [];
  for (let i = 0; i < 2; i++) {
    const p = await createProducerViewer();
    const product = await createProduct({ producerId: p.producerId });
    await createCertificate(product, { stars: 4 });
    requests.push((await requestBooth(p.viewer, fair.id, { boothCount: 2, productIds: [product.id] })).id);
  }
  cookie.token = await createSession(officer.user.id, "test");
  return { fair, requests };
}

function post(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** The address a successful post redirects to (Next.js throws the redirect). */
async function redirectOf(reply: Promise<unknown>): Promise<string> {
  return reply.then(
    () => "no redirect",
    (error: unknown) => (error as { digest?: string }).digest ?? String(error),
  );
}

describe("the officer's decision on one booth request", () => {
  it("returns to the filtered list with the booths given; booths already taken are named next to the booth numbers, in the officer's language, with what was typed kept", async () => {
    const { fair, requests } = await fairWithTwoRequests();
    const [first, second] = requests;
    const back = "?q=choi&status=PENDING";
    expect(await redirectOf(decideBoothRequestAction(undefined, post({ locale: "vi", fairId: fair.id, requestId: first, back, decision: "approve", boothNumbers: "5-6" })))).toContain(
      `/admin/fairs/${fair.id}?q=choi&status=PENDING&approved=5%2C6#requests`,
    );

    const refused = await decideBoothRequestAction(undefined, post({ locale: "vi", fairId: fair.id, requestId: second, back, decision: "approve", boothNumbers: "6, 7", reason: "Đã gọi điện" }));
    expect(refused.fieldErrors).toEqual({ boothNumbers: "Gian 6 đã được phân cho đơn vị khác." });
    expect(refused.formError).toBe("Chưa lưu: xem lại số gian được đánh dấu.");
    expect(refused.values).toMatchObject({ requestId: second, boothNumbers: "6, 7", reason: "Đã gọi điện" });

    const both = await decideBoothRequestAction(undefined, post({ locale: "en", fairId: fair.id, requestId: second, back, decision: "approve", boothNumbers: "6, 5" }));
    expect(both.fieldErrors).toEqual({ boothNumbers: "Booths 5, 6 are already given to another exhibitor." });
    expect(both.formError).toBe("Nothing was saved: check the booth numbers marked.");
    expect(await db.boothRequest.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "PENDING" });

    // A rejection needs its reason, asked for next to the reason field.
    const noReason = await decideBoothRequestAction(undefined, post({ locale: "vi", fairId: fair.id, requestId: second, back, decision: "reject", boothNumbers: "8" }));
    expect(noReason.fieldErrors).toEqual({ reason: "Vui lòng điền mục này." });
    expect(noReason.values).toMatchObject({ boothNumbers: "8" });

    // Moving the approved request onto a booth of nobody else: back to the list with its new booths.
    expect(await redirectOf(decideBoothRequestAction(undefined, post({ locale: "vi", fairId: fair.id, requestId: first, back, decision: "reassign", boothNumbers: "1, 2" })))).toContain(
      `/admin/fairs/${fair.id}?q=choi&status=PENDING&approved=1%2C2#requests`,
    );
  });
});
