"use server";
import { cookies } from "next/headers";
import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { normalizeOrderCode } from "@/lib/order-code";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { getViewer } from "@/server/auth/session";
import { buttonAction, formAction } from "@/server/infra/forms";
import { addLine, CART_COOKIE, readCart, setLineQuantity, writeCart } from "./cart-cookie";
import { cancelOrderByBuyer, expireUnpaidOrders, markOrderPaid, placeOrder, updateSubOrderStatus } from "./mutations";
import { hasOrderAccess, issueOrderAccess, ORDER_ACCESS_COOKIE, ORDER_ACCESS_TTL_SECONDS } from "./order-access";
import { findOrderableProductId, getCartView, orderContactMatches } from "./queries";
import { cookieOptions } from "@/server/infra/cookies";
import { requestAddress } from "@/server/infra/request-address";
import { assertNotThrottled, clearAttempts, recordAttempt, takeAttempt } from "@/server/infra/throttle";
import { placementChecks, verificationChecks } from "./throttles";

const CART_MAX_AGE = 60 * 60 * 24 * 30;

function intOf(value: string, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

async function saveCart(lines: ReturnType<typeof readCart>) {
  (await cookies()).set(CART_COOKIE, writeCart(lines), cookieOptions(CART_MAX_AGE));
}

export const addToCartAction = buttonAction(async (form) => {
  const productId = await findOrderableProductId(form.text("slug").slice(0, 200));
  const quantity = Math.min(99, Math.max(1, intOf(form.text("quantity"), 1)));
  if (productId) await saveCart(addLine(readCart((await cookies()).get(CART_COOKIE)?.value), { productId, quantity }));
  return "/cart";
});

export const updateCartLineAction = buttonAction(async (form) => {
  const quantity = form.text("remove") ? 0 : intOf(form.text("quantity"), 1);
  await saveCart(setLineQuantity(readCart((await cookies()).get(CART_COOKIE)?.value), form.text("productId"), quantity));
  return "/cart";
});

const CHECKOUT_FIELDS = ["customerName", "phone", "email", "addressLine", "province", "commune", "note", "paymentMethod"] as const;

export const placeOrderAction = formAction(async (form) => {
  const jar = await cookies();
  // Lines whose product has vanished from the catalogue are not shown in the cart, so they are not ordered either.
  const cart = readCart(jar.get(CART_COOKIE)?.value);
  const shown = new Set((await getCartView(cart, form.locale)).groups.flatMap((g) => g.lines.map((l) => l.productId)));
  const items = cart.filter((line) => shown.has(line.productId));
  // Opportunistic: stock held by abandoned transfer/card orders goes back before this buyer competes for it.
  await expireUnpaidOrders();
  const values = Object.fromEntries(CHECKOUT_FIELDS.map((f) => [f, form.text(f)]));
  await takeAttempt(placementChecks(await requestAddress(), values));
  const placed = await placeOrder({ ...values, locale: form.locale, items, expectedTotalVnd: intOf(form.text("expectedTotalVnd"), -1) });
  jar.delete(CART_COOKIE);
  jar.set(ORDER_ACCESS_COOKIE, issueOrderAccess(placed.code), cookieOptions(ORDER_ACCESS_TTL_SECONDS));
  return placed.checkoutUrl ? { location: placed.checkoutUrl } : { redirect: `/orders/${placed.code}?placed=1` };
});

/**
 * Asks for the order's email or phone before showing it; a match grants access to that order for a while.
 * Wrong contacts are throttled like failed sign-ins (server/orders/throttles.ts), so the phone numbers of
 * a known order code cannot be tried one after another.
 */
export const verifyOrderAction = formAction(async (form) => {
  const code = normalizeOrderCode(form.text("code"));
  const throttles = verificationChecks(await requestAddress(), code);
  await assertNotThrottled(throttles.all);
  if (!code || !(await orderContactMatches(code, form.text("contact").slice(0, 200)))) {
    await recordAttempt(throttles.all);
    throw new AppError("VALIDATION", "contact does not match", { contact: "verifyFailed" });
  }
  await clearAttempts(throttles.own);
  (await cookies()).set(ORDER_ACCESS_COOKIE, issueOrderAccess(code), cookieOptions(ORDER_ACCESS_TTL_SECONDS));
  return { redirect: `/orders/${code}` };
});

export const cancelOrderAction = buttonAction(async (form) => {
  const code = normalizeOrderCode(form.text("code"));
  if (!code || !hasOrderAccess((await cookies()).get(ORDER_ACCESS_COOKIE)?.value, code)) return "/";
  try {
    await cancelOrderByBuyer(code);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    return `/orders/${code}?notice=cannotCancel`;
  }
  return `/orders/${code}?notice=cancelled`;
});

export const updateSubOrderStatusAction = buttonAction(async (form) => {
  const subOrderId = form.text("subOrderId");
  let notice = "statusSaved";
  try {
    await updateSubOrderStatus(await getViewer(), { subOrderId, status: form.text("status") });
  } catch (error) {
    if (!(error instanceof ZodError) && !isAppError(error)) throw error;
    notice = isAppError(error) ? error.code : "VALIDATION";
  }
  return `/studio/orders/${subOrderId}?notice=${notice}`;
});

export const markOrderPaidAction = buttonAction(async (form) => {
  const back = safeRedirectPath(form.text("back"), "/");
  let notice = "markedPaid";
  try {
    await markOrderPaid(await getViewer(), form.text("orderId"));
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code;
  }
  const href = back.startsWith("/studio/orders/") || back === "/admin/orders" ? back : "/";
  return `${href}?notice=${notice}`;
});
