"use server";
import { cookies } from "next/headers";
import { ZodError } from "zod";
import type { Href } from "@/i18n/localized-href";
import { AppError, isAppError } from "@/lib/errors";
import { parseIds, returnSearch } from "@/lib/list-query";
import { normalizeOrderCode } from "@/lib/order-code";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { getViewer } from "@/server/auth/session";
import { cookieOptions } from "@/server/infra/cookies";
import { buttonAction, formAction, type SubmittedForm } from "@/server/infra/forms";
import { requestAddress } from "@/server/infra/request-address";
import { assertNotThrottled, clearAttempts, recordAttempt, takeAttempt } from "@/server/infra/throttle";
import { listCommunesOfProvince } from "@/server/regions/address";
import { addLine, CART_COOKIE, CART_COUNT_COOKIE, readCart, setLineQuantity, writeCart } from "./cart-cookie";
import { cancelOrderByBuyer, expireUnpaidOrders, fulfilSubOrder, markSubOrderPaid, markTransfersReceived, placeOrder, reportTransfer } from "./mutations";
import { hasOrderAccess, issueOrderAccess, ORDER_ACCESS_COOKIE, ORDER_ACCESS_TTL_SECONDS } from "./order-access";
import { findOrderableProduct, orderableLines, orderableStockOf, orderContactMatches } from "./queries";
import type { CartLine } from "./schemas";
import { MAX_LINE_QUANTITY } from "./schemas";
import { placementChecks, verificationChecks } from "./throttles";

const CART_MAX_AGE = 60 * 60 * 24 * 30;

function intOf(value: string, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

/**
 * The cart cookie (httpOnly: ids and quantities) and beside it a readable count of units, which the
 * header's small client island shows: public pages stay static and cacheable, none reads the cart.
 */
async function saveCart(lines: readonly CartLine[]) {
  const jar = await cookies();
  jar.set(CART_COOKIE, writeCart(lines), cookieOptions(CART_MAX_AGE));
  jar.set(CART_COUNT_COOKIE, String(lines.reduce((sum, l) => sum + l.quantity, 0)), { ...cookieOptions(CART_MAX_AGE), httpOnly: false });
}

/**
 * Adds a product to the cart without leaving the page: with JavaScript the form's reply updates in
 * place (and the header count with it, from the cookie); without, the browser posts the same form and
 * the page comes back with the same message. A quantity above the stock (counting what the cart
 * already holds) or above the per-buyer cap is refused here, not at checkout.
 */
export const addToCartAction = formAction(async (form) => {
  const product = await findOrderableProduct(form.text("slug").slice(0, 200));
  const quantity = intOf(form.text("quantity"), 1);
  if (!product) throw new AppError("NOT_FOUND", "not on sale", { reason: "notOnSale" });
  if (quantity < 1) throw new AppError("VALIDATION", "quantity below one", { reason: "quantityPositive" });
  const jar = await cookies();
  const lines = readCart(jar.get(CART_COOKIE)?.value);
  const inCart = lines.find((l) => l.productId === product.id)?.quantity ?? 0;
  const max = Math.min(product.stock, MAX_LINE_QUANTITY);
  if (inCart + quantity > max) {
    throw new AppError("VALIDATION", "more than may be ordered", max <= inCart ? { reason: "cartNoMore", inCart, max } : { reason: "cartTooMany", max, inCart, left: max - inCart });
  }
  const next = addLine(lines, { productId: product.id, quantity });
  if (next.length === lines.length && inCart === 0) throw new AppError("VALIDATION", "the cart is full", { reason: "cartFull" });
  await saveCart(next);
  return { notice: "orders.cart.addedCount", params: { quantity, count: next.reduce((sum, l) => sum + l.quantity, 0) } };
});

/** The cart page's steppers and remove buttons: plain forms, each a full answer without JavaScript. */
export const updateCartLineAction = buttonAction(async (form) => {
  const productId = form.text("productId").slice(0, 40);
  const quantity = form.text("remove") ? 0 : intOf(form.text("quantity"), 1);
  const lines = readCart((await cookies()).get(CART_COOKIE)?.value);
  // The + button stops at the stock; a hand-made post above it is capped the same way.
  const stock = lines.some((l) => l.productId === productId) ? await orderableStockOf(productId) : null;
  const capped = stock === null ? quantity : Math.min(quantity, Math.max(1, Math.min(stock, MAX_LINE_QUANTITY)));
  await saveCart(setLineQuantity(lines, productId, quantity <= 0 ? 0 : capped));
  return "/cart";
});

const CHECKOUT_FIELDS = ["customerName", "phone", "email", "addressLine", "provinceCode", "communeId", "commune", "note", "paymentMethod"] as const;

/**
 * Places the order of the cart. Without JavaScript the province is chosen first ("intent" province):
 * the form comes back with everything typed and the communes of that province, which every reply
 * that shows the form again carries (`choices`).
 */
export const placeOrderAction = formAction(
  async (form) => {
    if (form.text("intent") === "province") return { again: true };
    const jar = await cookies();
    // Lines whose product left the catalogue are not shown in the cart, so they are not ordered either.
    const cart = await orderableLines(readCart(jar.get(CART_COOKIE)?.value));
    // Another tab placed the order, or the cookie expired: nothing the buyer saw is left to order.
    if (cart.length === 0) throw new AppError("VALIDATION", "the cart is empty", { reason: "cartChanged" });
    // Opportunistic: stock held by abandoned orders goes back before this buyer competes for it.
    await expireUnpaidOrders();
    const values = Object.fromEntries(CHECKOUT_FIELDS.map((f) => [f, form.text(f)]));
    await takeAttempt(placementChecks(await requestAddress(), values));
    const placed = await placeOrder({
      ...values,
      adultConfirmed: form.checked("adultConfirmed"),
      locale: form.locale,
      items: cart,
      expectedTotalVnd: intOf(form.text("expectedTotalVnd"), -1),
    });
    jar.delete(CART_COOKIE);
    jar.set(CART_COUNT_COOKIE, "0", { ...cookieOptions(CART_MAX_AGE), httpOnly: false });
    jar.set(ORDER_ACCESS_COOKIE, issueOrderAccess(placed.code), cookieOptions(ORDER_ACCESS_TTL_SECONDS));
    return placed.checkoutUrl ? { location: placed.checkoutUrl } : { redirect: `/orders/${placed.code}?placed=1` };
  },
  {
    choices: async (form) => {
      const province = form.text("provinceCode");
      const communes = province ? await listCommunesOfProvince(province) : [];
      return { communeId: communes.map((c) => ({ value: c.id, label: c.name })) };
    },
  },
);

/**
 * Proves the buyer knows the order's phone or email, on the order page and on the lookup page (/orders):
 * one way in, so one throttle guards it. Codes are read in any case, with or without the dash.
 */
export const verifyOrderAction = formAction(async (form) => {
  const code = normalizeOrderCode(form.text("code").slice(0, 40));
  const contact = form.text("contact").slice(0, 200);
  // Wrong contacts are throttled like failed sign-ins (./throttles.ts): the phone numbers of a known
  // order code cannot be tried one after another.
  const throttles = verificationChecks(await requestAddress(), code);
  await assertNotThrottled(throttles.all);
  if (code && (await orderContactMatches(code, contact))) {
    await clearAttempts(throttles.own);
    (await cookies()).set(ORDER_ACCESS_COOKIE, issueOrderAccess(code), cookieOptions(ORDER_ACCESS_TTL_SECONDS));
    return { redirect: `/orders/${code}` };
  }
  await recordAttempt(throttles.all);
  throw code ? new AppError("VALIDATION", "the contact does not match the order", { contact: "verifyFailed" }) : new AppError("VALIDATION", "not an order code", { code: "codeInvalid" });
});

/** The order posted, and where to send a browser that has not proven it may act on it (the order's page asks for the contact). */
async function orderWithAccess(form: SubmittedForm): Promise<{ code: string } | { refused: Href }> {
  const code = normalizeOrderCode(form.text("code"));
  if (code && hasOrderAccess((await cookies()).get(ORDER_ACCESS_COOKIE)?.value, code)) return { code };
  return { refused: code ? `/orders/${code}` : "/orders" };
}

/** Cancels after the confirmation step on the order page (?confirm=cancel) was answered yes. */
export const cancelOrderAction = buttonAction(async (form) => {
  const access = await orderWithAccess(form);
  if ("refused" in access) return access.refused;
  const { code } = access;
  let outcome = "cancelled";
  try {
    await cancelOrderByBuyer(code);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    outcome = "cannotCancel";
  }
  return `/orders/${code}?notice=${outcome}`;
});

export const reportTransferAction = buttonAction(async (form) => {
  const access = await orderWithAccess(form);
  if ("refused" in access) return access.refused;
  const { code } = access;
  let outcome = "transferReported";
  try {
    await reportTransfer(code, form.text("subOrderId").slice(0, 40));
  } catch (error) {
    if (!isAppError(error) || (error.code !== "CONFLICT" && error.code !== "NOT_FOUND")) throw error;
    outcome = "transferNotExpected";
  }
  return `/orders/${code}?notice=${outcome}`;
});

/** A producer's step on its part (confirm, pack, ship with carrier and tracking, deliver, failed delivery, return, cancel with a reason). */
export const fulfilSubOrderAction = buttonAction(async (form) => {
  const subOrderId = form.text("subOrderId").slice(0, 40);
  let notice = "statusSaved";
  try {
    await fulfilSubOrder(await getViewer(), {
      subOrderId,
      action: form.text("action"),
      carrier: form.text("carrier"),
      trackingNumber: form.text("trackingNumber"),
      cancelReason: form.text("cancelReason") || undefined,
      note: form.text("note"),
    });
  } catch (error) {
    if (!(error instanceof ZodError) && !isAppError(error)) throw error;
    notice = isAppError(error) ? (error.details?.cancelReason ? "reasonRequired" : error.code) : "VALIDATION";
  }
  return `/studio/orders/${subOrderId}?notice=${notice}`;
});

/** Records money received for one part; back to the studio's or the officer's order page. */
export const markSubOrderPaidAction = buttonAction(async (form) => {
  const subOrderId = form.text("subOrderId").slice(0, 40);
  const back = safeRedirectPath(form.text("back"), "/");
  let notice = "markedPaid";
  try {
    await markSubOrderPaid(await getViewer(), subOrderId);
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code;
  }
  const href = /^\/(studio\/orders\/[A-Za-z0-9]+|admin\/orders\/[A-Z0-9-]+)$/.test(back) ? back : "/";
  return `${href}?notice=${notice}`;
});

/** The officers' confirmed bulk "transfer received" on ticked order parts; back to the list as it was. */
export const markTransfersReceivedAction = formAction(async (form) => {
  const result = await markTransfersReceived(await getViewer(), parseIds(form.list("ids")));
  return { redirect: `/admin/orders${returnSearch(form.text("back"), { done: "paid", count: result.changed, skipped: result.skipped })}` };
});
