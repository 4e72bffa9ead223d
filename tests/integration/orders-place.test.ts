import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { now as clockNow } from "@/lib/clock";
import { parseTlv } from "@/lib/vietqr";
import { db } from "@/server/infra/db";
import { cancelOrderByBuyer, expireUnpaidOrders, fulfilSubOrder, placeOrder } from "@/server/orders/mutations";
import { getCartView, getOrderForBuyer, getPartTransferPayload, orderContactMatches } from "@/server/orders/queries";
import { createProduct, createProducer, createProducerViewer, viewerOf } from "@/tests/factories";
import { checkoutFor } from "../support/orders";

const mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-orders-mail-"));

beforeAll(() => {
  process.env.MAIL_DIR = mailDir;
  process.env.SHIPPING_FEE_VND = "30000";
  process.env.UNPAID_ORDER_TTL_MINUTES = "60";
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.DISTRICT_BANK_BIN;
  delete process.env.DISTRICT_BANK_ACCOUNT;
});

async function stockOf(id: string) {
  return (await db.product.findUniqueOrThrow({ where: { id }, select: { stock: true } })).stock;
}

describe("placing an order", () => {
  it("creates one order with a sub-order per producer at database prices and reserves stock", async () => {
    const tea = await createProduct({ priceVnd: 150000, stock: 5 });
    const broom = await createProduct({ priceVnd: 45000, stock: 8 });
    const input = await checkoutFor([{ productId: tea.id, quantity: 2 }, { productId: broom.id, quantity: 3 }]);
    const placed = await placeOrder(input);

    expect(placed.code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const order = await db.order.findUniqueOrThrow({ where: { code: placed.code }, include: { subOrders: { include: { items: true } } } });
    expect(order).toMatchObject({ subtotalVnd: 435000, shippingVnd: 60000, totalVnd: 495000, paymentMethod: "COD", paymentStatus: "PENDING", expiresAt: null });
    expect(order.subOrders.map((s) => [s.producerId, s.subtotalVnd, s.shippingVnd]).sort()).toEqual(
      [[tea.producerId, 300000, 30000], [broom.producerId, 135000, 30000]].sort(),
    );
    expect(await stockOf(tea.id)).toBe(3);
    expect(await stockOf(broom.id)).toBe(5);

    const mail = readdirSync(mailDir).map((f) => readFileSync(path.join(mailDir, f), "utf8")).find((m) => m.includes(placed.code));
    expect(mail).toContain(String(input.email));
    // Bounded: nothing the buyer typed (name, address, note) is mailed back out, only what we generated.
    expect(mail).not.toContain("Nam Ng");
    expect(mail).not.toMatch(/Nguy=E1=BB=85n|Nguyễn/);
  });

  it("sells exactly the stock when 50 buyers race for 10 units", async () => {
    const product = await createProduct({ stock: 10, priceVnd: 100000 });
    const inputs = await Promise.all(Array.from({ length: 50 }, () => checkoutFor([{ productId: product.id, quantity: 1 }])));
    const results = await Promise.allSettled(inputs.map((input) => placeOrder(input)));

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(10);
    expect(lost.map((r) => (r.reason as { code?: string }).code ?? String(r.reason)).filter((c) => c !== "OUT_OF_STOCK")).toEqual([]);
    expect(await stockOf(product.id)).toBe(0);
    const sold = await db.orderItem.aggregate({ where: { productId: product.id }, _sum: { quantity: true } });
    expect(sold._sum.quantity).toBe(10);
  });

  it("refuses tampered quantities and prices and changes nothing", async () => {
    const product = await createProduct({ stock: 10, priceVnd: 200000 });
    const valid = await checkoutFor([{ productId: product.id, quantity: 1 }]);
    for (const quantity of [0, -3, 1.5, 100000]) {
      await expect(placeOrder({ ...valid, items: [{ productId: product.id, quantity }] })).rejects.toBeInstanceOf(ZodError);
    }
    // A price sent by the client is not a field the server accepts at all.
    await expect(placeOrder({ ...valid, items: [{ productId: product.id, quantity: 1, unitPriceVnd: 1 }] })).rejects.toBeInstanceOf(ZodError);
    // A total lower than the database's is refused rather than charged.
    await expect(placeOrder({ ...valid, expectedTotalVnd: 1000 })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "PRICE_CHANGED" } });
    expect(await stockOf(product.id)).toBe(10);
    expect(await db.orderItem.count({ where: { productId: product.id } })).toBe(0);
  });

  it("leaves everything unchanged when one line of several is out of stock", async () => {
    const plenty = await createProduct({ stock: 10 });
    const scarce = await createProduct({ stock: 1 });
    const input = await checkoutFor([{ productId: plenty.id, quantity: 2 }, { productId: scarce.id, quantity: 2 }]);
    await expect(placeOrder(input)).rejects.toMatchObject({ code: "OUT_OF_STOCK", details: { productId: scarce.id } });
    expect(await stockOf(plenty.id)).toBe(10);
    expect(await stockOf(scarce.id)).toBe(1);
    expect(await db.orderItem.count({ where: { productId: { in: [plenty.id, scarce.id] } } })).toBe(0);
  });

  it("does not sell products that are not published or whose producer is suspended", async () => {
    const draft = await createProduct({ status: "DRAFT" });
    const suspended = await createProduct({ producerId: (await createProducer({ status: "SUSPENDED" })).id });
    for (const product of [draft, suspended]) {
      await expect(placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }]))).rejects.toMatchObject({ code: "OUT_OF_STOCK" });
    }
    const cart = await getCartView([{ productId: draft.id, quantity: 1 }], "vi");
    expect(cart.orderable).toBe(false);
    // A cart naming a draft, rejected or archived product learns nothing about it, not even its name.
    const rejected = await createProduct({ status: "REJECTED" });
    const archived = await createProduct({ status: "ARCHIVED" });
    const forged = await getCartView([draft, rejected, archived].map((p) => ({ productId: p.id, quantity: 1 })), "vi");
    expect(forged).toMatchObject({ groups: [], unavailableCount: 3, orderable: false });
    expect(JSON.stringify(forged)).not.toContain("Chè thử");
  });

  it("shows the cart at current prices grouped by producer, flagging quantities above stock", async () => {
    const producer = await createProducer({ name: "HTX Chè Cao Bồ" });
    const a = await createProduct({ producerId: producer.id, priceVnd: 100000, stock: 3 });
    const b = await createProduct({ producerId: producer.id, priceVnd: 50000, stock: 9 });
    const c = await createProduct({ priceVnd: 70000, stock: 9 });
    const cart = await getCartView([{ productId: a.id, quantity: 2 }, { productId: b.id, quantity: 1 }, { productId: c.id, quantity: 1 }], "vi");
    expect(cart.groups.map((g) => [g.producerName, g.lines.length, g.subtotalVnd])).toEqual([["HTX Chè Cao Bồ", 2, 250000], [expect.any(String), 1, 70000]]);
    expect(cart).toMatchObject({ shippingVnd: 60000, totalVnd: 380000, orderable: true, paymentMethods: ["COD"] });
    expect((await getCartView([{ productId: a.id, quantity: 4 }], "vi")).orderable).toBe(false);
  });
});

describe("unpaid orders and cancellation", () => {
  it("expires a stale unpaid transfer order and an unconfirmed cash order, releasing their stock, once", async () => {
    const producer = await createProducer({ bankBin: "970436", bankAccount: "0011001234567", bankAccountName: "HTX CHE CAO BO" });
    const product = await createProduct({ producerId: producer.id, stock: 4 });
    const now = clockNow();
    const placed = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 3 }], { paymentMethod: "VIETQR" }), { now });
    const cod = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }]), { now });
    expect(await stockOf(product.id)).toBe(0);

    expect(await expireUnpaidOrders(new Date(now.getTime() + 30 * 60_000))).toBe(0);
    const expiredCount = await expireUnpaidOrders(new Date(now.getTime() + 61 * 60_000));
    expect(expiredCount).toBeGreaterThanOrEqual(1);
    expect(await stockOf(product.id)).toBe(3);
    const order = await db.order.findUniqueOrThrow({ where: { code: placed.code }, include: { subOrders: true } });
    expect(order.paymentStatus).toBe("EXPIRED");
    expect(order.subOrders.every((s) => s.status === "CANCELLED")).toBe(true);
    // A cash order waits for its producer's confirmation for COD_CONFIRM_HOURS (48 h by default).
    expect((await db.order.findUniqueOrThrow({ where: { code: cod.code } })).paymentStatus).toBe("PENDING");
    await expireUnpaidOrders(new Date(now.getTime() + 120 * 60_000));
    expect(await stockOf(product.id)).toBe(3);
    await expireUnpaidOrders(new Date(now.getTime() + 49 * 3_600_000));
    expect(await stockOf(product.id)).toBe(4);
    const codOrder = await db.order.findUniqueOrThrow({ where: { code: cod.code }, include: { subOrders: true } });
    expect(codOrder.paymentStatus).toBe("EXPIRED");
    expect(codOrder.subOrders[0]).toMatchObject({ status: "CANCELLED", cancelReason: "UNCONFIRMED_EXPIRED" });
    await expireUnpaidOrders(new Date(now.getTime() + 100 * 3_600_000));
    expect(await stockOf(product.id)).toBe(4);
  });

  it("lets the buyer cancel before shipping, releasing stock, and not after", async () => {
    const product = await createProduct({ stock: 5 });
    const placed = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 2 }]));
    await cancelOrderByBuyer(placed.code.toLowerCase().replace("-", " "));
    expect(await stockOf(product.id)).toBe(5);
    expect((await getOrderForBuyer(placed.code))!.parts[0].status).toBe("CANCELLED");

    const { viewer } = await createProducerViewer();
    const own = await createProduct({ producerId: viewer.producerId!, stock: 5 });
    const shipped = await placeOrder(await checkoutFor([{ productId: own.id, quantity: 1 }]));
    const sub = await db.subOrder.findFirstOrThrow({ where: { order: { code: shipped.code } } });
    await fulfilSubOrder(viewerOf({ ...viewer, id: viewer.userId }), { subOrderId: sub.id, action: "SHIP" });
    await expect(cancelOrderByBuyer(shipped.code)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await stockOf(own.id)).toBe(4);
  });

  it("opens an order only with the email or phone it was placed with", async () => {
    const product = await createProduct();
    const placed = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }], { phone: "0912 345 678", email: "lan@example.vn" }));
    expect(await orderContactMatches(placed.code, "LAN@example.vn")).toBe(true);
    expect(await orderContactMatches(placed.code, "+84 912 345 678")).toBe(true);
    expect(await orderContactMatches(placed.code, "0912.345.678")).toBe(true);
    expect(await orderContactMatches(placed.code, "other@example.vn")).toBe(false);
    expect(await orderContactMatches(placed.code, "0912 345 679")).toBe(false);
    expect(await orderContactMatches("ZZZZZ-ZZZZZ", "lan@example.vn")).toBe(false);
  });
});

/** CRC-16/CCITT-FALSE written out again here, so the wiring test does not lean on the code under test. */
function referenceCrc(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    for (let i = 0; i < 8; i++) {
      const bit = ((byte >> (7 - i)) & 1) === 1;
      const top = (crc & 0x8000) !== 0;
      crc = (crc << 1) & 0xffff;
      if (bit !== top) crc ^= 0x1021;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

describe("VietQR for a transfer order", () => {
  it("encodes the payee's account, the order total and the order code as the note", async () => {
    const producer = await createProducer({ bankBin: "970415", bankAccount: "113366668888", bankAccountName: "HTX CHOI CHIT VIET LAM" });
    const product = await createProduct({ producerId: producer.id, priceVnd: 85000, stock: 5 });
    const placed = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 2 }], { paymentMethod: "VIETQR" }));
    const view = await getOrderForBuyer(placed.code);
    const transfer = await getPartTransferPayload(placed.code, (await db.subOrder.findFirstOrThrow({ where: { order: { code: placed.code } } })).id);
    const note = placed.code.replace("-", "");
    const body =
      "000201" + "010212" +
      "3856" + "0010A000000727" + "0126" + "0006970415" + "0112113366668888" + "0208QRIBFTTA" +
      "5303704" + "5406200000" + "5802VN" + "6214" + "0810" + note + "6304";
    expect(transfer!.payload).toBe(body + referenceCrc(body));
    expect(parseTlv(transfer!.payload).get("54")).toBe("200000");
    expect(view!.parts[0].transfer!.svg).toContain("<svg");
    // The bank by name from the official list, never a bare BIN.
    expect(view!.parts[0].transfer!.bankName).toBe("VietinBank");
  });

  it("gives each producer's part its own QR: the producer's account, or the district's for a producer without one", async () => {
    process.env.DISTRICT_BANK_BIN = "970405";
    process.env.DISTRICT_BANK_ACCOUNT = "8888";
    try {
      const withBank = await createProducer({ bankBin: "970415", bankAccount: "1" });
      const a = await createProduct({ producerId: withBank.id, priceVnd: 10000 });
      const b = await createProduct({ priceVnd: 20000 });
      const placed = await placeOrder(await checkoutFor([{ productId: a.id, quantity: 1 }, { productId: b.id, quantity: 1 }], { paymentMethod: "VIETQR" }));
      const parts = await db.subOrder.findMany({ where: { order: { code: placed.code } } });
      const account = async (producerId: string) => {
        const part = parts.find((p) => p.producerId === producerId)!;
        const qr = parseTlv((await getPartTransferPayload(placed.code, part.id))!.payload);
        return [parseTlv(parseTlv(qr.get("38")!).get("01")!), qr.get("54"), parseTlv(qr.get("62")!).get("08")];
      };
      const compact = placed.code.replace("-", "");
      const [accountA, amountA, noteA] = await account(withBank.id);
      const [accountB, amountB, noteB] = await account(b.producerId);
      expect(accountA).toEqual(new Map([["00", "970415"], ["01", "1"]]));
      expect(accountB).toEqual(new Map([["00", "970405"], ["01", "8888"]]));
      // Each part's own amount (goods + its delivery), and notes that keep the two parts apart.
      expect([amountA, amountB]).toEqual(["40000", "50000"]);
      expect(new Set([noteA, noteB])).toEqual(new Set([`${compact} 1`, `${compact} 2`]));
    } finally {
      delete process.env.DISTRICT_BANK_BIN;
      delete process.env.DISTRICT_BANK_ACCOUNT;
    }
  });

  it("keeps paying the account fixed when the order was placed after the producer changes bank", async () => {
    const producer = await createProducer({ bankBin: "970436", bankAccount: "0011001234567", bankAccountName: "HTX CU" });
    const product = await createProduct({ producerId: producer.id, priceVnd: 50000 });
    const placed = await placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }], { paymentMethod: "VIETQR" }));
    await db.producer.update({ where: { id: producer.id }, data: { bankBin: "970422", bankAccount: "999999999", bankAccountName: "SOMEONE ELSE" } });
    const part = await db.subOrder.findFirstOrThrow({ where: { order: { code: placed.code } } });
    const qr = parseTlv((await getPartTransferPayload(placed.code, part.id))!.payload);
    expect(parseTlv(parseTlv(qr.get("38")!).get("01")!)).toEqual(new Map([["00", "970436"], ["01", "0011001234567"]]));
    const view = await getOrderForBuyer(placed.code);
    expect(view!.parts[0].transfer).toMatchObject({ bankName: "Vietcombank", accountNumber: "0011001234567", accountName: "HTX CU" });
  });

  it("is not offered when no account is configured", async () => {
    const product = await createProduct();
    await expect(placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }], { paymentMethod: "VIETQR" }))).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await stockOf(product.id)).toBe(10);
  });
});
