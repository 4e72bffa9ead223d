import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/infra/db";
import { cancelOrderByBuyer, expireUnpaidOrders, fulfilSubOrder, markSubOrderPaid, placeOrder, reportTransfer } from "@/server/orders/mutations";
import { getOrderForBuyer, getSubOrderForProducer } from "@/server/orders/queries";
import { createOfficerViewer, createProduct, createProducerViewer } from "@/tests/factories";
import { checkoutFor, uniquePhone } from "../support/orders";

const mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-fulfilment-mail-"));
const mails = () => readdirSync(mailDir).map((f) => readFileSync(path.join(mailDir, f), "utf8").replace(/=\r?\n/g, ""));

beforeAll(() => {
  process.env.MAIL_DIR = mailDir;
  process.env.SHIPPING_FEE_VND = "30000";
  process.env.UNPAID_ORDER_TTL_MINUTES = "60";
  process.env.COD_CONFIRM_HOURS = "48";
  process.env.ORDER_MAX_OPEN_PER_CONTACT = "3";
  delete process.env.DISTRICT_BANK_BIN;
  delete process.env.DISTRICT_BANK_ACCOUNT;
});

const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id }, select: { stock: true } })).stock;

/** A producer with a bank account, one of its products, and one order of it. */
async function orderFrom(method: "COD" | "VIETQR", quantity = 2, stock = 10) {
  const producer = await createProducerViewer();
  await db.producer.update({ where: { id: producer.producerId }, data: { bankBin: "970436", bankAccount: "0011001234567", bankAccountName: "HTX THU" } });
  const product = await createProduct({ producerId: producer.producerId, stock, priceVnd: 100000 });
  const input = await checkoutFor([{ productId: product.id, quantity }], { paymentMethod: method });
  const placed = await placeOrder(input);
  const part = await db.subOrder.findFirstOrThrow({ where: { order: { code: placed.code } } });
  return { producer, product, placed, part, input };
}

describe("legal fulfilment steps", () => {
  it("takes a cash order from placed to delivered and cash collected, with the buyer seeing each step", async () => {
    const { producer, placed, part, product } = await orderFrom("COD");
    const detail = await getSubOrderForProducer(producer.viewer, part.id);
    // Goods 200,000 + delivery 30,000 collected at the door; "cash received" is not offered yet.
    expect(detail).toMatchObject({ paymentMethod: "COD", amountToCollectVnd: 230000, actions: ["CONFIRM", "PACK", "SHIP", "CANCEL"] });
    await expect(markSubOrderPaid(producer.viewer, part.id)).rejects.toMatchObject({ code: "CONFLICT" });

    await fulfilSubOrder(producer.viewer, { subOrderId: part.id, action: "CONFIRM" });
    await fulfilSubOrder(producer.viewer, { subOrderId: part.id, action: "PACK" });
    await fulfilSubOrder(producer.viewer, { subOrderId: part.id, action: "SHIP", carrier: "Viettel Post", trackingNumber: "VTP123456789" });
    await expect(fulfilSubOrder(producer.viewer, { subOrderId: part.id, action: "CANCEL", cancelReason: "OUT_OF_STOCK" })).rejects.toMatchObject({ code: "CONFLICT" });
    await fulfilSubOrder(producer.viewer, { subOrderId: part.id, action: "DELIVER" });
    await markSubOrderPaid(producer.viewer, part.id);

    const view = await getOrderForBuyer(placed.code);
    expect(view!.paymentStatus).toBe("PAID");
    expect(view!.parts[0]).toMatchObject({ status: "DELIVERED", paymentStatus: "PAID", carrier: "Viettel Post", trackingNumber: "VTP123456789" });
    expect(view!.parts[0].events.map((e) => e.kind)).toEqual(["PLACED", "CONFIRMED", "PACKED", "SHIPPED", "DELIVERED", "PAID"]);
    expect((await getSubOrderForProducer(producer.viewer, part.id)).actions).toEqual([]);
    expect(await stockOf(product.id)).toBe(8);
    // One mail per step: placed, confirmed, packed, shipped (with tracking), delivered, paid.
    const mine = mails().filter((m) => m.includes(placed.code));
    expect(mine).toHaveLength(6);
    expect(mine.some((m) => m.includes("VTP123456789"))).toBe(true);
  });

  it("never ships an unpaid transfer order, and ships it once the payee records the money", async () => {
    const { producer, part } = await orderFrom("VIETQR");
    await fulfilSubOrder(producer.viewer, { subOrderId: part.id, action: "CONFIRM" });
    await expect(fulfilSubOrder(producer.viewer, { subOrderId: part.id, action: "SHIP" })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "ILLEGAL_TRANSITION" } });
    expect((await getSubOrderForProducer(producer.viewer, part.id)).actions).not.toContain("SHIP");
    await markSubOrderPaid(producer.viewer, part.id);
    await fulfilSubOrder(producer.viewer, { subOrderId: part.id, action: "SHIP" });
    expect((await db.subOrder.findUniqueOrThrow({ where: { id: part.id } })).status).toBe("SHIPPED");
  });

  it("puts the stock back on a failed delivery returned, and on a cancellation with its reason and the producer's note to the buyer", async () => {
    const returned = await orderFrom("COD", 3, 5);
    await fulfilSubOrder(returned.producer.viewer, { subOrderId: returned.part.id, action: "SHIP" });
    await fulfilSubOrder(returned.producer.viewer, { subOrderId: returned.part.id, action: "FAIL_DELIVERY", note: "Không liên lạc được" });
    expect(await stockOf(returned.product.id)).toBe(2);
    await fulfilSubOrder(returned.producer.viewer, { subOrderId: returned.part.id, action: "RETURN" });
    expect(await stockOf(returned.product.id)).toBe(5);
    await expect(fulfilSubOrder(returned.producer.viewer, { subOrderId: returned.part.id, action: "RETURN" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await stockOf(returned.product.id)).toBe(5);

    const cancelled = await orderFrom("COD", 4, 4);
    await expect(fulfilSubOrder(cancelled.producer.viewer, { subOrderId: cancelled.part.id, action: "CANCEL" })).rejects.toMatchObject({ code: "VALIDATION" });
    await fulfilSubOrder(cancelled.producer.viewer, { subOrderId: cancelled.part.id, action: "CANCEL", cancelReason: "BUYER_UNREACHABLE", note: "Gọi ba lần không được" });
    expect(await stockOf(cancelled.product.id)).toBe(4);
    const view = await getOrderForBuyer(cancelled.placed.code);
    expect(view!.parts[0]).toMatchObject({ status: "CANCELLED", cancelReason: "BUYER_UNREACHABLE" });
    // The form's "note to the buyer" reaches the buyer: the cancellation in the history carries it.
    expect(view!.parts[0].events.at(-1)).toMatchObject({ kind: "CANCELLED", actor: "PRODUCER", reason: "BUYER_UNREACHABLE", note: "Gọi ba lần không được" });
    expect(view!.paymentStatus).toBe("CANCELLED");
  });

  it("lets the buyer cancel before shipping (stock back) and says 'I have transferred', which pauses expiry", async () => {
    const cancelled = await orderFrom("VIETQR", 2, 2);
    await cancelOrderByBuyer(cancelled.placed.code);
    expect(await stockOf(cancelled.product.id)).toBe(2);

    const reported = await orderFrom("VIETQR", 1, 1);
    const placedAt = reported.part.createdAt;
    await reportTransfer(reported.placed.code.toLowerCase(), reported.part.id);
    await expireUnpaidOrders(new Date(placedAt.getTime() + 3 * 3_600_000));
    const part = await db.subOrder.findUniqueOrThrow({ where: { id: reported.part.id } });
    expect(part).toMatchObject({ status: "PLACED", paymentStatus: "PENDING", expiresAt: null });
    expect(part.transferReportedAt).not.toBeNull();
    expect(await stockOf(reported.product.id)).toBe(0);
    // The producer sees it waiting and may record the money now.
    expect((await getSubOrderForProducer(reported.producer.viewer, reported.part.id)).actions).toContain("MARK_PAID");
  });

  it("lets only the payee producer or an officer record a transfer, audited for officers", async () => {
    const { part } = await orderFrom("VIETQR");
    const other = await createProducerViewer();
    await expect(markSubOrderPaid(other.viewer, part.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markSubOrderPaid(null, part.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const { viewer: officer } = await createOfficerViewer();
    await markSubOrderPaid(officer, part.id);
    expect(await db.auditLog.count({ where: { entityId: part.id, action: "order.markPaid" } })).toBe(1);
    await expect(markSubOrderPaid(officer, part.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("stock a stranger cannot hold", () => {
  it("caps the orders one buyer may have waiting, counting phone written any way", async () => {
    const product = await createProduct({ stock: 50 });
    const phone = uniquePhone();
    const spaced = `+84 ${phone.slice(1, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
    for (let i = 0; i < 3; i++) await placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }], { phone: i === 1 ? spaced : phone, email: "" }));
    await expect(placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }], { phone, email: "" }))).rejects.toMatchObject({ code: "RATE_LIMITED", details: { reason: "OPEN_ORDERS" } });
    expect(await stockOf(product.id)).toBe(47);
  });

  it("caps the units of one product a buyer holds across waiting orders, and frees the cap once confirmed", async () => {
    const producer = await createProducerViewer();
    const product = await createProduct({ producerId: producer.producerId, stock: 100 });
    const phone = uniquePhone();
    const first = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 15 }], { phone }));
    await expect(placeOrder(await checkoutFor([{ productId: product.id, quantity: 6 }], { phone }))).rejects.toMatchObject({ code: "RATE_LIMITED", details: { reason: "UNITS_PER_BUYER" } });
    // A producer who phoned the buyer and confirmed has vouched for the order: it no longer counts as held by a stranger.
    const part = await db.subOrder.findFirstOrThrow({ where: { order: { code: first.code } } });
    await fulfilSubOrder(producer.viewer, { subOrderId: part.id, action: "CONFIRM" });
    await placeOrder(await checkoutFor([{ productId: product.id, quantity: 6 }], { phone }));
    expect(await stockOf(product.id)).toBe(79);
  });

  it("asks for an adult's confirmation when a product is restricted, and a real phone number", async () => {
    const liquor = await createProduct({ ageRestricted: true, stock: 5 });
    await expect(placeOrder(await checkoutFor([{ productId: liquor.id, quantity: 1 }]))).rejects.toMatchObject({ code: "VALIDATION", details: { adultConfirmed: "adultRequired" } });
    expect(await stockOf(liquor.id)).toBe(5);
    await placeOrder(await checkoutFor([{ productId: liquor.id, quantity: 1 }], { adultConfirmed: true }));
    await expect(placeOrder(await checkoutFor([{ productId: liquor.id, quantity: 1 }], { adultConfirmed: true, phone: "abc" }))).rejects.toMatchObject({ details: { phone: "phone" } });
    await expect(placeOrder(await checkoutFor([{ productId: liquor.id, quantity: 1 }], { adultConfirmed: true, phone: "091234567891234" }))).rejects.toMatchObject({ details: { phone: "phone" } });
    // Email is optional; a realistic 214-character address fits.
    const address = "Số 12, ngõ 34, đường Nguyễn Trãi, tổ dân phố 5, thôn Nậm Ngặt, bản Cao Bồ, gần trạm y tế xã, rẽ trái sau cầu treo, đi tiếp 200 m đến nhà có giàn mướp, gọi trước khi giao hàng vì đường đèo khó đi vào mùa mưa.";
    expect(address.length).toBeGreaterThan(200);
    const placed = await placeOrder(await checkoutFor([{ productId: liquor.id, quantity: 1 }], { adultConfirmed: true, email: "", addressLine: address }));
    expect(await db.order.findUniqueOrThrow({ where: { code: placed.code }, select: { email: true, addressLine: true } })).toEqual({ email: null, addressLine: address });
  });
});
