"use server";
import { cookies } from "next/headers";
import { redirect as redirectExternal } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { redirect } from "@/i18n/navigation";
import { isAppError } from "@/lib/errors";
import { normalizeOrderCode } from "@/lib/order-code";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { getViewer } from "@/server/auth/session";
import { listCommunesOfProvince, type CommuneChoice } from "@/server/regions/address";
import { addLine, CART_COOKIE, CART_COUNT_COOKIE, readCart, setLineQuantity, writeCart } from "./cart-cookie";
import { cancelOrderByBuyer, expireUnpaidOrders, fulfilSubOrder, markSubOrderPaid, placeOrder, reportTransfer } from "./mutations";
import { hasOrderAccess, issueOrderAccess, ORDER_ACCESS_COOKIE, ORDER_ACCESS_TTL_SECONDS } from "./order-access";
import { findOrderableProduct, orderableLines, orderableStockOf, orderContactMatches } from "./queries";
import type { CartLine } from "./schemas";
import { MAX_LINE_QUANTITY } from "./schemas";
import { placementChecks, verificationChecks } from "./throttles";
import { cookieOptions } from "@/server/infra/cookies";
import { localeOf } from "@/server/infra/forms";
import { requestAddress } from "@/server/infra/request-address";
import { assertNotThrottled, clearAttempts, recordAttempt, takeAttempt } from "@/server/infra/throttle";
import type { Messages } from "next-intl";
import { optionalMessage } from "@/i18n/optional-message";

const CART_MAX_AGE = 60 * 60 * 24 * 30;

function intOf(value: FormDataEntryValue | null, fallback: number): number {
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

export interface AddToCartState {
  status: "idle" | "added" | "error";
  message: string | null;
  /** Units in the cart after the change, for the header count. */
  count: number | null;
}

/**
 * Adds a product to the cart without leaving the page: with JavaScript the form's state updates in
 * place (and the header count with it); without, the browser posts the same form and the page comes
 * back with the same message. A quantity above the stock (counting what the cart already holds) or
 * above the per-buyer cap is refused here, not at checkout.
 */
export async function addToCartAction(_previous: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const locale = localeOf(formData);
  const t = await getTranslations({ locale, namespace: "orders.cart" });
  const product = await findOrderableProduct(String(formData.get("slug") ?? "").slice(0, 200));
  const quantity = intOf(formData.get("quantity"), 1);
  if (!product) return { status: "error", message: t("unavailableNow"), count: null };
  if (quantity < 1) return { status: "error", message: t("quantityInvalid"), count: null };
  const jar = await cookies();
  const lines = readCart(jar.get(CART_COOKIE)?.value);
  const inCart = lines.find((l) => l.productId === product.id)?.quantity ?? 0;
  const max = Math.min(product.stock, MAX_LINE_QUANTITY);
  if (inCart + quantity > max) {
    const message = max <= inCart ? t("noMore", { inCart, max }) : t("tooMany", { max, inCart, left: max - inCart });
    return { status: "error", message, count: null };
  }
  const next = addLine(lines, { productId: product.id, quantity });
  if (next.length === lines.length && inCart === 0) return { status: "error", message: t("cartFull"), count: null };
  await saveCart(next);
  const count = next.reduce((sum, l) => sum + l.quantity, 0);
  return { status: "added", message: t("addedCount", { quantity, count }), count };
}

/** The cart page's steppers and remove buttons: plain forms, each a full answer without JavaScript. */
export async function updateCartLineAction(formData: FormData): Promise<void> {
  const productId = String(formData.get("productId") ?? "").slice(0, 40);
  const quantity = formData.get("remove") ? 0 : intOf(formData.get("quantity"), 1);
  const lines = readCart((await cookies()).get(CART_COOKIE)?.value);
  // The + button stops at the stock; a hand-made post above it is capped the same way.
  const stock = lines.some((l) => l.productId === productId) ? await orderableStockOf(productId) : null;
  const capped = stock === null ? quantity : Math.min(quantity, Math.max(1, Math.min(stock, MAX_LINE_QUANTITY)));
  await saveCart(setLineQuantity(lines, productId, quantity <= 0 ? 0 : capped));
  redirect({ href: "/cart", locale: localeOf(formData) });
}

export interface CheckoutState {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  formError: string | null;
  /** The communes of the province chosen (the no-JavaScript step "choose the province" fills this). */
  communes: CommuneChoice[] | null;
}

const CHECKOUT_FIELDS = ["customerName", "phone", "email", "addressLine", "provinceCode", "communeId", "commune", "note", "paymentMethod", "adultConfirmed"] as const;

const FIELD_MESSAGE: Record<string, keyof Messages["orders"]["checkout"]["errors"]> = { phone: "phone", email: "email", tooLong: "tooLong", adultRequired: "adultRequired" };

export async function placeOrderAction(_previous: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const locale = localeOf(formData);
  const t = await getTranslations({ locale, namespace: "orders.checkout.errors" });
  const tErrors = await getTranslations({ locale, namespace: "errors" });
  const values = Object.fromEntries(CHECKOUT_FIELDS.map((f) => [f, String(formData.get(f) ?? "")]));
  const communes = values.provinceCode ? await listCommunesOfProvince(values.provinceCode) : null;
  // Without JavaScript the province is chosen first: the form comes back with its communes, nothing lost.
  if (formData.get("intent") === "province") return { values, fieldErrors: {}, formError: null, communes };
  const jar = await cookies();
  // Lines whose product left the catalogue are not shown in the cart, so they are not ordered either.
  const cart = await orderableLines(readCart(jar.get(CART_COOKIE)?.value));
  // Opportunistic: stock held by abandoned orders goes back before this buyer competes for it.
  await expireUnpaidOrders();
  let placed;
  try {
    await takeAttempt(placementChecks(await requestAddress(), values));
    placed = await placeOrder({
      ...values,
      adultConfirmed: values.adultConfirmed === "on" || values.adultConfirmed === "true",
      locale,
      items: cart,
      expectedTotalVnd: intOf(formData.get("expectedTotalVnd"), -1),
    });
  } catch (error) {
    if (error instanceof ZodError) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.issues) {
        const field = String(issue.path[0]);
        fieldErrors[field] ??= t(FIELD_MESSAGE[issue.message] ?? "required");
      }
      return { values, fieldErrors, formError: fieldErrors.items ? t("cartChanged") : tErrors("VALIDATION"), communes };
    }
    if (isAppError(error)) {
      if (error.code === "OUT_OF_STOCK") {
        const productId = String(error.details?.productId ?? "");
        const name = String(error.details?.name ?? formData.get(`name:${productId}`) ?? "");
        return { values, fieldErrors: {}, formError: t("outOfStock", { name }), communes };
      }
      if (error.code === "RATE_LIMITED" && error.details?.reason === "OPEN_ORDERS") return { values, fieldErrors: {}, formError: t("tooManyOpen", { limit: Number(error.details.limit) }), communes };
      if (error.code === "RATE_LIMITED" && error.details?.reason === "UNITS_PER_BUYER") return { values, fieldErrors: {}, formError: t("tooManyUnits", { limit: Number(error.details.limit) }), communes };
      if (error.code === "RATE_LIMITED" && error.details?.reason === "throttled") {
        const tForms = await getTranslations({ locale, namespace: "forms" });
        return { values, fieldErrors: {}, formError: tForms("throttled", { minutes: Number(error.details.minutes) }), communes };
      }
      if (error.details?.reason === "PRICE_CHANGED") return { values, fieldErrors: {}, formError: t("priceChanged"), communes };
      if (error.code === "VALIDATION" && error.details) {
        const fieldErrors: Record<string, string> = {};
        for (const [field, key] of Object.entries(error.details)) if (typeof key === "string") fieldErrors[field] = optionalMessage(t, FIELD_MESSAGE[key] ?? key) ?? t("required");
        return { values, fieldErrors, formError: tErrors("VALIDATION"), communes };
      }
      return { values, fieldErrors: {}, formError: tErrors(error.code), communes };
    }
    throw error;
  }
  jar.delete(CART_COOKIE);
  jar.set(CART_COUNT_COOKIE, "0", { ...cookieOptions(CART_MAX_AGE), httpOnly: false });
  jar.set(ORDER_ACCESS_COOKIE, issueOrderAccess(placed.code), cookieOptions(ORDER_ACCESS_TTL_SECONDS));
  if (placed.checkoutUrl) redirectExternal(placed.checkoutUrl);
  redirect({ href: `/orders/${placed.code}?placed=1`, locale });
  return { values, fieldErrors: {}, formError: null, communes };
}

export interface VerifyState {
  code: string;
  contact: string;
  error: string | null;
}

/**
 * Proves the buyer knows the order's phone or email, on the order page and on the lookup page (/orders):
 * one way in, so one throttle guards it. Codes are read in any case, with or without the dash.
 */
export async function verifyOrderAction(_previous: VerifyState, formData: FormData): Promise<VerifyState> {
  const locale = localeOf(formData);
  const typedCode = String(formData.get("code") ?? "").slice(0, 40);
  const code = normalizeOrderCode(typedCode);
  const contact = String(formData.get("contact") ?? "").slice(0, 200);
  // Wrong contacts are throttled like failed sign-ins (./throttles.ts): the phone numbers of a known
  // order code cannot be tried one after another.
  const throttles = verificationChecks(await requestAddress(), code);
  try {
    await assertNotThrottled(throttles.all);
  } catch (error) {
    if (!isAppError(error) || error.code !== "RATE_LIMITED") throw error;
    const tForms = await getTranslations({ locale, namespace: "forms" });
    return { code: typedCode, contact, error: tForms("throttled", { minutes: Number(error.details?.minutes ?? 1) }) };
  }
  if (code && (await orderContactMatches(code, contact))) {
    await clearAttempts(throttles.own);
    (await cookies()).set(ORDER_ACCESS_COOKIE, issueOrderAccess(code), cookieOptions(ORDER_ACCESS_TTL_SECONDS));
    redirect({ href: `/orders/${code}`, locale });
  }
  await recordAttempt(throttles.all);
  const t = await getTranslations({ locale, namespace: "orders.order" });
  return { code: typedCode, contact, error: t(code ? "verifyFailed" : "codeInvalid") };
}

async function requireOrderAccess(formData: FormData): Promise<string> {
  const code = normalizeOrderCode(String(formData.get("code") ?? ""));
  if (!code || !hasOrderAccess((await cookies()).get(ORDER_ACCESS_COOKIE)?.value, code)) {
    redirect({ href: code ? `/orders/${code}` : "/orders", locale: localeOf(formData) });
  }
  return code!;
}

/** Cancels after the confirmation step on the order page (?confirm=cancel) was answered yes. */
export async function cancelOrderAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const code = await requireOrderAccess(formData);
  let outcome = "cancelled";
  try {
    await cancelOrderByBuyer(code);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    outcome = "cannotCancel";
  }
  redirect({ href: `/orders/${code}?notice=${outcome}`, locale });
}

export async function reportTransferAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const code = await requireOrderAccess(formData);
  let outcome = "transferReported";
  try {
    await reportTransfer(code, String(formData.get("subOrderId") ?? "").slice(0, 40));
  } catch (error) {
    if (!isAppError(error) || (error.code !== "CONFLICT" && error.code !== "NOT_FOUND")) throw error;
    outcome = "transferNotExpected";
  }
  redirect({ href: `/orders/${code}?notice=${outcome}`, locale });
}

/** A producer's step on its part (confirm, pack, ship with carrier and tracking, deliver, failed delivery, return, cancel with a reason). */
export async function fulfilSubOrderAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const subOrderId = String(formData.get("subOrderId") ?? "").slice(0, 40);
  let notice = "statusSaved";
  try {
    await fulfilSubOrder(await getViewer(), {
      subOrderId,
      action: String(formData.get("action") ?? ""),
      carrier: String(formData.get("carrier") ?? ""),
      trackingNumber: String(formData.get("trackingNumber") ?? ""),
      cancelReason: formData.get("cancelReason") ? String(formData.get("cancelReason")) : undefined,
      note: String(formData.get("note") ?? ""),
    });
  } catch (error) {
    if (!(error instanceof ZodError) && !isAppError(error)) throw error;
    notice = isAppError(error) ? (error.details?.cancelReason ? "reasonRequired" : error.code) : "VALIDATION";
  }
  redirect({ href: `/studio/orders/${subOrderId}?notice=${notice}`, locale });
}

/** Records money received for one part; back to the studio's or the officer's order page. */
export async function markSubOrderPaidAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const subOrderId = String(formData.get("subOrderId") ?? "").slice(0, 40);
  const back = safeRedirectPath(formData.get("back"), "/");
  let notice = "markedPaid";
  try {
    await markSubOrderPaid(await getViewer(), subOrderId);
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code;
  }
  const href = /^\/(studio\/orders\/[A-Za-z0-9]+|admin\/orders\/[A-Z0-9-]+)$/.test(back) ? back : "/";
  redirect({ href: `${href}?notice=${notice}`, locale });
}
