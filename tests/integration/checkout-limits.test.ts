import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";
import { db } from "@/server/infra/db";
import { CART_COOKIE } from "@/server/orders/cart-cookie";
import { orderContactMatches } from "@/server/orders/queries";
import { createProduct } from "../factories";
import { checkoutFor, uniquePhone } from "../support/orders";
import { redirects } from "@/tests/support/i18n-navigation";

/**
 * Issue 16, findings 3e and 3f and "What to build" B2, at the checkout's action as a browser posts the
 * form (the form kit's `formAction`), past the browser's maxlength: the limits of FIELD_LIMITS
 * (server/orders/schemas.ts: name 100, address 255) hold to the character and a value over one is
 * "too long", not "required"; an empty phone is "required", a 15-digit one a wrong number; each in the
 * buyer's language with what was typed kept; a tourist's number (lib/phone.ts) is accepted.
 */
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), address: "192.0.2.1" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
  // Without the front door's peer header, the last X-Forwarded-For entry is the client (lib/client-ip.ts).
  headers: async () => new Headers({ "x-forwarded-for": request.address }),
}));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
vi.mock("@/i18n/navigation", () => import("@/tests/support/i18n-navigation"));

const { placeOrderAction } = await import("@/server/orders/actions");

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
  process.env.MAIL_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-checkout-limits-mail-"));
});

let attempt = 0;
beforeEach(() => {
  redirects.length = 0;
  // Each post from an address of its own: every placing attempt counts against the per-address throttle.
  request.address = `192.0.2.${++attempt}`;
});

/** A realistic recipient of exactly 100 characters (a person at a company), and the same with a full stop. */
const NAME_100 = "Nguyễn Thị Hồng Nhung, Phòng Hành chính – Công ty TNHH Thương mại, Dịch vụ Nông sản Sạch Tuyên Quang";
const NAME_101 = `${NAME_100}.`;
/** Directions of exactly 255 characters, and the same with a house number of two digits. */
const ADDRESS_255 =
  "Số 2, ngõ 34, đường Nguyễn Trãi, tổ dân phố 5, thôn Nậm Ngặt, bản Cao Bồ, gần trạm y tế xã, rẽ trái sau cầu treo, đi tiếp 50 m đến nhà có giàn mướp, gọi trước khi giao hàng vì đường đèo khó đi vào mùa mưa, nếu không ai nghe máy thì gửi ở nhà văn hóa thôn.";
const ADDRESS_256 = ADDRESS_255.replace("Số 2,", "Số 12,");

/** Posts the checkout form for one unit of a fresh product, with `typed` over a valid buyer, in `locale`. */
async function postCheckout(typed: Record<string, string>, locale: "vi" | "en" = "vi"): Promise<{ state: FormState | null; productId: string }> {
  const product = await createProduct({ stock: 5 });
  const { items, ...valid } = await checkoutFor([{ productId: product.id, quantity: 1 }]);
  request.cookies.clear();
  request.cookies.set(CART_COOKIE, JSON.stringify((items as { productId: string; quantity: number }[]).map((line) => [line.productId, line.quantity])));
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...valid, email: "", ...typed, locale })) form.set(name, String(value));
  const state = await placeOrderAction(undefined, form).catch((error: Error) => {
    if (error.message !== "NEXT_REDIRECT") throw error;
    return null;
  });
  return { state, productId: product.id };
}

const placedCode = () => /^\/orders\/([A-Z0-9-]+)\?placed=1$/.exec(redirects[0] ?? "")?.[1];

describe("the checkout's limits", () => {
  it("stores a 100-character name and a 255-character address whole", async () => {
    expect([NAME_100.length, ADDRESS_255.length]).toEqual([100, 255]);
    const { state } = await postCheckout({ customerName: NAME_100, addressLine: ADDRESS_255 });
    expect(state).toBeNull();
    const code = placedCode();
    expect(code).toBeTruthy();
    expect(await db.order.findUniqueOrThrow({ where: { code }, select: { customerName: true, addressLine: true } })).toEqual({ customerName: NAME_100, addressLine: ADDRESS_255 });
  });

  it("calls one character more 'too long', not 'required', in Vietnamese and in English, keeping what was typed and placing nothing", async () => {
    expect([NAME_101.length, ADDRESS_256.length]).toEqual([101, 256]);
    const inVietnamese = await postCheckout({ customerName: NAME_101, addressLine: ADDRESS_256 });
    expect(inVietnamese.state?.fieldErrors).toEqual({ customerName: "Nội dung quá dài.", addressLine: "Nội dung quá dài." });
    expect(inVietnamese.state?.formError).toBe("Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.");
    expect(inVietnamese.state?.values).toMatchObject({ customerName: NAME_101, addressLine: ADDRESS_256, provinceCode: "08", commune: "Việt Lâm" });

    const inEnglish = await postCheckout({ customerName: NAME_101, addressLine: ADDRESS_256 }, "en");
    expect(inEnglish.state?.fieldErrors).toEqual({ customerName: "This is too long.", addressLine: "This is too long." });
    expect(inEnglish.state?.values).toMatchObject({ customerName: NAME_101, addressLine: ADDRESS_256 });

    expect(redirects).toEqual([]);
    expect(await db.order.count({ where: { customerName: NAME_101 } })).toBe(0);
    for (const { productId } of [inVietnamese, inEnglish]) expect((await db.product.findUniqueOrThrow({ where: { id: productId } })).stock).toBe(5);
  });
});

describe("the checkout's phone number", () => {
  it("asks to fill in an empty phone rather than calling it wrong, in Vietnamese and in English", async () => {
    const inVietnamese = await postCheckout({ phone: "" });
    expect(inVietnamese.state?.fieldErrors).toEqual({ phone: "Vui lòng điền mục này." });
    // Only spaces is empty too.
    const inEnglish = await postCheckout({ phone: "   " }, "en");
    expect(inEnglish.state?.fieldErrors).toEqual({ phone: "Please fill in this field." });
    expect(redirects).toEqual([]);
  });

  it("refuses 15 digits as a wrong number, in Vietnamese and in English, keeping what was typed", async () => {
    const inVietnamese = await postCheckout({ phone: "091234567891234", customerName: "Lò Văn Páo" });
    expect(inVietnamese.state?.fieldErrors).toEqual({ phone: "Số điện thoại chưa đúng. Ví dụ: 0912 345 678, hoặc +44 7911 123456." });
    expect(inVietnamese.state?.values).toMatchObject({ phone: "091234567891234", customerName: "Lò Văn Páo" });
    const inEnglish = await postCheckout({ phone: "091234567891234" }, "en");
    expect(inEnglish.state?.fieldErrors).toEqual({ phone: "This phone number is not valid. For example: 0912 345 678, or +44 7911 123456." });
    expect(redirects).toEqual([]);
  });

  it("accepts a tourist's UK mobile, shows it as dialled from abroad and knows the order by it written any way", async () => {
    await postCheckout({ phone: "+44 7911 123456" });
    const code = placedCode()!;
    expect(await db.order.findUniqueOrThrow({ where: { code }, select: { phone: true, phoneDigits: true } })).toEqual({ phone: "+44 7911 123456", phoneDigits: "+447911123456" });
    for (const written of ["+447911123456", "0044 7911 123456", "+44 (0)7911 123456"]) expect(await orderContactMatches(code, written)).toBe(true);
    // Another UK number, or the same digits read as a Vietnamese number, is not the buyer.
    for (const other of ["+44 7911 123457", "07911123456", uniquePhone()]) expect(await orderContactMatches(code, other)).toBe(false);
  });
});
