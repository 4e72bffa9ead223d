/**
 * A shopper over plain HTTP, as a browser without JavaScript does it (the product page's form, the
 * checkout form), and what the stored product page tells the next visitor. Shared by the order specs.
 */
import { expect } from "@playwright/test";
import { cookieFrom, postPageForm, rawRequest } from "../../support/http-client";

const PHONE_PREFIXES = ["090", "091", "093", "094", "096", "097", "098"];
/** A mobile number of its own per order, so the per-buyer caps and throttles of one test never meet another's. */
export const uniquePhone = () => `${PHONE_PREFIXES[Math.floor(Math.random() * PHONE_PREFIXES.length)]}${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`;

/** Adds `quantity` of `slug` through the product page's form; the cart cookie after it. */
export async function addToCart(site: string, slug: string, quantity: number, { from, cart }: { from?: string; cart?: string } = {}): Promise<string> {
  const added = await postPageForm(site, `/products/${slug}`, { quantity: String(quantity) }, { from, cookie: cart, formWith: 'name="slug"' });
  const value = cookieFrom(added.setCookies, "ocop_cart");
  if (!value) throw new Error(`adding ${quantity} of ${slug} set no cart (${added.status})`);
  return `ocop_cart=${value}`;
}

export interface Buyer {
  customerName?: string;
  phone?: string;
  email?: string;
  addressLine?: string;
  note?: string;
  paymentMethod: "COD" | "VIETQR" | "STRIPE";
}

/** The region id of a province's commune, as the checkout's picker loads it (/api/regions/communes). */
export async function communeIdOf(site: string, province: string, name: string): Promise<string> {
  const answer = await rawRequest(site, `/api/regions/communes?province=${province}`);
  const commune = (JSON.parse(answer.body) as { communes: { id: string; name: string }[] }).communes.find((c) => c.name === name);
  if (!commune) throw new Error(`no commune ${name} in province ${province} (${answer.status})`);
  return commune.id;
}

/** Posts the checkout form with `cart`; the answer, the order's code (when it went to the order page) and the buyer's order cookie. */
export async function checkOut(site: string, cart: string, buyer: Buyer, from?: string) {
  const phone = buyer.phone ?? uniquePhone();
  const answer = await postPageForm(
    site,
    "/checkout",
    {
      customerName: buyer.customerName ?? "Lê Văn Hùng",
      phone,
      email: buyer.email ?? "",
      addressLine: buyer.addressLine ?? "8 Phố Hàng Bông",
      provinceCode: "01",
      communeId: await communeIdOf(site, "01", "Hoàn Kiếm"),
      note: buyer.note ?? "",
      paymentMethod: buyer.paymentMethod,
    },
    { from, cookie: cart, formWith: 'name="phone"' },
  );
  const code = /\/orders\/([A-Z0-9-]+)\?placed=1/.exec(String(answer.headers.location))?.[1];
  const access = cookieFrom(answer.setCookies, "ocop_order_access");
  return { answer, code, phone, access: access ? `ocop_order_access=${access}` : "" };
}

/** A page's HTML with React's text separators taken out, so text reads as the browser shows it. */
export const plainHtml = (html: string) => html.replace(/<!-- -->/g, "");

/** The text of each element carrying `data-testid="<id>"` (elements whose content is text only). */
export function byTestId(html: string, id: string): string[] {
  return [...plainHtml(html).matchAll(new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`, "g"))].map((match) => match[1].trim());
}

/** What the stored product page says is left ("Còn hàng (N)", 0 for "Hết hàng") and whether the front door served it from the cache. */
export async function productPage(base: string, slug: string): Promise<{ stock: number; cache: string }> {
  const answer = await rawRequest(base, `/products/${slug}`);
  const html = plainHtml(answer.body);
  const left = /Còn hàng \((\d+)\)/.exec(html);
  if (!left) expect(html).toContain("Hết hàng");
  return { stock: left ? Number(left[1]) : 0, cache: String(answer.headers["x-nextjs-cache"] ?? "") };
}

/** The stock the product page shows settles at `stock`, and the next visitor gets that page from the cache. */
export async function pageShowsStock(base: string, slug: string, stock: number, timeout = 30_000) {
  await expect.poll(async () => (await productPage(base, slug)).stock, { timeout }).toBe(stock);
  expect(await productPage(base, slug)).toEqual({ stock, cache: "HIT" });
}
