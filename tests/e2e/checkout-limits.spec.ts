import { readFileSync } from "node:fs";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_STATE_FILE } from "../../playwright.config";
import { postPageForm } from "../support/http-client";
import { addToCart, communeIdOf } from "./support/shop";
import { addressForTest, contextFrom } from "./support/source-address";

/**
 * Issue 16, findings 3c, 3e, 3f and "What to build" B2, on a 390 px phone: the + steppers stop at the
 * most a buyer may order (the stock when fewer than 20 are left, else 20); the checkout's limits (name
 * ≤ 100, address ≤ 255 characters: server/orders/schemas.ts, FIELD_LIMITS) say "too long", not
 * "required", in the buyer's language and keep what was typed; an empty phone is "required", a
 * 15-digit one a wrong number; a tourist's UK mobile (lib/phone.ts) is accepted and finds the order
 * again. The products are this spec's own, so their stock is what the caps are reasoned from.
 */

const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };

/** Placing an order mails and expires stale holds: on a loaded 2-core machine that takes seconds. */
const expect = baseExpect.configure({ timeout: 30_000 });

const PRODUCER_ID = "e2e-limits-producer";
/** Three left: the stepper stops at the stock. Thirty left: it stops at the per-line cap of 20. */
const FEW = { slug: "e2e-gioi-han-ba", name: "Mật ong bạc hà kiểm thử giới hạn", stock: 3 };
const MANY = { slug: "e2e-gioi-han-ba-muoi", name: "Trà hoa vàng kiểm thử giới hạn", stock: 30 };

async function withDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  await withDatabase(async (client) => {
    // A cooperative of its own in a commune of the demo district, selling cash on delivery only.
    const [{ id: communeId }] = (await client.query<{ id: string }>(`SELECT id FROM regions WHERE code = '00919'`)).rows;
    await client.query(
      `INSERT INTO producers (id, slug, name, "legalForm", status, "regionId", "addressLine", "storyVi", phone, email, "searchText", "updatedAt")
       VALUES ($1, 'e2e-htx-kiem-thu-gioi-han', 'HTX Kiểm thử giới hạn', 'COOPERATIVE', 'ACTIVE', $2, 'Thôn Nậm Ngặt', 'Hợp tác xã chỉ có trong bộ kiểm thử.', '0912000222', 'htx-gioi-han@example.vn', 'htx kiem thu gioi han', now())
       ON CONFLICT DO NOTHING`,
      [PRODUCER_ID, communeId],
    );
    for (const { slug, name, stock } of [FEW, MANY]) {
      await client.query(
        `INSERT INTO products (id, slug, "producerId", status, "nameVi", "group", "priceVnd", unit, stock, "publishedAt", "updatedAt")
         VALUES ($1, $1, $2, 'PUBLISHED', $3, 'FOOD', 50000, 'hũ', $4, now(), now()) ON CONFLICT DO NOTHING`,
        [slug, PRODUCER_ID, name, stock],
      );
    }
  });
});

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The cart line of the product named `name`, and its quantity and steppers. */
function cartLine(page: Page, name: string) {
  const line = page.getByTestId("cart-line").filter({ hasText: name });
  return {
    quantity: line.getByTestId("cart-quantity"),
    plus: line.getByRole("button", { name: `Thêm một ${name}` }),
    minus: line.getByRole("button", { name: `Bớt một ${name}` }),
  };
}

/** On the cart, the line of FEW (3 in stock, 3 in the cart): + disabled at 3, enabled one below it, disabled again at 3. */
async function expectCartStopsAtStock(page: Page) {
  const few = cartLine(page, FEW.name);
  await expect(few.quantity).toHaveText("3");
  await expect(few.plus).toBeDisabled();
  await few.minus.click();
  await expect(few.quantity).toHaveText("2");
  await expect(few.plus).toBeEnabled();
  await few.plus.click();
  await expect(few.quantity).toHaveText("3");
  await expect(few.plus).toBeDisabled();
}

test("the + stepper stops at what may be ordered, the stock when only 3 are left and 20 when 30 are, on the product page and in the cart", async ({ page }) => {
  test.setTimeout(300_000);

  // Three left: + goes 1 → 2 → 3 and is then disabled; a press on it changes nothing.
  await page.goto(`/products/${FEW.slug}`);
  await expect(page.getByText("Tối đa 3", { exact: true })).toBeVisible();
  const quantity = page.getByLabel("Số lượng");
  const plus = page.getByRole("button", { name: "Thêm một", exact: true });
  await expect(quantity).toHaveValue("1");
  await plus.click();
  await expect(quantity).toHaveValue("2");
  await expect(plus).toBeEnabled();
  await plus.click();
  await expect(quantity).toHaveValue("3");
  await expect(plus).toBeDisabled();
  await plus.click({ force: true });
  await expect(quantity).toHaveValue("3");
  await expect(page.getByRole("button", { name: "Bớt một", exact: true })).toBeEnabled();
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm 3 vào giỏ" })).toBeVisible();

  // Thirty left: the cap is 20, not the stock.
  await page.goto(`/products/${MANY.slug}`);
  await expect(page.getByText("Tối đa 20", { exact: true })).toBeVisible();
  await quantity.fill("18");
  await plus.click();
  await expect(quantity).toHaveValue("19");
  await expect(plus).toBeEnabled();
  await plus.click();
  await expect(quantity).toHaveValue("20");
  await expect(plus).toBeDisabled();
  await page.getByRole("button", { name: "Bớt một", exact: true }).click();
  await expect(quantity).toHaveValue("19");
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm 19 vào giỏ" })).toBeVisible();

  // The cart: its + form is disabled at 3 of the first, enabled again one below, and stops at 20 of the second.
  await page.goto("/cart");
  await expectCartStopsAtStock(page);

  const many = cartLine(page, MANY.name);
  await expect(many.quantity).toHaveText("19");
  await expect(many.plus).toBeEnabled();
  await many.plus.click();
  await expect(many.quantity).toHaveText("20");
  await expect(many.plus).toBeDisabled();
});

/** A realistic recipient of exactly 100 characters (a person at a company), and one of 102. */
const NAME_100 = "Nguyễn Thị Hồng Nhung, Phòng Hành chính – Công ty TNHH Thương mại, Dịch vụ Nông sản Sạch Tuyên Quang";
const NAME_102 = "Nguyễn Thị Hồng Nhung, Phòng Hành chính – Công ty TNHH Thương mại và Dịch vụ Nông sản Sạch Tuyên Quang";
/** Directions of 270 characters, more than the 255 an address line may hold. */
const ADDRESS_270 =
  "Số 12, ngõ 34, đường Nguyễn Trãi, tổ dân phố 5, thôn Nậm Ngặt, bản Cao Bồ, gần trạm y tế xã, rẽ trái sau cầu treo, đi tiếp 200 m đến nhà có giàn mướp, gọi trước khi giao hàng vì đường đèo khó đi vào mùa mưa, nếu không ai nghe máy thì gửi hàng ở nhà văn hóa thôn, cảm ơn.";
/** Directions of exactly 255 characters, the most an address line holds. */
const ADDRESS_255 =
  "Số 2, ngõ 34, đường Nguyễn Trãi, tổ dân phố 5, thôn Nậm Ngặt, bản Cao Bồ, gần trạm y tế xã, rẽ trái sau cầu treo, đi tiếp 50 m đến nhà có giàn mướp, gọi trước khi giao hàng vì đường đèo khó đi vào mùa mưa, nếu không ai nghe máy thì gửi ở nhà văn hóa thôn.";

/** The premises of the tests below: the lengths as the browser and the server count them (UTF-16 units of NFC text). */
function expectLengths() {
  for (const text of [NAME_100, NAME_102, ADDRESS_255, ADDRESS_270]) expect(text.normalize("NFC")).toBe(text);
  expect([NAME_100.length, NAME_102.length, ADDRESS_255.length, ADDRESS_270.length]).toEqual([100, 102, 255, 270]);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the cart's + form is disabled at the stock and enabled one below it", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/products/${FEW.slug}`);
    await page.getByLabel("Số lượng").fill("3");
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click();
    await expect(page.getByText("Đã thêm 3 vào giỏ")).toBeVisible();
    await page.goto("/cart");
    await expectCartStopsAtStock(page);
  });

  /*
   * The browser's maxlength stops typing at the limit, so the server's answer to a longer value is
   * proven by posting the checkout form past it, exactly as a browser without JavaScript posts it
   * (tests/support/http-client.ts), from loopback addresses of this spec's own: every placing attempt
   * counts against the per-address throttle (server/orders/throttles.ts) the browser's journeys share.
   * The page the server answers is then shown in the browser, as the buyer would read it.
   */
  async function postCheckout(page: Page, base: string, path: "/checkout" | "/en/checkout", fields: { customerName: string; phone: string; addressLine: string }, from: string) {
    const cart = await addToCart(base, MANY.slug, 1, { from });
    const communeId = await communeIdOf(base, "08", "Việt Lâm");
    const answer = await postPageForm(
      base,
      path,
      { ...fields, email: "", provinceCode: "08", communeId, commune: "", note: "", paymentMethod: "COD" },
      { from, cookie: cart, formWith: 'name="phone"' },
    );
    // Nothing was placed: the form came back (a placed order answers 303 to its page).
    expect(answer.status).toBe(200);
    const shown = `${base}/__checkout-answer-${from}`;
    await page.route(shown, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: answer.body }));
    await page.goto(shown);
    return communeId;
  }

  test("a name or address past its limit is 'too long', an empty phone 'required' and a 15-digit one a wrong number, in Vietnamese, keeping all that was typed", async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    expectLengths();
    const communeId = await postCheckout(page, baseURL!, "/checkout", { customerName: NAME_102, phone: "", addressLine: ADDRESS_270 }, "127.0.31.1");
    await expect(page.getByRole("alert").filter({ hasText: "Thông tin chưa hợp lệ" })).toBeVisible();
    const name = page.getByLabel("Họ và tên");
    const phone = page.getByLabel("Số điện thoại");
    const address = page.getByLabel("Số nhà, đường, thôn/xóm");
    for (const field of [name, address]) {
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(/Nội dung quá dài\./);
      await expect(field).not.toHaveAccessibleDescription(/Vui lòng điền mục này/);
    }
    await expect(phone).toHaveAttribute("aria-invalid", "true");
    await expect(phone).toHaveAccessibleDescription(/Vui lòng điền mục này\./);
    await expect(phone).not.toHaveAccessibleDescription(/Số điện thoại chưa đúng/);
    // Everything typed is kept, the long values whole.
    await expect(name).toHaveValue(NAME_102);
    await expect(address).toHaveValue(ADDRESS_270);
    await expect(page.getByLabel("Tỉnh/Thành phố")).toHaveValue("08");
    await expect(page.getByRole("combobox", { name: /Xã\/Phường/ })).toHaveValue(communeId);

    // Fifteen digits are no phone number anywhere: refused as a wrong number, not as missing.
    await postCheckout(page, baseURL!, "/checkout", { customerName: NAME_100, phone: "091234567891234", addressLine: ADDRESS_255 }, "127.0.31.2");
    await expect(phone).toHaveAttribute("aria-invalid", "true");
    await expect(phone).toHaveAccessibleDescription(/Số điện thoại chưa đúng\. Ví dụ: 0912 345 678, hoặc \+44 7911 123456\./);
    await expect(phone).not.toHaveAccessibleDescription(/Vui lòng điền mục này/);
    await expect(phone).toHaveValue("091234567891234");
    await expect(name).not.toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveValue(NAME_100);
    await expect(address).toHaveValue(ADDRESS_255);
  });

  test("the same in English: 'This is too long.' for the name and address, 'Please fill in this field.' for an empty phone", async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    await postCheckout(page, baseURL!, "/en/checkout", { customerName: NAME_102, phone: " ", addressLine: ADDRESS_270 }, "127.0.31.3");
    await expect(page.getByRole("alert").filter({ hasText: "Some information is not valid" })).toBeVisible();
    const name = page.getByLabel("Full name");
    const address = page.getByLabel("House number, street, village");
    const phone = page.getByLabel("Phone number");
    for (const field of [name, address]) {
      await expect(field).toHaveAccessibleDescription(/This is too long\./);
      await expect(field).not.toHaveAccessibleDescription(/Please fill in this field/);
    }
    await expect(phone).toHaveAccessibleDescription(/Please fill in this field\./);
    await expect(phone).not.toHaveAccessibleDescription(/not valid/);
    await expect(name).toHaveValue(NAME_102);
    await expect(address).toHaveValue(ADDRESS_270);

    await postCheckout(page, baseURL!, "/en/checkout", { customerName: NAME_100, phone: "091234567891234", addressLine: ADDRESS_255 }, "127.0.31.4");
    await expect(phone).toHaveAccessibleDescription(/This phone number is not valid\. For example: 0912 345 678, or \+44 7911 123456\./);
    await expect(phone).toHaveValue("091234567891234");
  });
});

test("a tourist orders with a UK mobile and a 100-character name: both accepted and kept whole, and the order is found again by that number written another way", async ({ browser }) => {
  test.setTimeout(300_000);
  // Its own address: placing an order counts against a per-address throttle (support/source-address.ts).
  const page = await (await contextFrom(browser, addressForTest(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  expectLengths();
  // A UK mobile of its own per run (07911 1xxxxx is a mobile range libphonenumber knows; 07700 900xxx,
  // Ofcom's range for drama, is not a real line and lib/phone.ts refuses it).
  const subscriber = String(10_000 + Math.floor(Math.random() * 89_999));
  const typed = `+44 7911 1${subscriber}`;

  await page.goto(`/products/${MANY.slug}`);
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm 1 vào giỏ" })).toBeVisible();
  await page.goto("/checkout");

  // The browser stops typing at the limits the server holds.
  const name = page.getByLabel("Họ và tên");
  const address = page.getByLabel("Số nhà, đường, thôn/xóm");
  await expect(name).toHaveAttribute("maxlength", "100");
  await expect(address).toHaveAttribute("maxlength", "255");
  await name.fill(NAME_100);
  await expect(page.getByText("100/100 ký tự")).toBeVisible();
  await page.getByLabel("Số điện thoại").fill(typed);
  await address.fill(ADDRESS_255);
  await expect(page.getByText("255/255 ký tự")).toBeVisible();
  await page.getByLabel("Tỉnh/Thành phố").selectOption({ label: "Tuyên Quang" });
  await page.getByRole("combobox", { name: /Xã\/Phường/ }).selectOption({ label: "Việt Lâm" });
  await page.getByLabel(/Thanh toán khi nhận hàng \(COD\)/).check();
  await page.getByRole("button", { name: "Xác nhận đặt hàng" }).click();

  await expect(page.getByText("Cảm ơn bạn! Đơn hàng đã được ghi nhận.")).toBeVisible();
  const code = /\/orders\/([A-Z0-9-]+)/.exec(page.url())![1];
  // The order page names the recipient whole and the number as it is dialled from abroad.
  await expect(page.locator("dd", { hasText: `${NAME_100}, ${typed}` })).toContainText(ADDRESS_255);
  const stored = await withDatabase(async (client) => (await client.query(`SELECT "customerName", "addressLine", phone, "phoneDigits" FROM orders WHERE code = $1`, [code])).rows[0]);
  expect(stored).toEqual({ customerName: NAME_100, addressLine: ADDRESS_255, phone: typed, phoneDigits: `+4479111${subscriber}` });

  // Later, on another phone, the tourist writes the number with 00 and without spaces.
  const later = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await later.goto("/orders");
  await later.getByLabel("Mã đơn hàng").fill(code);
  await later.getByLabel("Số điện thoại hoặc thư điện tử").fill(`004479111${subscriber}`);
  await later.getByRole("button", { name: "Xem đơn hàng" }).click();
  await expect(later.getByRole("heading", { name: `Đơn hàng ${code}` })).toBeVisible();
  await expect(later.locator("dd", { hasText: `${NAME_100}, ${typed}` })).toBeVisible();
  await later.context().close();
});
