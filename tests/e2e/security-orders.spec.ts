import { readFileSync } from "node:fs";
import { expect as baseExpect, test } from "@playwright/test";
import Stripe from "stripe";
import { E2E_STATE_FILE } from "../../playwright.config";
import { cookieFrom, postPageForm, rawRequest } from "../support/http-client";
import { startStripeStandIn } from "../support/stripe-stand-in";
import { OFFICER, signIn } from "./support/auth";
import { bulkSlug, createOrderFixtures, fixtureSlug, ORDER_FIXTURE, ORDER_PRODUCER } from "./support/fixture-orders";
import { mailsTo } from "./support/mail";
import { addToCart, byTestId, checkOut, pageShowsStock, plainHtml, productPage } from "./support/shop";

/*
 * Issue 13, findings 4 and 5b, through HTTP and Chromium: the payee of an order is fixed when it is
 * placed; every way stock comes back (a return, a failed or expired card payment, a transfer not made in
 * time) reaches the next visitor of the stored product page; the largest order a buyer may place goes
 * through; the buyer's mails carry none of the buyer's words. The products are this spec's own
 * (tests/e2e/support/fixture-orders.ts), so no other journey's stock moves under it.
 */

const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as {
  pastSite: string;
  pastSiteHours: number;
  databaseUrl: string;
  mailDir: string;
  stripe: { apiPort: number; webhookSecret: string };
};

/** Placing an order mails and expires stale holds: on a loaded 2-core machine that takes seconds. */
const expect = baseExpect.configure({ timeout: 30_000 });

test.beforeAll(async () => {
  await createOrderFixtures(state.databaseUrl);
});

/** The producer's own session, signed in through the sign-in form over HTTP. */
async function producerSession(base: string, from: string): Promise<string> {
  const answer = await postPageForm(base, "/login", { ...ORDER_PRODUCER, locale: "vi" }, { from });
  return `next-auth.session-token=${cookieFrom(answer.setCookies, "next-auth.session-token")}`;
}

/** The id of the producer's part of order `code`, from the producer's order list. */
async function partOf(base: string, session: string, code: string): Promise<string> {
  const list = plainHtml((await rawRequest(base, "/studio/orders", { headers: { cookie: session } })).body);
  return new RegExp(`href="/studio/orders/([^"]+)"[^>]*>${code}<`).exec(list)![1];
}

test("the payee is fixed when the order is placed: after the producer's new bank account is approved, the earlier order still shows the old account and note, a new order the new one", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const slug = fixtureSlug("payee");
  const from = "127.0.12.1";
  const newAccount = "21510001234567";

  const first = await checkOut(base, await addToCart(base, slug, 1, { from }), { paymentMethod: "VIETQR" }, from);
  expect(first.answer.status).toBe(303);
  const buyerPage = async (order: { code?: string; access: string }) => (await rawRequest(base, `/orders/${order.code}`, { headers: { cookie: order.access } })).body;
  const before = await buyerPage(first);
  expect(byTestId(before, "transfer-bank")).toEqual(["Agribank"]);
  expect(byTestId(before, "transfer-account")).toEqual([ORDER_FIXTURE.bank.account]);
  // The note names the order: its code without the dash (one part, so no part number).
  const firstNote = byTestId(before, "transfer-note")[0];
  expect(firstNote).toBe(first.code!.replace("-", ""));

  // The producer proposes another bank account…
  const producer = await (await browser.newContext()).newPage();
  await signIn(producer, ORDER_PRODUCER);
  await producer.goto("/studio/profile");
  await producer.getByRole("combobox", { name: "Ngân hàng" }).selectOption({ label: "BIDV — Ngân hàng TMCP Đầu tư và Phát triển Việt Nam" });
  await producer.getByRole("textbox", { name: "Số tài khoản" }).fill(newAccount);
  await producer.getByRole("textbox", { name: "Chủ tài khoản" }).fill("HTX KIEM THU DON HANG");
  await producer.getByRole("button", { name: "Gửi thay đổi để duyệt" }).click();
  await expect(producer.getByRole("status")).toContainText("Đã gửi thay đổi");

  // …and an officer approves it.
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, OFFICER);
  await officer.goto("/admin/review");
  const item = officer.locator("article", { hasText: ORDER_FIXTURE.producerName }).filter({ hasText: "Đề nghị thay đổi hồ sơ" });
  await expect(item).toContainText("BIDV (970418)");
  await item.getByRole("button", { name: "Duyệt thay đổi" }).click();
  await expect(officer.locator("article", { hasText: ORDER_FIXTURE.producerName }).filter({ hasText: "Đề nghị thay đổi hồ sơ" })).toHaveCount(0);
  await producer.goto("/studio/profile");
  await expect(producer.locator('input[name="bankAccount"]')).toHaveValue(newAccount);

  // The order placed before still pays the account it was placed with, on the buyer's page…
  const after = await buyerPage(first);
  expect(byTestId(after, "transfer-bank")).toEqual(["Agribank"]);
  expect(byTestId(after, "transfer-account")).toEqual([ORDER_FIXTURE.bank.account]);
  expect(byTestId(after, "transfer-note")).toEqual([firstNote]);
  expect(after).not.toContain(newAccount);
  // …and on the producer's.
  await producer.goto("/studio/orders");
  await producer.getByRole("link", { name: first.code! }).click();
  await expect(producer.locator("dd", { hasText: ORDER_FIXTURE.bank.account })).toContainText(`Agribank · ${ORDER_FIXTURE.bank.account}`);
  await expect(producer.getByTestId("transfer-note")).toContainText(firstNote);
  await expect(producer.locator("main")).not.toContainText(newAccount);

  // A new order pays the new account.
  const second = await checkOut(base, await addToCart(base, slug, 1, { from }), { paymentMethod: "VIETQR" }, from);
  expect(second.answer.status).toBe(303);
  const secondPage = await buyerPage(second);
  expect(byTestId(secondPage, "transfer-bank")).toEqual(["BIDV"]);
  expect(byTestId(secondPage, "transfer-account")).toEqual([newAccount]);
  expect(byTestId(secondPage, "transfer-note")).toEqual([second.code!.replace("-", "")]);
  await producer.goto("/studio/orders");
  await producer.getByRole("link", { name: second.code! }).click();
  await expect(producer.locator("dd", { hasText: newAccount })).toContainText(`BIDV · ${newAccount}`);
});

test("a return gives the stock back: the next visitor of the stored product page sees it", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const slug = fixtureSlug("returned");
  const from = "127.0.12.2";
  const { stock } = await productPage(base, slug);
  expect(stock).toBeGreaterThan(2);
  const placed = await checkOut(base, await addToCart(base, slug, 2, { from }), { paymentMethod: "COD" }, from);
  expect(placed.answer.status).toBe(303);
  await pageShowsStock(base, slug, stock - 2);

  // The producer ships it, the delivery fails, the parcel comes back (lib/order-status.ts: only a failed
  // delivery may be returned, and a return puts the goods back on the shelf).
  const session = await producerSession(base, from);
  const part = await partOf(base, session, placed.code!);
  const step = (action: string, fields: Record<string, string> = {}) => postPageForm(base, `/studio/orders/${part}`, fields, { cookie: session, formWith: `value="${action}"` });
  expect((await step("SHIP", { carrier: "Viettel Post", trackingNumber: "VTP-HOAN-1" })).status).toBe(303);
  expect((await step("FAIL_DELIVERY")).status).toBe(303);
  // Out on the road and failed: the goods are not back yet.
  expect((await productPage(base, slug)).stock).toBe(stock - 2);
  expect((await step("RETURN")).status).toBe(303);
  await pageShowsStock(base, slug, stock);
});

test("a card payment that fails, or whose Stripe session expires, gives the stock back when Stripe's signed event arrives: the next visitor of the stored product page sees it", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const slug = fixtureSlug("card");
  const from = "127.0.12.3";
  // This test plays Stripe: the e2e site's card payments go to this stand-in (scripts/e2e-server.ts).
  const stripe = await startStripeStandIn(state.stripe.apiPort);
  const signer = new Stripe("sk_test_signer");
  try {
    const { stock } = await productPage(base, slug);
    expect(stock).toBeGreaterThan(3);
    const cardOrder = async (quantity: number) => {
      const placed = await checkOut(base, await addToCart(base, slug, quantity, { from }), { paymentMethod: "STRIPE" }, from);
      expect(placed.answer.status).toBe(303);
      const session = /\/pay\/(cs_test_\w+)$/.exec(String(placed.answer.headers.location))?.[1];
      expect(session, "the buyer is sent to Stripe's checkout page").toBeTruthy();
      const created = stripe.requests.filter((request) => request.path === "/v1/checkout/sessions").at(-1)!;
      return { session: session!, orderId: created.form.get("metadata[orderId]")! };
    };
    const deliver = (type: string, order: { session: string; orderId: string }, secret = state.stripe.webhookSecret) => {
      const payload = JSON.stringify({
        id: `evt_e2e_${type}_${order.session}`,
        object: "event",
        type,
        api_version: "2025-10-29.clover",
        created: Math.floor(Date.now() / 1000),
        data: { object: { id: order.session, object: "checkout.session", client_reference_id: order.orderId, metadata: { orderId: order.orderId }, currency: "vnd", payment_status: "unpaid" } },
      });
      return rawRequest(base, "/api/webhooks/stripe", {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signer.webhooks.generateTestHeaderString({ payload, secret }) },
        body: payload,
      });
    };

    const failed = await cardOrder(3);
    await pageShowsStock(base, slug, stock - 3);
    // An event signed with another secret is refused and gives nothing back.
    expect((await deliver("checkout.session.async_payment_failed", failed, "whsec_not_this_site")).status).toBe(400);
    expect((await productPage(base, slug)).stock).toBe(stock - 3);
    const answer = await deliver("checkout.session.async_payment_failed", failed);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ outcome: "processed" });
    await pageShowsStock(base, slug, stock);

    const abandoned = await cardOrder(2);
    await pageShowsStock(base, slug, stock - 2);
    expect((await deliver("checkout.session.expired", abandoned)).status).toBe(200);
    await pageShowsStock(base, slug, stock);
  } finally {
    await stripe.close();
  }
});

test("one order of 20 products × 20 units, the most one order may hold, goes through the checkout and takes every unit", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const base = baseURL!;
  const from = "127.0.12.5";
  const { bulkCount, bulkStock } = ORDER_FIXTURE;
  let cart: string | undefined;
  for (let n = 1; n <= bulkCount; n++) cart = await addToCart(base, bulkSlug(n), bulkStock, { from, cart });
  const placed = await checkOut(base, cart!, { paymentMethod: "COD" }, from);
  expect(placed.answer.status).toBe(303);
  const html = plainHtml((await rawRequest(base, `/orders/${placed.code}`, { headers: { cookie: placed.access } })).body);
  for (let n = 1; n <= bulkCount; n++) expect(html).toContain(`Sản phẩm đơn lớn ${n} (gói) × ${bulkStock}<`);
  expect(html.match(/\(gói\) × \d+</g)).toHaveLength(bulkCount);
  for (let n = 1; n <= bulkCount; n++) await pageShowsStock(base, bulkSlug(n), 0);
});

/** "HH:MM dd/mm/yyyy" in Vietnam, as the order page writes a deadline. */
function vietnamTime(ms: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", hourCycle: "h23", hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric" })
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

test("a transfer not made within its hour expires on its own and gives the stock back, and the buyer's mails quote none of the buyer's words", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const { pastSite, pastSiteHours, mailDir } = state;
  const slug = fixtureSlug("transfer");
  const from = "127.0.12.4";
  const { stock } = await productPage(base, slug);
  expect(stock).toBeGreaterThan(2);
  // What an attacker would like mailed to a stranger, in every field the buyer writes.
  const email = `nguoi-nhan-${Date.now()}@example.vn`;
  const words = { customerName: "Trúng thưởng ZZTEN evil.example/qua", addressLine: "Nhận quà tại ZZDIACHI evil.example/dia-chi", note: "Bấm ngay ZZGHICHU evil.example/ghi-chu" };

  // Placed on the site that lives pastSiteHours (49) behind this one (scripts/e2e-server.ts): for this
  // server the hour to transfer ran out long ago. That site's clock is the pinned one, moved back.
  const pastNow = () => Date.parse(process.env.CLOCK_NOW!) - pastSiteHours * 3_600_000 + (Date.now() - Number(process.env.CLOCK_PINNED_AT));
  const placedFrom = pastNow();
  const placed = await checkOut(pastSite, await addToCart(pastSite, slug, 2, { from }), { paymentMethod: "VIETQR", email, ...words }, from);
  const placedTo = pastNow();
  expect(placed.answer.status).toBe(303);
  // The order page gives the buyer an hour (UNPAID_ORDER_TTL_MINUTES, 60 by default) from placing.
  const orderPage = (await rawRequest(pastSite, `/orders/${placed.code}`, { headers: { cookie: placed.access } })).body;
  const deadline = /\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/.exec(byTestId(orderPage, "transfer-deadline")[0] ?? "")?.[0];
  expect([vietnamTime(placedFrom + 3_600_000), vietnamTime(placedTo + 3_600_000)]).toContain(deadline);

  // The units are held at once; this server's expire-unpaid-orders job (every minute) gives them back.
  await pageShowsStock(base, slug, stock - 2);
  await pageShowsStock(base, slug, stock, 150_000);
  const lookup = await postPageForm(base, `/orders/${placed.code}`, { contact: placed.phone }, { from });
  expect(lookup.status).toBe(303);
  const expired = plainHtml((await rawRequest(base, `/orders/${placed.code}`, { headers: { cookie: `ocop_order_access=${cookieFrom(lookup.setCookies, "ocop_order_access")}` } })).body);
  expect(expired).toContain("Quá hạn chuyển khoản");

  // The buyer was mailed when the order was placed and when it expired: our words only.
  await expect.poll(() => mailsTo(mailDir, email).length, { timeout: 30_000 }).toBe(2);
  const mails = mailsTo(mailDir, email);
  expect(mails.map((mail) => mail.subject).sort()).toEqual(
    [`Đơn hàng ${placed.code} đã được ghi nhận`, `Đơn hàng ${placed.code}: phần của ${ORDER_FIXTURE.producerName} đã tự hủy`].sort(),
  );
  for (const mail of mails) {
    expect(mail.text).toContain(placed.code!);
    for (const said of ["ZZTEN", "ZZDIACHI", "ZZGHICHU", "evil.example", "Trúng thưởng", "Nhận quà", "Bấm ngay"]) {
      expect(`${mail.subject}\n${mail.text}`, `a mail quoting "${said}"`).not.toContain(said);
    }
  }
});
