import { expect, test } from "@playwright/test";
import { readEnv } from "../../lib/env";
import { cookieFrom, postPageForm, rawRequest, type RawResponse } from "../support/http-client";
import { communeIdOf } from "./support/shop";

/*
 * Issue 13, finding 4: a stranger cannot hold a product's stock hostage. Attacked through the HTTP
 * endpoints a browser without JavaScript posts to (the product page's add-to-cart form, the checkout
 * form), each buyer from a loopback address of its own (tests/support/http-client.ts), so the per-address
 * order throttle of the other journeys is not touched.
 *
 * The rules (docs/orders.md, "Stock a stranger cannot hold"; server/orders/schemas.ts): one order holds
 * at most MAX_CART_LINES products and MAX_LINE_QUANTITY units of each; one buyer (a phone or an email)
 * holds at most MAX_LINE_QUANTITY units of one product, and at most ORDER_MAX_OPEN_PER_CONTACT orders,
 * across its orders still awaiting the producer's confirmation or a payment.
 */

// The caps of the rule (docs/orders.md): fixed in server/orders/schemas.ts, which this file cannot
// import (its province list is JSON); the open-orders cap is a setting, read as the server reads it.
const MAX_LINE_QUANTITY = 20;
const MAX_CART_LINES = 20;
const OPEN_ORDERS = readEnv().ORDER_MAX_OPEN_PER_CONTACT;
// Products of the demo district with hundreds in stock: the journeys before this one do not empty them.
const PLENTY = ["cam-sanh-vi-xuyen", "gung-kho-thuan-hoa", "bo-kho-mac-khen-ha-giang-xanh", "thao-qua-kho-lao-chai", "che-shan-tuyet-thanh-thuy"];

const text = (html: string) => html.replace(/<!-- -->/g, "");

/** What the public product page says is left: "Còn hàng (N)", or 0 for "Hết hàng". */
async function stockShown(base: string, slug: string): Promise<number> {
  const page = text((await rawRequest(base, `/products/${slug}`)).body);
  const left = /Còn hàng \((\d+)\)/.exec(page);
  if (left) return Number(left[1]);
  expect(page).toContain("Hết hàng");
  return 0;
}

/** One buyer: a browser (its cookies) on one address. */
function buyer(base: string, from: string) {
  let cart = "";
  const cookie = () => (cart ? `ocop_cart=${cart}` : "");
  return {
    cart: () => cart,
    setCart(lines: [string, number][]) {
      cart = encodeURIComponent(JSON.stringify(lines));
    },
    async add(slug: string, quantity: number): Promise<string> {
      const answer = await postPageForm(base, `/products/${slug}`, { quantity: String(quantity) }, { from, cookie: cookie(), formWith: 'name="slug"' });
      expect(answer.status).toBe(200);
      cart = cookieFrom(answer.setCookies, "ocop_cart") ?? cart;
      return text(answer.body);
    },
    /** The checkout form as a browser without JavaScript posts it, filled in as a buyer in Hà Nội would. */
    async checkout(phone: string, markup?: string): Promise<RawResponse> {
      return postPageForm(
        base,
        "/checkout",
        { customerName: "Người giữ hàng", phone, addressLine: "12 Phố Huế", provinceCode: "01", communeId: await communeIdOf(base, "01", "Hai Bà Trưng"), paymentMethod: "COD" },
        { from, cookie: cookie(), formWith: 'name="phone"', markup },
      );
    },
  };
}

const placed = (answer: RawResponse) => answer.status === 303 && /\/orders\/[A-Z0-9]{5}-[A-Z0-9]{5}\?placed=1$/.test(String(answer.headers.location));
const uniquePhone = () => `098${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`;

test.describe.configure({ mode: "serial" });

test(`a cart takes ${MAX_LINE_QUANTITY} units of a product and ${MAX_CART_LINES} products, and refuses one more of either with a message, the cart kept`, async ({ baseURL }) => {
  const base = baseURL!;
  const shopper = buyer(base, "127.0.9.1");
  expect(await shopper.add(PLENTY[0], MAX_LINE_QUANTITY)).toContain(`Đã thêm ${MAX_LINE_QUANTITY} vào giỏ`);
  const full = shopper.cart();
  // One unit more: refused where it is asked, saying why; the cart is the one before.
  expect(await shopper.add(PLENTY[0], 1)).toContain(`Giỏ đã có ${MAX_LINE_QUANTITY}, là số tối đa có thể đặt (${MAX_LINE_QUANTITY}).`);
  expect(shopper.cart()).toBe(full);

  // Lines: a cart already holding one product less than the limit takes one more product, not two.
  // (The other lines are ids of no product: what the cookie may hold is checked, not what they are.)
  const filler = (n: number) => Array.from({ length: n }, (_, i) => [`no-such-product-${i}`, 1] as [string, number]);
  shopper.setCart(filler(MAX_CART_LINES - 1));
  expect(await shopper.add(PLENTY[1], 1)).toContain("Đã thêm 1 vào giỏ");
  expect((JSON.parse(decodeURIComponent(shopper.cart())) as unknown[]).length).toBe(MAX_CART_LINES);
  const twenty = shopper.cart();
  expect(await shopper.add(PLENTY[2], 1)).toContain("Giỏ hàng đã đủ số sản phẩm tối đa cho một đơn.");
  expect(shopper.cart()).toBe(twenty);
});

test("a cart cookie written by hand past the limits orders nothing and holds no stock", async ({ baseURL }) => {
  const base = baseURL!;
  const forger = buyer(base, "127.0.9.2");
  expect(await forger.add(PLENTY[3], 1)).toContain("Đã thêm 1 vào giỏ");
  const [[productId]] = JSON.parse(decodeURIComponent(forger.cart())) as [string, number][];
  // The checkout form as the browser got it for a real cart, posted with the forged cookies.
  const form = (await rawRequest(base, "/checkout", { from: "127.0.9.2", headers: { cookie: `ocop_cart=${forger.cart()}` } })).body;
  const before = await stockShown(base, PLENTY[3]);
  for (const lines of [[[productId, MAX_LINE_QUANTITY + 1]], [[productId, 1], ...Array.from({ length: MAX_CART_LINES }, (_, i) => [`no-such-product-${i}`, 1])]] as [string, number][][]) {
    forger.setCart(lines);
    const answer = await forger.checkout(uniquePhone(), form);
    // A cookie past the limits is no cart at all (server/orders/cart-cookie.ts): the checkout sends
    // the browser back to the cart, which says it is empty; no order, nothing reserved.
    expect(placed(answer)).toBe(false);
    expect(answer.status).toBe(307);
    expect(String(answer.headers.location)).toMatch(/\/cart$/);
    const cart = await rawRequest(base, "/cart", { from: "127.0.9.2", headers: { cookie: `ocop_cart=${forger.cart()}` } });
    expect(text(cart.body)).toContain("Giỏ hàng đang trống.");
  }
  expect(await stockShown(base, PLENTY[3])).toBe(before);
});

test(`one buyer holds at most ${MAX_LINE_QUANTITY} units of a product and ${OPEN_ORDERS} waiting orders, from any browser; another buyer is not held back`, async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const phone = uniquePhone();
  const from = "127.0.9.3";
  const [units, ...others] = PLENTY;

  // The limit itself is an order like any other: placed, and the page shows the stock it took.
  const before = await stockShown(base, units);
  const first = buyer(base, from);
  await first.add(units, MAX_LINE_QUANTITY);
  expect(placed(await first.checkout(phone))).toBe(true);
  expect(await stockShown(base, units)).toBe(before - MAX_LINE_QUANTITY);

  // One more unit of it, from another browser with an empty cart, same phone: refused, saying why,
  // with what was typed kept, and no stock taken.
  const second = buyer(base, from);
  await second.add(units, 1);
  const refused = await second.checkout(phone);
  expect(placed(refused)).toBe(false);
  expect(text(refused.body)).toContain(`Mỗi người mua giữ tối đa ${MAX_LINE_QUANTITY} sản phẩm cùng loại trong các đơn đang chờ.`);
  expect(refused.body).toContain('value="Người giữ hàng"');
  expect(refused.body).toContain(`value="${phone}"`);
  expect(await stockShown(base, units)).toBe(before - MAX_LINE_QUANTITY);

  // Other products: orders up to the open-orders limit are taken, the next is refused.
  for (let i = 1; i < OPEN_ORDERS; i++) {
    const next = buyer(base, from);
    await next.add(others[i - 1], 1);
    expect(placed(await next.checkout(phone))).toBe(true);
  }
  const over = others[OPEN_ORDERS - 1];
  const overBefore = await stockShown(base, over);
  const extra = buyer(base, from);
  await extra.add(over, 1);
  const tooMany = await extra.checkout(phone);
  expect(placed(tooMany)).toBe(false);
  expect(text(tooMany.body)).toContain(`Bạn đang có ${OPEN_ORDERS} đơn hàng chờ xác nhận hoặc thanh toán.`);
  expect(await stockShown(base, over)).toBe(overBefore);

  // The limits are this buyer's: someone else orders the same product at once.
  const neighbour = buyer(base, "127.0.9.4");
  await neighbour.add(over, 1);
  expect(placed(await neighbour.checkout(uniquePhone()))).toBe(true);
  expect(await stockShown(base, over)).toBe(overBefore - 1);
});
