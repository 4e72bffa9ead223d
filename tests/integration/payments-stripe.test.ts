import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { nowMs } from "@/lib/clock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { db } from "@/server/infra/db";
import { placeOrder } from "@/server/orders/mutations";
import { getCartView } from "@/server/orders/queries";
import { createProduct } from "@/tests/factories";
import { checkoutFor } from "../support/orders";
import { startStripeStandIn, type StripeStandIn } from "../support/stripe-stand-in";

const WEBHOOK_SECRET = "whsec_test_ocop";
let standIn: StripeStandIn;
const signer = new Stripe("sk_test_signer");

beforeAll(async () => {
  standIn = await startStripeStandIn();
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_ocop",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_HOST: "127.0.0.1",
    STRIPE_API_PORT: String(standIn.port),
    STRIPE_API_PROTOCOL: "http",
    MAIL_DIR: mkdtempSync(path.join(os.tmpdir(), "ocop-stripe-mail-")),
    SHIPPING_FEE_VND: "30000",
    UNPAID_ORDER_TTL_MINUTES: "60",
  });
});

afterAll(async () => {
  await standIn.close();
});

let eventCounter = 0;
function sessionEvent(type: string, order: { id: string; totalVnd: number }, session: Partial<Stripe.Checkout.Session> = {}, id = `evt_${++eventCounter}_${Date.now()}`) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-10-29.clover",
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: `cs_test_${order.id}`,
        object: "checkout.session",
        client_reference_id: order.id,
        metadata: { orderId: order.id },
        amount_total: order.totalVnd,
        currency: "vnd",
        payment_status: "paid",
        payment_intent: `pi_${order.id}`,
        ...session,
      },
    },
  });
}

function deliver(payload: string, signature = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET })) {
  return POST(new Request("http://localhost/api/webhooks/stripe", { method: "POST", headers: { "stripe-signature": signature, "content-type": "application/json" }, body: payload }));
}

async function cardOrder(stock = 5, quantity = 2) {
  const product = await createProduct({ stock, priceVnd: 250000 });
  const placed = await placeOrder(await checkoutFor([{ productId: product.id, quantity }], { paymentMethod: "STRIPE", locale: "en" }));
  return { product, placed, order: await db.order.findUniqueOrThrow({ where: { id: placed.id } }) };
}

const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stock;

describe("card payment via Stripe Checkout", () => {
  it("creates a Checkout Session in whole đồng through the real SDK", async () => {
    const { placed, order } = await cardOrder();
    expect(placed.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.test\/pay\/cs_test_/);
    expect(order.stripeSessionId).toMatch(/^cs_test_/);
    const request = standIn.requests.find((r) => r.form.get("client_reference_id") === order.id)!;
    expect(request.headers.authorization).toBe("Bearer sk_test_ocop");
    expect(request.headers["idempotency-key"]).toBe(`checkout-${order.id}`);
    expect(request.form.get("line_items[0][price_data][currency]")).toBe("vnd");
    expect(request.form.get("line_items[0][price_data][unit_amount]")).toBe("250000");
    expect(request.form.get("line_items[0][quantity]")).toBe("2");
    expect(request.form.get("line_items[1][price_data][unit_amount]")).toBe("30000");
    expect(request.form.get("metadata[orderId]")).toBe(order.id);
    expect(request.form.get("success_url")).toContain(`/en/orders/${order.code}`);
    const lifetime = Number(request.form.get("expires_at")) * 1000 - nowMs();
    expect(lifetime).toBeGreaterThan(30 * 60_000);
    expect(lifetime).toBeLessThan(24 * 3600_000);
    expect(order.expiresAt!.getTime()).toBeGreaterThan(Number(request.form.get("expires_at")) * 1000);
  });

  it("refuses a webhook with a bad signature and changes nothing", async () => {
    const { order } = await cardOrder();
    const payload = sessionEvent("checkout.session.completed", order);
    const forged = signer.webhooks.generateTestHeaderString({ payload, secret: "whsec_wrong" });
    expect((await deliver(payload, forged)).status).toBe(400);
    expect((await deliver(payload, "t=1,v1=deadbeef")).status).toBe(400);
    // Signed, then altered in transit: the signature no longer matches the raw body.
    const signed = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    expect((await deliver(payload.replace(`"amount_total":${order.totalVnd}`, '"amount_total":1'), signed)).status).toBe(400);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).paymentStatus).toBe("PENDING");
    expect(await db.webhookEvent.count()).toBe(0);
  });

  it("pays once when the same event arrives twice, even at the same moment", async () => {
    const { order } = await cardOrder();
    const payload = sessionEvent("checkout.session.completed", order);
    const responses = await Promise.all([deliver(payload), deliver(payload)]);
    const outcomes = await Promise.all(responses.map(async (r) => ((await r.json()) as { outcome: string }).outcome));
    expect(outcomes.sort()).toEqual(["duplicate", "processed"]);
    expect(((await (await deliver(payload)).json()) as { outcome: string }).outcome).toBe("duplicate");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).paymentStatus).toBe("PAID");
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("tolerates out-of-order delivery: a late 'expired' never undoes a payment", async () => {
    const { order, product } = await cardOrder(5, 2);
    expect((await deliver(sessionEvent("checkout.session.async_payment_succeeded", order))).status).toBe(200);
    await deliver(sessionEvent("checkout.session.completed", order, { payment_status: "unpaid" }));
    await deliver(sessionEvent("checkout.session.completed", order));
    await deliver(sessionEvent("checkout.session.expired", order, { payment_status: "unpaid" }));
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { subOrders: true } });
    expect(after.paymentStatus).toBe("PAID");
    expect(after.subOrders.every((s) => s.status === "PLACED")).toBe(true);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await stockOf(product.id)).toBe(3);
  });

  it("releases the stock when Stripe expires the session, and a later payment event does not revive it", async () => {
    const { order, product } = await cardOrder(5, 2);
    await deliver(sessionEvent("checkout.session.expired", order, { payment_status: "unpaid" }));
    expect(await stockOf(product.id)).toBe(5);
    await deliver(sessionEvent("checkout.session.completed", order));
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).paymentStatus).toBe("EXPIRED");
  });

  it("does not pay an order from a session for another amount", async () => {
    const { order } = await cardOrder();
    await deliver(sessionEvent("checkout.session.completed", order, { amount_total: 1000 }));
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).paymentStatus).toBe("PENDING");
  });

  it("hides card payment when the keys are absent", async () => {
    const product = await createProduct();
    expect((await getCartView([{ productId: product.id, quantity: 1 }], "vi")).paymentMethods).toContain("STRIPE");
    const saved = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    try {
      expect((await getCartView([{ productId: product.id, quantity: 1 }], "vi")).paymentMethods).not.toContain("STRIPE");
      await expect(placeOrder(await checkoutFor([{ productId: product.id, quantity: 1 }], { paymentMethod: "STRIPE" }))).rejects.toMatchObject({ code: "VALIDATION" });
      expect((await deliver(sessionEvent("checkout.session.completed", { id: "x", totalVnd: 1 }))).status).toBe(404);
    } finally {
      process.env.STRIPE_SECRET_KEY = saved;
    }
    expect(await stockOf(product.id)).toBe(10);
  });
});
