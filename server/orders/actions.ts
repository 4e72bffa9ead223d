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
import { addLine, CART_COOKIE, readCart, setLineQuantity, writeCart } from "./cart-cookie";
import { cancelOrderByBuyer, expireUnpaidOrders, markOrderPaid, placeOrder, updateSubOrderStatus } from "./mutations";
import { hasOrderAccess, issueOrderAccess, ORDER_ACCESS_COOKIE, ORDER_ACCESS_TTL_SECONDS } from "./order-access";
import { findOrderableProductId, getCartView, orderContactMatches } from "./queries";
import { cookieOptions } from "@/server/infra/cookies";
import { requestAddress } from "@/server/infra/request-address";
import { assertNotThrottled, clearAttempts, recordAttempt, takeAttempt } from "@/server/infra/throttle";
import { placementChecks, verificationChecks } from "./throttles";

const CART_MAX_AGE = 60 * 60 * 24 * 30;

function localeOf(formData: FormData): "vi" | "en" {
  return formData.get("locale") === "en" ? "en" : "vi";
}

function intOf(value: FormDataEntryValue | null, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

async function saveCart(lines: ReturnType<typeof readCart>) {
  (await cookies()).set(CART_COOKIE, writeCart(lines), cookieOptions(CART_MAX_AGE));
}

export async function addToCartAction(formData: FormData): Promise<void> {
  const productId = await findOrderableProductId(String(formData.get("slug") ?? "").slice(0, 200));
  const quantity = Math.min(99, Math.max(1, intOf(formData.get("quantity"), 1)));
  if (productId) await saveCart(addLine(readCart((await cookies()).get(CART_COOKIE)?.value), { productId, quantity }));
  redirect({ href: "/cart", locale: localeOf(formData) });
}

export async function updateCartLineAction(formData: FormData): Promise<void> {
  const productId = String(formData.get("productId") ?? "");
  const quantity = formData.get("remove") ? 0 : intOf(formData.get("quantity"), 1);
  await saveCart(setLineQuantity(readCart((await cookies()).get(CART_COOKIE)?.value), productId, quantity));
  redirect({ href: "/cart", locale: localeOf(formData) });
}

export interface CheckoutState {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  formError: string | null;
}

const CHECKOUT_FIELDS = ["customerName", "phone", "email", "addressLine", "province", "commune", "note", "paymentMethod"] as const;

export async function placeOrderAction(_previous: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const locale = localeOf(formData);
  const t = await getTranslations({ locale, namespace: "orders.checkout.errors" });
  const tErrors = await getTranslations({ locale, namespace: "errors" });
  const values = Object.fromEntries(CHECKOUT_FIELDS.map((f) => [f, String(formData.get(f) ?? "")]));
  const jar = await cookies();
  // Lines whose product has vanished from the catalogue are not shown in the cart, so they are not ordered either.
  const cart = readCart(jar.get(CART_COOKIE)?.value);
  const shown = new Set((await getCartView(cart, locale)).groups.flatMap((g) => g.lines.map((l) => l.productId)));
  const items = cart.filter((line) => shown.has(line.productId));
  // Opportunistic: stock held by abandoned transfer/card orders goes back before this buyer competes for it.
  await expireUnpaidOrders();
  let placed;
  try {
    await takeAttempt(placementChecks(await requestAddress(), values));
    placed = await placeOrder({ ...values, locale, items, expectedTotalVnd: intOf(formData.get("expectedTotalVnd"), -1) });
  } catch (error) {
    if (error instanceof ZodError) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.issues) {
        const field = String(issue.path[0]);
        const key = issue.message === "phone" || issue.message === "email" ? issue.message : "required";
        fieldErrors[field] ??= t(key);
      }
      return { values, fieldErrors, formError: fieldErrors.items ? tErrors("VALIDATION") : null };
    }
    if (isAppError(error)) {
      if (error.code === "OUT_OF_STOCK") {
        const productId = String(error.details?.productId ?? "");
        const name = String(formData.get(`name:${productId}`) ?? "");
        return { values, fieldErrors: {}, formError: t("outOfStock", { name }) };
      }
      if (error.details?.reason === "PRICE_CHANGED") return { values, fieldErrors: {}, formError: t("priceChanged") };
      if (error.details?.paymentMethod) return { values, fieldErrors: { paymentMethod: t("paymentUnavailable") }, formError: null };
      return { values, fieldErrors: {}, formError: tErrors(error.code) };
    }
    throw error;
  }
  jar.delete(CART_COOKIE);
  jar.set(ORDER_ACCESS_COOKIE, issueOrderAccess(placed.code), cookieOptions(ORDER_ACCESS_TTL_SECONDS));
  if (placed.checkoutUrl) redirectExternal(placed.checkoutUrl);
  redirect({ href: `/orders/${placed.code}?placed=1`, locale });
  return { values, fieldErrors: {}, formError: null };
}

export interface VerifyState {
  contact: string;
  error: string | null;
}

export async function verifyOrderAction(_previous: VerifyState, formData: FormData): Promise<VerifyState> {
  const locale = localeOf(formData);
  const code = normalizeOrderCode(String(formData.get("code") ?? ""));
  const contact = String(formData.get("contact") ?? "").slice(0, 200);
  const throttles = verificationChecks(await requestAddress(), code);
  try {
    await assertNotThrottled(throttles.all);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { contact, error: (await getTranslations({ locale, namespace: "errors" }))(error.code) };
  }
  if (code && (await orderContactMatches(code, contact))) {
    await clearAttempts(throttles.own);
    (await cookies()).set(ORDER_ACCESS_COOKIE, issueOrderAccess(code), cookieOptions(ORDER_ACCESS_TTL_SECONDS));
    redirect({ href: `/orders/${code}`, locale });
  }
  await recordAttempt(throttles.all);
  const t = await getTranslations({ locale, namespace: "orders.order" });
  return { contact, error: t("verifyFailed") };
}

export async function cancelOrderAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const code = normalizeOrderCode(String(formData.get("code") ?? ""));
  if (!code || !hasOrderAccess((await cookies()).get(ORDER_ACCESS_COOKIE)?.value, code)) redirect({ href: "/", locale });
  let outcome = "cancelled";
  try {
    await cancelOrderByBuyer(code!);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    outcome = "cannotCancel";
  }
  redirect({ href: `/orders/${code}?notice=${outcome}`, locale });
}

export async function updateSubOrderStatusAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const subOrderId = String(formData.get("subOrderId") ?? "");
  let notice = "statusSaved";
  try {
    await updateSubOrderStatus(await getViewer(), { subOrderId, status: String(formData.get("status") ?? "") });
  } catch (error) {
    if (!(error instanceof ZodError) && !isAppError(error)) throw error;
    notice = isAppError(error) ? error.code : "VALIDATION";
  }
  redirect({ href: `/studio/orders/${subOrderId}?notice=${notice}`, locale });
}

export async function markOrderPaidAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const back = safeRedirectPath(formData.get("back"), "/");
  let notice = "markedPaid";
  try {
    await markOrderPaid(await getViewer(), String(formData.get("orderId") ?? ""));
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code;
  }
  const href = back.startsWith("/studio/orders/") || back === "/admin/orders" ? back : "/";
  redirect({ href: `${href}?notice=${notice}`, locale });
}
