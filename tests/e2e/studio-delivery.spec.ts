import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_STATE_FILE } from "../../playwright.config";
import { buildProducerSearchText } from "../../lib/search-text";
import { hashPassword } from "../../server/auth/password";
import { cookieFrom, postPageForm, rawRequest } from "../support/http-client";
import { OFFICER, PRODUCER, signIn } from "./support/auth";
import { plainHtml } from "./support/shop";

/*
 * Issue 16, "What to build" 2: a producer sets its own delivery rule in the studio on a phone, an
 * officer approves it (as for a published product's price), and the stored product page then states
 * it. The producer and its product are this spec's own, written here after the baseline specs
 * counted the demo district, so no other journey's expected fees (the demo's 20.000 ₫ + 5.000 ₫ per kg
 * and 30.000 ₫ defaults) move.
 */

const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };

const FIXTURE = {
  producerId: "e2e-delivery-producer",
  producerName: "HTX Kiểm thử giao hàng",
  slug: "e2e-giao-hang-mien-dong",
  account: { email: "e2e-delivery@ocop.local", password: "e2e-delivery-pass-2025" },
};

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    // In a commune of the demo district, so the demo officer reviews it.
    const [{ id: communeId }] = (await client.query<{ id: string }>(`SELECT id FROM regions WHERE code = '00919'`)).rows;
    await client.query(
      `INSERT INTO producers (id, slug, name, "legalForm", status, "regionId", "searchText", "updatedAt")
       VALUES ($1, 'e2e-htx-kiem-thu-giao-hang', $2, 'COOPERATIVE', 'ACTIVE', $3, $4, now()) ON CONFLICT DO NOTHING`,
      [FIXTURE.producerId, FIXTURE.producerName, communeId, buildProducerSearchText({ name: FIXTURE.producerName })],
    );
    await client.query(
      `INSERT INTO products (id, slug, "producerId", status, "nameVi", "group", "priceVnd", unit, stock, "weightGrams", "publishedAt", "updatedAt")
       VALUES ($1, $1, $2, 'PUBLISHED', 'Miến dong kiểm thử giao hàng', 'FOOD', 60000, 'gói 500 g', 20, 550, now(), now()) ON CONFLICT DO NOTHING`,
      [FIXTURE.slug, FIXTURE.producerId],
    );
    await client.query(
      `INSERT INTO users (id, email, name, "passwordHash", role, "producerId", "updatedAt")
       VALUES ('e2e-delivery-user', $1, 'Tài khoản kiểm thử giao hàng', $2, 'PRODUCER', $3, now()) ON CONFLICT (email) DO NOTHING`,
      [FIXTURE.account.email, await hashPassword(FIXTURE.account.password), FIXTURE.producerId],
    );
  } finally {
    await client.end();
  }
});

/** The delivery sentence of the stored product page, as the browser shows it, and whether it came from the cache. */
async function deliveryRule(base: string): Promise<{ text: string; cache: string }> {
  const answer = await rawRequest(base, `/products/${FIXTURE.slug}`);
  const text = plainHtml(answer.body).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  return { text: /Phí giao hàng .*? người bán này\.( Miễn phí giao hàng cho đơn từ [\d.]+ ₫\.)?|Người bán này giao hàng miễn phí\./.exec(text)?.[0] ?? "", cache: String(answer.headers["x-nextjs-cache"] ?? "") };
}

async function pendingRevision(): Promise<unknown> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ pendingRevision: unknown }>(`SELECT "pendingRevision" FROM producers WHERE id = $1`, [FIXTURE.producerId])).rows[0].pendingRevision;
  } finally {
    await client.end();
  }
}

test("a producer sets its delivery fee and free-delivery amount on a phone; another producer cannot; once approved the product page states it", async ({ browser, baseURL }) => {
  const base = baseURL!;
  // Before: the site's flat fee.
  expect((await deliveryRule(base)).text).toBe("Phí giao hàng 30.000 ₫ cho mỗi đơn của người bán này.");

  // Another producer posts its own profile form with this producer's id, as a browser without JavaScript would: refused, nothing proposed.
  const session = await postPageForm(base, "/login", { ...PRODUCER, locale: "vi" }, { from: "127.0.16.1" });
  const other = `next-auth.session-token=${cookieFrom(session.setCookies, "next-auth.session-token")}`;
  const forged = await postPageForm(base, "/studio/profile", { producerId: FIXTURE.producerId, shippingFlatVnd: "1.000" }, { cookie: other, allFields: true, formWith: 'name="shippingFlatVnd"' });
  expect(plainHtml(forged.body)).toContain("Không tìm thấy.");
  expect(await pendingRevision()).toBeNull();

  const producer = await browser.newPage();
  await signIn(producer, FIXTURE.account);
  await producer.goto("/studio/profile");
  const flat = producer.getByRole("textbox", { name: "Phí giao mỗi đơn", exact: true });
  const freeAbove = producer.getByRole("textbox", { name: "Miễn phí giao cho đơn từ", exact: true });
  await expect(producer.getByRole("group", { name: "Phí giao hàng" })).toContainText(/Để trống: phí chung của trang \(30\.000\s₫\)/);

  // A slip of the keyboard is refused with the bound named, and what was typed stays.
  await flat.fill("2.000.000");
  await freeAbove.fill("300.000");
  await expect(producer.getByTestId("shippingFreeAboveVnd-preview")).toHaveText(/^Sẽ lưu là 300\.000\s₫$/);
  await producer.getByRole("button", { name: "Gửi thay đổi để duyệt" }).click();
  await expect(producer.locator("[id$='-shippingFlatVnd-error']")).toHaveText("Phí giao mỗi đơn tối đa 1.000.000 ₫.");
  await expect(freeAbove).toHaveValue("300.000");
  await expect(flat).toHaveValue("2.000.000");

  await flat.fill("25.000");
  await expect(producer.getByTestId("shippingFlatVnd-preview")).toHaveText(/^Sẽ lưu là 25\.000\s₫$/);
  await producer.getByRole("button", { name: "Gửi thay đổi để duyệt" }).click();
  await expect(producer.getByRole("status")).toContainText("Đã gửi thay đổi");
  await expect(producer.getByTestId("pending-profile")).toContainText("Phí giao mỗi đơn");
  await expect(flat).toHaveValue("25.000");
  // Nothing public changes before an officer decides.
  expect((await deliveryRule(base)).text).toBe("Phí giao hàng 30.000 ₫ cho mỗi đơn của người bán này.");

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, OFFICER);
  await officer.goto("/admin/review");
  const item = officer.locator("article", { hasText: FIXTURE.producerName }).filter({ hasText: "Đề nghị thay đổi hồ sơ" });
  await expect(item.getByRole("row", { name: /Phí giao mỗi đơn/ })).toContainText("25.000 ₫");
  await expect(item.getByRole("row", { name: /Miễn phí giao cho đơn từ/ })).toContainText("300.000 ₫");
  await item.getByRole("button", { name: "Duyệt thay đổi" }).click();
  await expect(officer.locator("article", { hasText: FIXTURE.producerName })).toHaveCount(0);

  // The stored product page expired with the producer's tags: it states the new rule, and the next visitor gets it from the cache.
  const ruled = "Phí giao hàng 25.000 ₫ cho mỗi đơn của người bán này. Miễn phí giao hàng cho đơn từ 300.000 ₫.";
  await expect.poll(async () => (await deliveryRule(base)).text, { timeout: 30_000 }).toBe(ruled);
  expect(await deliveryRule(base)).toEqual({ text: ruled, cache: "HIT" });
  const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
  await visitor.goto(`/products/${FIXTURE.slug}`);
  await expect(visitor.getByText(/Phí giao hàng 25\.000\s₫ cho mỗi đơn/)).toBeVisible();
  await expect(visitor.getByText(/Miễn phí giao hàng cho đơn từ 300\.000\s₫/)).toBeVisible();
});
