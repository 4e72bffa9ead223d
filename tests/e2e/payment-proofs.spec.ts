import { readFileSync } from "node:fs";
import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import jsQR from "jsqr";
import pg from "pg";
import { PNG } from "pngjs";
import { E2E_STATE_FILE } from "../../playwright.config";
import { buildVietQrPayload } from "../../lib/vietqr";
import { mailsTo } from "./support/mail";
import { uniquePhone } from "./support/shop";
import { addressForTest, contextFrom } from "./support/source-address";

/*
 * Issue 16, findings 4c, 4d, 4f, 7a and 7b: what the order page's transfer block hands the buyer (the
 * copy buttons, the saved QR image, "Tôi đã chuyển khoản") and how Markdown leaves the site's pages.
 *
 * The order: one broom of the Việt Lâm cooperative and one box of Cao Bồ red tea, paid by VietQR, so
 * two parts, each paid to its own producer's account (the e2e database gives both cooperatives an
 * illustrative Agribank account: tests/e2e/support/fixture-accounts.ts). What each part costs, from
 * the demo's prices and the producers' delivery rules (prisma/seed/demo-data.ts, demo-orders.ts):
 * - broom: 35.000 ₫, 0,6 kg; delivery 20.000 ₫ + 5.000 ₫ per started kg → 35.000 + 25.000 = 60.000 ₫;
 * - red tea: 320.000 ₫; delivery 25.000 ₫, free only from 500.000 ₫ → 320.000 + 25.000 = 345.000 ₫.
 * The note of each part is the order code without its dash and the part's number (two parts: 1 and 2).
 */

const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string; mailDir: string };

/** Placing an order mails, expires stale holds and renders QR codes: on a loaded 2-core machine that takes seconds. */
const expect = baseExpect.configure({ timeout: 30_000 });

interface Payee {
  name: string;
  email: string;
  bankBin: string;
  bankAccount: string;
}

const PARTS = [
  { slug: "choi-chit-viet-lam", producerSlug: "htx-choi-chit-viet-lam", amountVnd: 60_000 },
  { slug: "hong-tra-shan-tuyet-cao-bo", producerSlug: "htx-che-shan-tuyet-cao-bo", amountVnd: 345_000 },
] as const;

/** Each producer's own account and mail address as the database holds them: a part is paid to its producer. */
async function payees(): Promise<Map<string, Payee>> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Payee & { slug: string }>(
      `SELECT slug, name, email, "bankBin", "bankAccount" FROM producers WHERE slug = ANY($1)`,
      [PARTS.map((p) => p.producerSlug)],
    );
    return new Map(rows.map((row) => [row.slug, row]));
  } finally {
    await client.end();
  }
}

/** Clicks the copy button named `name` in `block` and returns what the clipboard then holds. */
async function copied(page: Page, block: Locator, name: string): Promise<string> {
  const button = block.getByRole("button", { name });
  await button.click();
  await expect(button).toHaveText("Đã sao chép");
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The EMVCo fields of a QR payload: two-digit tag, two-digit length, value. */
function fields(payload: string): Map<string, string> {
  const map = new Map<string, string>();
  let i = 0;
  while (i < payload.length) {
    const length = Number(payload.slice(i + 2, i + 4));
    map.set(payload.slice(i, i + 2), payload.slice(i + 4, i + 4 + length));
    i += 4 + length;
  }
  return map;
}

test.describe("a buyer paying by VietQR on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, permissions: ["clipboard-read", "clipboard-write"] });

  test("copies each part's account number, amount and note exactly, saves a QR image that pays that part, and reporting the transfer mails that part's producer", async ({ browser }) => {
    test.setTimeout(300_000);
    // Its own address: placing an order counts against a per-address throttle (support/source-address.ts).
    const context = await contextFrom(browser, addressForTest(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    for (const part of PARTS) {
      await page.goto(`/products/${part.slug}`);
      await page.getByRole("button", { name: "Thêm vào giỏ" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Đã thêm 1 vào giỏ" })).toBeVisible();
    }
    await page.goto("/checkout");
    await page.getByLabel("Họ và tên").fill("Đặng Thị Thu");
    await page.getByLabel("Số điện thoại").fill(uniquePhone());
    await page.getByLabel("Số nhà, đường, thôn/xóm").fill("Số 7 Lý Thường Kiệt");
    await page.getByLabel("Tỉnh/Thành phố").selectOption({ label: "Hà Nội" });
    await page.getByRole("combobox", { name: /Xã\/Phường/ }).selectOption({ label: "Hoàn Kiếm" });
    await page.getByLabel(/Chuyển khoản ngân hàng \(VietQR\)/).check();
    await page.getByRole("button", { name: "Xác nhận đặt hàng" }).click();
    await expect(page.getByText("Cảm ơn bạn! Đơn hàng đã được ghi nhận.")).toBeVisible();
    const code = /\/orders\/([A-Z0-9-]+)/.exec(page.url())![1];
    const compact = code.replace("-", "");
    await expect(page.getByTestId("transfer")).toHaveCount(2);

    const accounts = await payees();
    const notes: string[] = [];
    for (const part of PARTS) {
      const payee = accounts.get(part.producerSlug)!;
      expect(payee.bankAccount, `${part.producerSlug} has an account to be paid to`).toMatch(/^\d+$/);
      const block = page.getByTestId("order-part").filter({ hasText: `Phần của ${payee.name}` }).getByTestId("transfer");
      await expect(block).toHaveCount(1);
      // Which part is 1 and which is 2 is not the buyer's concern; that the two are told apart is (checked below).
      const note = (await block.getByTestId("transfer-note").innerText()).trim();
      expect(note).toMatch(new RegExp(`^${compact} [12]$`));
      notes.push(note);

      // 4c: what lands on the clipboard is exactly what the bank app must be given: digits only for the amount.
      expect(await copied(page, block, "Sao chép Số tài khoản")).toBe(payee.bankAccount);
      expect(await copied(page, block, "Sao chép Số tiền")).toBe(String(part.amountVnd));
      expect(await copied(page, block, "Sao chép Nội dung")).toBe(note);

      // 4d: the saved image is a QR code a bank app reads as this part's payment, and nothing else.
      const [download] = await Promise.all([page.waitForEvent("download"), block.getByRole("link", { name: "Lưu ảnh mã QR" }).click()]);
      expect(download.suggestedFilename()).toBe(`vietqr-${note}.png`);
      const image = PNG.sync.read(readFileSync(await download.path()));
      const payload = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
      expect(payload, "the saved PNG holds a readable QR code").toBeTruthy();
      const top = fields(payload!);
      const merchant = fields(top.get("38")!);
      const beneficiary = fields(merchant.get("01")!);
      expect(merchant.get("00")).toBe("A000000727"); // NAPAS
      expect(beneficiary.get("00")).toBe(payee.bankBin);
      expect(beneficiary.get("01")).toBe(payee.bankAccount);
      expect(top.get("53")).toBe("704"); // đồng
      expect(top.get("54")).toBe(String(part.amountVnd));
      expect(fields(top.get("62")!).get("08")).toBe(note);
      // The whole payload, checksum included, is the VietQR of these facts.
      expect(payload).toBe(buildVietQrPayload({ bankBin: payee.bankBin, accountNumber: payee.bankAccount, amountVnd: part.amountVnd, note }));
    }
    expect(notes.sort()).toEqual([`${compact} 1`, `${compact} 2`]);

    // 4f: "Tôi đã chuyển khoản" on the broom's part tells the broom's producer, in Vietnamese; the tea's hears nothing.
    const [broom, tea] = PARTS.map((part) => accounts.get(part.producerSlug)!);
    const subject = `Đơn ${code}: người mua báo đã chuyển khoản`;
    await page.getByTestId("order-part").filter({ hasText: `Phần của ${broom.name}` }).getByRole("button", { name: "Tôi đã chuyển khoản" }).click();
    await expect(page.getByTestId("transfer-reported")).toHaveCount(1);
    await expect.poll(() => mailsTo(state.mailDir, broom.email).filter((mail) => mail.subject === subject).length).toBe(1);
    expect(mailsTo(state.mailDir, broom.email).find((mail) => mail.subject === subject)!.text).toMatch(new RegExp(`Người mua đơn ${code} báo đã chuyển khoản 60\\.000\\s₫`));
    expect(mailsTo(state.mailDir, tea.email).filter((mail) => mail.subject.includes(code) && mail.subject.includes("chuyển khoản"))).toEqual([]);
  });
});

test("a product's structured data describes it in plain words: no Markdown marks in its JSON-LD, in either language", async ({ request }) => {
  // The description as written (demo data): "**…**" bold, "- " list items, "_…_" emphasis.
  const expected = {
    "/products/che-shan-tuyet-co-thu-cao-bo":
      "Chè xanh làm từ búp của cây chè Shan tuyết cổ thụ ở Cao Bồ, thuộc vùng chỉ dẫn địa lý chè Shan tuyết Hà Giang. " +
      "Nước xanh vàng, vị chát dịu, hậu ngọt sâu. Pha 5 g chè với 150 ml nước 85–90 °C. Sản phẩm đạt 91 điểm ở cấp tỉnh — tiềm năng 5 sao.",
    "/en/products/che-shan-tuyet-co-thu-cao-bo":
      "Green tea from the buds of ancient Shan tuyết trees in Cao Bồ, within the Hà Giang Shan tea geographical indication area. " +
      "Brew 5 g in 150 ml of water at 85–90 °C for 1–2 minutes. Keep dry, away from light and strong smells.",
  };
  for (const [path, description] of Object.entries(expected)) {
    const html = await (await request.get(path)).text();
    const data = [...html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]) as { "@type"?: string; description?: string });
    const product = data.find((item) => item["@type"] === "Product");
    expect(product, `${path} has a Product in its JSON-LD`).toBeDefined();
    expect(product!.description).not.toMatch(/\*|_|#|(^|\s)- /);
    expect(product!.description).toBe(description);
  }
});

test("a fair's description shows its list as a list, not as lines starting with \"- \"", async ({ page }) => {
  for (const [path, items] of [
    ["/fairs/hoi-cho-ocop-tuyen-quang-2027", ["Mỗi chủ thể đăng ký tối đa 2 gian.", "Hỗ trợ 50 % phí gian hàng."]],
    ["/en/fairs/hoi-cho-ocop-tuyen-quang-2027", ["At most 2 booths per producer.", "50 % of the booth fee is subsidised."]],
  ] as const) {
    await page.goto(path);
    const list = page.getByRole("list").filter({ has: page.getByRole("listitem").filter({ hasText: items[0] }) });
    await expect(list).toHaveCount(1);
    await expect(list.getByRole("listitem")).toHaveText([...items]);
    await expect(page.locator("main")).not.toContainText(`- ${items[0]}`);
  }
});
