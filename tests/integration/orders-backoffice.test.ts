import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pinClock } from "@/lib/clock";
import { db } from "@/server/infra/db";
import { markOrderPaid, placeOrder, updateSubOrderStatus } from "@/server/orders/mutations";
import { exportRowsForProducer, getOrderForBuyer, getSubOrderForProducer, listOrdersForOfficer, listSubOrdersForProducer, totalsByProducerAndMonth } from "@/server/orders/queries";
import { createOfficerViewer, createProduct, createProducerViewer } from "@/tests/factories";
import { checkoutFor } from "../support/orders";

const mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-backoffice-mail-"));
/** The .eml files written without SMTP, with quoted-printable soft line breaks undone (ASCII parts stay readable). */
const mails = () => readdirSync(mailDir).map((f) => readFileSync(path.join(mailDir, f), "utf8").replace(/=\r?\n/g, ""));

beforeAll(() => {
  process.env.MAIL_DIR = mailDir;
  process.env.SHIPPING_FEE_VND = "30000";
});

/** Two producers, one order containing a product of each. */
async function twoProducerOrder() {
  const mine = await createProducerViewer();
  const theirs = await createProducerViewer();
  await db.producer.update({ where: { id: mine.producerId }, data: { bankBin: "970436", bankAccount: "123456789" } });
  const a = await createProduct({ producerId: mine.producerId, priceVnd: 100000 });
  const b = await createProduct({ producerId: theirs.producerId, priceVnd: 60000 });
  const placed = await placeOrder(await checkoutFor([{ productId: a.id, quantity: 1 }, { productId: b.id, quantity: 2 }]));
  const subs = await db.subOrder.findMany({ where: { order: { code: placed.code } } });
  return { mine, theirs, placed, mySub: subs.find((s) => s.producerId === mine.producerId)!, theirSub: subs.find((s) => s.producerId === theirs.producerId)! };
}

describe("studio orders", () => {
  it("shows a producer its own sub-orders only; another's are not found", async () => {
    const { mine, theirs, placed, mySub, theirSub } = await twoProducerOrder();
    const list = await listSubOrdersForProducer(mine.viewer);
    expect(list.map((r) => r.id)).toEqual([mySub.id]);
    expect(list[0]).toMatchObject({ code: placed.code, subtotalVnd: 100000, status: "PLACED" });
    expect((await getSubOrderForProducer(mine.viewer, mySub.id)).items).toHaveLength(1);
    await expect(getSubOrderForProducer(mine.viewer, theirSub.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateSubOrderStatus(mine.viewer, { subOrderId: theirSub.id, status: "SHIPPED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await exportRowsForProducer(theirs.viewer, "vi")).map((r) => r.quantity)).toEqual([2]);
  });

  it("refuses anonymous visitors and officers", async () => {
    const { mySub } = await twoProducerOrder();
    const { viewer: officer } = await createOfficerViewer();
    await expect(listSubOrdersForProducer(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listSubOrdersForProducer(officer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateSubOrderStatus(null, { subOrderId: mySub.id, status: "SHIPPED" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("moves a part along; the buyer sees each producer's status", async () => {
    const { mine, theirs, placed, mySub, theirSub } = await twoProducerOrder();
    await updateSubOrderStatus(mine.viewer, { subOrderId: mySub.id, status: "PACKED" });
    await updateSubOrderStatus(mine.viewer, { subOrderId: mySub.id, status: "SHIPPED" });
    await expect(updateSubOrderStatus(mine.viewer, { subOrderId: mySub.id, status: "CONFIRMED" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateSubOrderStatus(mine.viewer, { subOrderId: mySub.id, status: "CANCELLED" })).rejects.toMatchObject({ code: "CONFLICT" });
    await updateSubOrderStatus(theirs.viewer, { subOrderId: theirSub.id, status: "CANCELLED" });
    const view = await getOrderForBuyer(placed.code);
    expect(view!.parts.map((p) => p.status).sort()).toEqual(["CANCELLED", "SHIPPED"]);
    expect(view!.cancellable).toBe(false);
    expect((await db.subOrder.findUniqueOrThrow({ where: { id: mySub.id } })).shippedAt).not.toBeNull();
    const producerName = (await db.producer.findUniqueOrThrow({ where: { id: mine.producerId } })).name;
    // One "shipped" mail to the buyer naming the producer that shipped (the other part was cancelled, not shipped).
    expect(mails().filter((m) => m.includes(placed.code) && m.includes(producerName))).toHaveLength(1);
  });

  it("lets only the payee producer or an officer record a transfer as paid", async () => {
    const mine = await createProducerViewer();
    const other = await createProducerViewer();
    await db.producer.update({ where: { id: mine.producerId }, data: { bankBin: "970436", bankAccount: "123456789" } });
    const product = await createProduct({ producerId: mine.producerId });
    const first = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }], { paymentMethod: "VIETQR" }));
    await expect(markOrderPaid(other.viewer, first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markOrderPaid(null, first.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await markOrderPaid(mine.viewer, first.id);
    expect((await db.order.findUniqueOrThrow({ where: { id: first.id } })).paymentStatus).toBe("PAID");
    await expect(markOrderPaid(mine.viewer, first.id)).rejects.toMatchObject({ code: "CONFLICT" });

    const { viewer: officer } = await createOfficerViewer();
    const second = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }], { paymentMethod: "VIETQR" }));
    await markOrderPaid(officer, second.id);
    expect(await db.auditLog.count({ where: { entityId: second.id, action: "order.markPaid" } })).toBe(1);
    expect(await db.payment.count({ where: { orderId: { in: [first.id, second.id] } } })).toBe(2);
  });
});

describe("admin orders", () => {
  it("lists all orders and totals per producer and month for officers only", async () => {
    const { mine, placed, theirSub, theirs } = await twoProducerOrder();
    await updateSubOrderStatus(theirs.viewer, { subOrderId: theirSub.id, status: "CANCELLED" });
    const { viewer: officer } = await createOfficerViewer();
    expect((await listOrdersForOfficer(officer)).map((o) => o.code)).toContain(placed.code);
    const totals = await totalsByProducerAndMonth(officer);
    const producer = await db.producer.findUniqueOrThrow({ where: { id: mine.producerId } });
    const theirName = (await db.producer.findUniqueOrThrow({ where: { id: theirs.producerId } })).name;
    expect(totals.find((t) => t.producerName === producer.name)).toMatchObject({ orders: 1, revenueVnd: 100000, month: expect.stringMatching(/^\d{4}-\d{2}$/) });
    expect(totals.find((t) => t.producerName === theirName)).toBeUndefined();
    await expect(totalsByProducerAndMonth(mine.viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listOrdersForOfficer(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("order days and months", () => {
  it("are Vietnam's: an order at 00:30 on 1 December is December's, though UTC still says 30 November", async () => {
    pinClock("2026-12-01T00:30:00+07:00");
    try {
      const { mine, placed } = await twoProducerOrder();
      const { viewer: officer } = await createOfficerViewer();
      const producer = await db.producer.findUniqueOrThrow({ where: { id: mine.producerId } });
      expect((await totalsByProducerAndMonth(officer)).find((t) => t.producerName === producer.name)).toMatchObject({ month: "2026-12" });
      const [row] = (await exportRowsForProducer(mine.viewer, "vi")).filter((r) => r.code === placed.code);
      expect(row.date).toBe("01/12/2026");
      expect((await exportRowsForProducer(mine.viewer, "en")).find((r) => r.code === placed.code)?.date).toBe("1 Dec 2026");
    } finally {
      pinClock(null);
    }
  });
});
