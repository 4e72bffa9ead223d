import { expect, test, type Browser, type Page } from "@playwright/test";
import { PRODUCER, signIn } from "./support/auth";

/** A guest buys `quantity` brooms with cash on delivery, in a browser of its own (a phone of its own: buyers' holds are capped). */
async function buyBrooms(browser: Browser, quantity: number): Promise<void> {
  const buyer = await (await browser.newContext()).newPage();
  await buyer.goto("/products/choi-chit-viet-lam");
  await buyer.getByLabel("Số lượng").fill(String(quantity));
  await buyer.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(buyer.getByTestId("cart-count")).toContainText(String(quantity));
  await buyer.goto("/checkout");
  await buyer.getByLabel("Họ và tên").fill("Lê Thị Hoa");
  await buyer.getByLabel("Số điện thoại").fill(`097${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`);
  await buyer.getByLabel("Tỉnh/Thành phố").selectOption({ label: "Hà Nội" });
  // No communes of Hà Nội in the demo data: the commune is typed.
  await buyer.getByRole("combobox", { name: /Xã\/Phường/ }).selectOption({ label: "Ba Đình" });
  await buyer.getByLabel("Số nhà, đường, thôn/xóm").fill("Số 1 Hoàng Diệu");
  await buyer.getByLabel(/Thanh toán khi nhận hàng/).check();
  await buyer.getByRole("button", { name: "Xác nhận đặt hàng" }).click();
  await expect(buyer.getByText("Cảm ơn bạn! Đơn hàng đã được ghi nhận.")).toBeVisible({ timeout: 30_000 });
  await buyer.context().close();
}

async function openBroomProduct(page: Page): Promise<number> {
  await page.goto("/studio/products");
  await page.getByRole("link", { name: "Chổi chít Việt Lâm", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chổi chít Việt Lâm");
  return Number((await page.getByTestId("current-stock").textContent())!.replace(/\D/g, ""));
}

test("a sale made while the product form is open is not undone by saving it, and a stocktake counted before it is refused", async ({ page, browser }) => {
  await page.goto("/");
  await signIn(page, PRODUCER);
  const before = await openBroomProduct(page);
  // The form has no stock field to write back: stock changes only through adjustments.
  await expect(page.getByRole("spinbutton", { name: "Tồn kho" })).toHaveCount(0);

  await buyBrooms(browser, 5);

  // "Lưu" on the form opened before the sale, without touching anything.
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await expect(page.getByTestId("current-stock")).toHaveText(new Intl.NumberFormat("vi-VN").format(before - 5));

  // A stocktake typed on a page opened before another sale is refused with what changed.
  await buyBrooms(browser, 1);
  const stock = page.getByRole("form", { name: "Điều chỉnh tồn kho" });
  await stock.getByRole("combobox", { name: "Loại điều chỉnh" }).selectOption("STOCKTAKE");
  await stock.getByRole("spinbutton", { name: "Số lượng" }).fill(String(before - 5));
  await stock.getByRole("textbox", { name: "Lý do" }).fill("Kiểm kê cuối tuần");
  await stock.getByRole("button", { name: "Lưu điều chỉnh" }).click();
  const format = (n: number) => new Intl.NumberFormat("vi-VN").format(n);
  await expect(stock.getByRole("alert")).toContainText(`Tồn kho đã thay đổi từ ${format(before - 5)} thành ${format(before - 6)}`);
  await expect(stock.getByRole("alert")).toContainText("1 đã bán");
  // What was typed is still there; saved again, it is checked against the new number and recorded.
  await expect(stock.getByRole("spinbutton", { name: "Số lượng" })).toHaveValue(String(before - 5));
  await expect(stock.getByRole("combobox", { name: "Loại điều chỉnh" })).toHaveValue("STOCKTAKE");
  await stock.getByRole("button", { name: "Lưu điều chỉnh" }).click();
  await expect(page.getByText("Đã lưu điều chỉnh tồn kho.")).toBeVisible();
  await expect(page.getByTestId("current-stock")).toHaveText(format(before - 5));
  const history = page.getByRole("table", { name: "Lịch sử tồn kho (mới nhất trước)" });
  await expect(history.getByRole("row").nth(1)).toContainText("Kiểm kê cuối tuần");
  await expect(history).toContainText("Bán qua đơn");
});

test("prices are typed the Vietnamese way with a preview, and an ambiguous one is refused without losing the form", async ({ page }) => {
  await page.goto("/");
  await signIn(page, PRODUCER);
  await page.goto("/studio/products/new");
  await page.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).fill("Chổi chít loại nhỏ");
  await page.getByRole("textbox", { name: "Đơn vị bán", exact: true }).fill("chiếc");
  await page.getByRole("combobox", { name: "Nhóm sản phẩm OCOP" }).selectOption("HANDICRAFT");
  const price = page.getByRole("textbox", { name: "Giá (đồng)" });
  await price.fill("35.000");
  await expect(page.getByTestId("priceVnd-preview")).toHaveText(/^Sẽ lưu là 35\.000\s₫$/);
  await price.fill("35.5");
  await expect(page.getByTestId("priceVnd-preview")).toContainText("Không rõ số tiền này là bao nhiêu");

  // Sent anyway, the server refuses it with the same words, and every field keeps what was chosen.
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.locator("[id$='-priceVnd-error']")).toContainText("Không rõ số tiền này là bao nhiêu");
  await expect(page.getByRole("textbox", { name: "Tên sản phẩm", exact: true })).toHaveValue("Chổi chít loại nhỏ");
  await expect(page.getByRole("combobox", { name: "Nhóm sản phẩm OCOP" })).toHaveValue("HANDICRAFT");
  await expect(price).toHaveValue("35.5");

  await price.fill("35.000");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Giá (đồng)" })).toHaveValue("35000");
});

test("a product saved meanwhile in another tab is not overwritten: the refusal says what changed, in words, and keeps what was typed", async ({ page, context }) => {
  await page.goto("/");
  await signIn(page, PRODUCER);
  const name = `Chổi chít hai thẻ ${Date.now()}`;
  await page.goto("/studio/products/new");
  await page.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).fill(name);
  await page.getByRole("textbox", { name: "Đơn vị bán", exact: true }).fill("chiếc");
  await page.getByRole("combobox", { name: "Nhóm sản phẩm OCOP" }).selectOption("HANDICRAFT");
  await page.getByRole("textbox", { name: "Giá (đồng)" }).fill("35.000");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  const editUrl = page.url();

  // A second tab, opened now, changes the subgroup and the price and saves first.
  const other = await context.newPage();
  await other.goto(editUrl);
  await other.getByRole("combobox", { name: "Phân nhóm" }).selectOption({ label: "Sản phẩm từ sợi thực vật" });
  await other.getByRole("textbox", { name: "Giá (đồng)" }).fill("42.000");
  await other.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(other.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();

  // The first tab, still showing the old facts, saves a new unit: refused, with the other tab's changes.
  await page.getByRole("textbox", { name: "Đơn vị bán", exact: true }).fill("bó 5 chiếc");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "đã được lưu ở nơi khác" });
  await expect(alert).toContainText(/Giá \(đồng\) \(35\.000\s₫ → 42\.000\s₫\)/);
  await expect(alert).toContainText("Phân nhóm (— → Sản phẩm từ sợi thực vật)");
  // What this tab typed stays; what it had not touched now shows the other tab's values.
  await expect(page.getByRole("textbox", { name: "Đơn vị bán", exact: true })).toHaveValue("bó 5 chiếc");
  await expect(page.getByRole("textbox", { name: "Giá (đồng)" })).toHaveValue("42000");
  await expect(page.getByRole("combobox", { name: "Phân nhóm" }).locator("option:checked")).toHaveText("Sản phẩm từ sợi thực vật");

  // Saved again, it is checked against what is there now: both tabs' changes are kept. The page
  // already says "Đã lưu." (its address kept ?saved=1 through the refusal), so wait for the save's
  // answer itself: navigating before it arrives aborts the save in flight.
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.url().startsWith(editUrl.split("?")[0]));
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await answered;
  await page.goto(editUrl);
  await expect(page.getByRole("textbox", { name: "Đơn vị bán", exact: true })).toHaveValue("bó 5 chiếc");
  await expect(page.getByRole("textbox", { name: "Giá (đồng)" })).toHaveValue("42000");
  await expect(page.getByRole("combobox", { name: "Phân nhóm" }).locator("option:checked")).toHaveText("Sản phẩm từ sợi thực vật");
});
