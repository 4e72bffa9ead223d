import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { inBatches } from "@/server/infra/csv-download";
import { today } from "@/lib/clock";
import { db } from "@/server/infra/db";
import { fulfilSubOrder, placeOrder } from "@/server/orders/mutations";
import { parseListQuery } from "@/lib/list-query";
import { buildProducerSearchText } from "@/lib/search-text";
import { exportRowsForProducer, getOrderForBuyer, getSubOrderForProducer, listOrdersForOfficer, listSubOrdersForProducer, ORDER_LIST, totalsByProducerAndMonth } from "@/server/orders/queries";
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
    expect(list.rows.map((r) => r.id)).toEqual([mySub.id]);
    expect(list.rows[0]).toMatchObject({ code: placed.code, subtotalVnd: 100000, status: "PLACED" });
    expect((await getSubOrderForProducer(mine.viewer, mySub.id)).items).toHaveLength(1);
    await expect(getSubOrderForProducer(mine.viewer, theirSub.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(fulfilSubOrder(mine.viewer, { subOrderId: theirSub.id, action: "SHIP" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await (await exportRowsForProducer(theirs.viewer))(0, 100)).map((r) => r.quantity)).toEqual([2]);
  });

  it("exports every line of a producer's orders batch by batch, each once, newest first", async () => {
    const { producerId, viewer } = await createProducerViewer();
    const products = [await createProduct({ producerId, priceVnd: 10000, stock: 100 }), await createProduct({ producerId, priceVnd: 20000, stock: 100 })];
    // Five orders of two lines each, placed a minute apart (ten lines in all).
    const placed: string[] = [];
    for (let i = 0; i < 5; i++) {
      const order = await placeOrder(await checkoutFor([{ productId: products[0].id, quantity: i + 1 }, { productId: products[1].id, quantity: 1 }]), { now: new Date(Date.UTC(2026, 10, 20, 3, i)) });
      placed.push(order.code);
    }
    const read = await exportRowsForProducer(viewer);
    // Batches of three (10 lines: 3 + 3 + 3 + 1) give exactly the lines one read of all gives, in the same order.
    const batched: Awaited<ReturnType<typeof read>> = [];
    for await (const batch of inBatches(read, 3)) batched.push(...batch);
    const whole = await read(0, 100);
    expect(whole).toHaveLength(10);
    expect(batched).toEqual(whole);
    expect([...new Set(whole.map((r) => r.code))]).toEqual([...placed].reverse());
  });

  it("refuses anonymous visitors and officers", async () => {
    const { mySub } = await twoProducerOrder();
    const { viewer: officer } = await createOfficerViewer();
    await expect(listSubOrdersForProducer(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listSubOrdersForProducer(officer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(fulfilSubOrder(null, { subOrderId: mySub.id, action: "SHIP" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("moves a part along; the buyer sees each producer's status", async () => {
    const { mine, theirs, placed, mySub, theirSub } = await twoProducerOrder();
    await fulfilSubOrder(mine.viewer, { subOrderId: mySub.id, action: "PACK" });
    await fulfilSubOrder(mine.viewer, { subOrderId: mySub.id, action: "SHIP" });
    await expect(fulfilSubOrder(mine.viewer, { subOrderId: mySub.id, action: "CONFIRM" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(fulfilSubOrder(mine.viewer, { subOrderId: mySub.id, action: "CANCEL", cancelReason: "OUT_OF_STOCK" })).rejects.toMatchObject({ code: "CONFLICT" });
    await fulfilSubOrder(theirs.viewer, { subOrderId: theirSub.id, action: "CANCEL", cancelReason: "OUT_OF_STOCK" });
    const view = await getOrderForBuyer(placed.code);
    expect(view!.parts.map((p) => p.status).sort()).toEqual(["CANCELLED", "SHIPPED"]);
    expect(view!.cancellable).toBe(false);
    expect((await db.subOrder.findUniqueOrThrow({ where: { id: mySub.id } })).shippedAt).not.toBeNull();
    const producerName = (await db.producer.findUniqueOrThrow({ where: { id: mine.producerId } })).name;
    // Mails name the producer of each step: packed and shipped for mine; the other part's cancellation names no producer.
    expect(mails().filter((m) => m.includes(placed.code) && m.includes(producerName))).toHaveLength(2);
  });

});

describe("admin orders", () => {
  it("lists all orders and totals per producer and month for officers only", async () => {
    const { mine, placed, mySub, theirSub, theirs } = await twoProducerOrder();
    await fulfilSubOrder(theirs.viewer, { subOrderId: theirSub.id, action: "CANCEL", cancelReason: "OUT_OF_STOCK" });
    const { viewer: officer } = await createOfficerViewer();
    const list = async (params: Record<string, string> = {}) => (await listOrdersForOfficer(officer, parseListQuery(ORDER_LIST, params))).items.map((o) => o.code);
    expect(await list()).toContain(placed.code);
    // Found by its code in any case, by the buyer's phone written another way, and by the producer's name.
    const order = await db.order.findUniqueOrThrow({ where: { code: placed.code } });
    expect(await list({ q: placed.code.toLowerCase().replace("-", "") })).toEqual([placed.code, placed.code]);
    expect(await list({ q: `+84${order.phoneDigits.slice(1)}` })).toEqual([placed.code, placed.code]);
    const producerName = (await db.producer.findUniqueOrThrow({ where: { id: mine.producerId } })).name;
    await db.producer.update({ where: { id: mine.producerId }, data: { searchText: buildProducerSearchText({ name: producerName }) } });
    expect(await list({ q: producerName.slice(4) })).toContain(placed.code);
    expect(await list({ q: producerName.slice(4), status: "DELIVERED" })).toEqual([]);
    const producer = await db.producer.findUniqueOrThrow({ where: { id: mine.producerId } });
    const theirName = (await db.producer.findUniqueOrThrow({ where: { id: theirs.producerId } })).name;
    // Placed, shipped: not yet a sale. Delivered: its goods (not the delivery fee) in the month of delivery.
    expect((await totalsByProducerAndMonth(officer)).find((t) => t.producerName === producer.name)).toBeUndefined();
    await fulfilSubOrder(mine.viewer, { subOrderId: mySub.id, action: "SHIP" });
    expect((await totalsByProducerAndMonth(officer)).find((t) => t.producerName === producer.name)).toBeUndefined();
    await fulfilSubOrder(mine.viewer, { subOrderId: mySub.id, action: "DELIVER" });
    const totals = await totalsByProducerAndMonth(officer);
    expect(totals.find((t) => t.producerName === producer.name)).toMatchObject({ orders: 1, revenueVnd: 100000, month: today().slice(0, 7) });
    // Cancelled: never a sale.
    expect(totals.find((t) => t.producerName === theirName)).toBeUndefined();
    await expect(totalsByProducerAndMonth(mine.viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listOrdersForOfficer(null, parseListQuery(ORDER_LIST, {}))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
