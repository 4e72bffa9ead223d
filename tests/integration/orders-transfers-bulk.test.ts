import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/infra/db";
import { cancelOrderByBuyer, fulfilSubOrder, markSubOrderPaid, markTransfersReceived, placeOrder } from "@/server/orders/mutations";
import { subOrdersForTransferConfirmation } from "@/server/orders/queries";
import { createOfficerViewer, createProduct, createProducer, createProducerViewer, createProvinceWithCommunes, viewerOf } from "@/tests/factories";
import { checkoutFor } from "../support/orders";

beforeAll(() => {
  process.env.MAIL_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-transfers-bulk-mail-"));
  process.env.SHIPPING_FEE_VND = "30000";
  delete process.env.DISTRICT_BANK_BIN;
  delete process.env.DISTRICT_BANK_ACCOUNT;
});

const BANK = { bankBin: "970436", bankAccount: "0011001234567", bankAccountName: "HTX THU" };

/** One order of `quantity` × 100,000 ₫ from `producerId` (plus 30,000 ₫ delivery), and its part. */
async function partOf(producerId: string, method: "COD" | "VIETQR", quantity = 1) {
  const product = await createProduct({ producerId, priceVnd: 100000, stock: 20 });
  const placed = await placeOrder(await checkoutFor([{ productId: product.id, quantity }], { paymentMethod: method }));
  return db.subOrder.findFirstOrThrow({ where: { order: { code: placed.code } }, include: { order: { select: { code: true } } } });
}

const paymentOf = async (id: string) => (await db.subOrder.findUniqueOrThrow({ where: { id } })).paymentStatus;

describe("an officer records transfers received in bulk", () => {
  it("lists each part with its amount and the total, skips what the rule does not allow, records the rest as the single action does, audited", async () => {
    const { communeA, communeB } = await createProvinceWithCommunes();
    const mine = await createProducer({ regionId: communeA.id, ...BANK });
    const elsewhere = await createProducer({ regionId: communeB.id, ...BANK });
    const { viewer: officer } = await createOfficerViewer({ regionId: communeA.id });

    const owed1 = await partOf(mine.id, "VIETQR", 1); // 130,000 ₫
    const owed2 = await partOf(mine.id, "VIETQR", 2); // 230,000 ₫
    const cashOpen = await partOf(mine.id, "COD");
    const cashDelivered = await partOf(mine.id, "COD");
    await db.subOrder.update({ where: { id: cashDelivered.id }, data: { status: "DELIVERED" } });
    const alreadyPaid = await partOf(mine.id, "VIETQR");
    await markSubOrderPaid(officer, alreadyPaid.id);
    const cancelled = await partOf(mine.id, "VIETQR");
    await cancelOrderByBuyer(cancelled.order.code);
    const otherRegion = await partOf(elsewhere.id, "VIETQR");
    const ids = [owed1, owed2, cashOpen, cashDelivered, alreadyPaid, cancelled, otherRegion].map((p) => p.id);

    // The confirmation page: the region's parts only, each with its amount and why it is skipped, and the total recorded.
    const preview = await subOrdersForTransferConfirmation(officer, ids);
    expect(preview.items.map((i) => [i.id, i.amountVnd, i.skipped])).toEqual([
      [owed1.id, 130000, null],
      [owed2.id, 230000, null],
      [cashOpen.id, 130000, "CASH"],
      [cashDelivered.id, 130000, "CASH"],
      [alreadyPaid.id, 130000, "ALREADY_PAID"],
      [cancelled.id, 130000, "CLOSED"],
    ]);
    expect(preview.items[0].transferNote).toBe(owed1.transferNote);
    expect(preview.totalVnd).toBe(360000);

    expect(await markTransfersReceived(officer, ids)).toEqual({ changed: 2, skipped: 5, amountVnd: 360000 });
    expect(await Promise.all(ids.map(paymentOf))).toEqual(["PAID", "PAID", "PENDING", "PENDING", "PAID", "CANCELLED", "PENDING"]);
    for (const [part, amountVnd] of [[owed1, 130000], [owed2, 230000]] as const) {
      expect(await db.payment.findMany({ where: { subOrderId: part.id }, select: { amountVnd: true, markedById: true, method: true } })).toEqual([{ amountVnd, markedById: officer.userId, method: "VIETQR" }]);
      const audit = await db.auditLog.findMany({ where: { entityId: part.id, action: "order.markPaid" } });
      expect(audit.map((a) => [a.actorId, a.after])).toEqual([[officer.userId, { paymentStatus: "PAID", amountVnd }]]);
      expect((await db.subOrderEvent.findMany({ where: { subOrderId: part.id, kind: "PAID" } })).map((e) => e.actor)).toEqual(["OFFICER"]);
    }
    // Paid transfers may now ship, as after the single action.
    const producer = await db.user.create({ data: { email: `p-${owed1.id}@example.vn`, name: "Chủ HTX", role: "PRODUCER", producerId: mine.id } });
    await fulfilSubOrder(viewerOf(producer), { subOrderId: owed1.id, action: "SHIP" });
    expect((await db.subOrder.findUniqueOrThrow({ where: { id: owed1.id } })).status).toBe("SHIPPED");
  });

  it("ignores parts outside the officer's region and refuses producers and strangers, changing nothing", async () => {
    const { communeA, communeB } = await createProvinceWithCommunes();
    const elsewhere = await createProducer({ regionId: communeB.id, ...BANK });
    const { viewer: officer } = await createOfficerViewer({ regionId: communeA.id });
    const theirs = await partOf(elsewhere.id, "VIETQR");

    expect((await subOrdersForTransferConfirmation(officer, [theirs.id])).items).toEqual([]);
    expect(await markTransfersReceived(officer, [theirs.id])).toEqual({ changed: 0, skipped: 1, amountVnd: 0 });
    expect(await paymentOf(theirs.id)).toBe("PENDING");
    expect(await db.auditLog.count({ where: { entityId: theirs.id } })).toBe(0);

    // A producer records its own transfers one by one on its order page, never through the officers' bulk.
    const producer = await createProducerViewer();
    await db.producer.update({ where: { id: producer.producerId }, data: BANK });
    const own = await partOf(producer.producerId, "VIETQR");
    await expect(markTransfersReceived(producer.viewer, [own.id])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(subOrdersForTransferConfirmation(producer.viewer, [own.id])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markTransfersReceived(null, [own.id])).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await paymentOf(own.id)).toBe("PENDING");
  });
});
