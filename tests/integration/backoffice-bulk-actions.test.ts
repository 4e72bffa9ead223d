import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { dayOf, nowMs } from "@/lib/clock";
import type { Viewer } from "@/server/auth/permissions";

// The confirmed bulk actions as a browser posts them: the session is whoever the test says, the
// messages are the real catalogues, and a redirect is recorded instead of leaving the action.
const session: { viewer: Viewer | null } = { viewer: null };
vi.mock("@/server/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
const redirects: string[] = [];
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    redirects.push(url);
    throw new Error("NEXT_REDIRECT");
  },
}));

const { db } = await import("@/server/infra/db");
const { createFair } = await import("@/server/fairs/mutations");
const { decideBoothRequestsAction } = await import("@/server/fairs/actions");
const { markTransfersReceivedAction } = await import("@/server/orders/actions");
const { placeOrder } = await import("@/server/orders/mutations");
const { createOfficerViewer, createProduct, createProducer, createProducerViewer } = await import("@/tests/factories");
const { checkoutFor } = await import("../support/orders");

beforeAll(() => {
  process.env.MAIL_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-bulk-actions-mail-"));
  process.env.SHIPPING_FEE_VND = "30000";
  delete process.env.DISTRICT_BANK_BIN;
  delete process.env.DISTRICT_BANK_ACCOUNT;
});
beforeEach(() => {
  redirects.length = 0;
});

function post(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

async function submit(action: (state: undefined, data: FormData) => Promise<unknown>, data: FormData) {
  try {
    return await action(undefined, data);
  } catch (error) {
    if (error instanceof Error && error.message === "NEXT_REDIRECT") return null;
    throw error;
  }
}

const inDays = (n: number) => dayOf(new Date(nowMs() + n * 86_400_000));

async function fairWithTwoRequests() {
  const organiser = await createOfficerViewer();
  const fair = await createFair(organiser.viewer, {
    nameVi: "Hội chợ OCOP huyện",
    startsOn: inDays(30),
    endsOn: inDays(31),
    venue: "Sân vận động",
    province: "Tuyên Quang",
    registrationDeadline: inDays(20),
    boothCapacity: 10,
    boothSize: "3 m × 3 m",
    feeVnd: 0,
    subsidyPercent: 0,
    minStars: 3,
    maxBoothsPerProducer: 2,
  });
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) ids.push((await db.boothRequest.create({ data: { fairId: fair.id, producerId: (await createProducer()).id, boothCount: 1, createdAt: new Date(Date.UTC(2026, 10, 1, 2, i)) } })).id);
  return { fair, ids, organiser: organiser.viewer };
}

describe("the confirmed bulk actions, posted", () => {
  it("refuse a producer with the form's message and change nothing; an officer goes back to the same list with its filters and what was done", async () => {
    const { fair, ids, organiser } = await fairWithTwoRequests();
    const back = "?q=che&status=PENDING&sort=producer&page=2";

    session.viewer = (await createProducerViewer()).viewer;
    const refused = await submit(decideBoothRequestsAction, post({ locale: "vi", fairId: fair.id, action: "approve", ids, back }));
    expect(refused).toMatchObject({ formError: "Bạn không có quyền thực hiện thao tác này." });
    expect(redirects).toEqual([]);
    expect(await db.boothRequest.count({ where: { id: { in: ids }, status: "PENDING" } })).toBe(2);

    session.viewer = organiser;
    await submit(decideBoothRequestsAction, post({ locale: "en", fairId: fair.id, action: "approve", ids, back }));
    expect(redirects).toEqual([`/en/admin/fairs/${fair.id}?q=che&status=PENDING&sort=producer&page=2&done=approve&count=2&skipped=0#requests`]);
    expect(await db.boothRequest.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(2);
  });

  it("record transfers for an officer only: a producer is refused, an officer returns to the orders list as filtered", async () => {
    const producer = await createProducerViewer();
    await db.producer.update({ where: { id: producer.producerId }, data: { bankBin: "970436", bankAccount: "0011001234567", bankAccountName: "HTX THU" } });
    const product = await createProduct({ producerId: producer.producerId, priceVnd: 100000, stock: 5 });
    const placed = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }], { paymentMethod: "VIETQR" }));
    const part = await db.subOrder.findFirstOrThrow({ where: { order: { code: placed.code } } });
    const back = "?payment=PENDING&from=2026-11-01";

    session.viewer = producer.viewer;
    const refused = await submit(markTransfersReceivedAction, post({ locale: "vi", ids: [part.id], back }));
    expect(refused).toMatchObject({ formError: "Bạn không có quyền thực hiện thao tác này." });
    expect((await db.subOrder.findUniqueOrThrow({ where: { id: part.id } })).paymentStatus).toBe("PENDING");

    session.viewer = (await createOfficerViewer()).viewer;
    await submit(markTransfersReceivedAction, post({ locale: "vi", ids: [part.id, "not-a-part"], back }));
    expect(redirects).toEqual(["/admin/orders?payment=PENDING&from=2026-11-01&done=paid&count=1&skipped=1"]);
    expect((await db.subOrder.findUniqueOrThrow({ where: { id: part.id } })).paymentStatus).toBe("PAID");
  });
});
