import { expect, test, type Page } from "@playwright/test";
import { addDays, today } from "../../lib/clock";
import { PRODUCER, signIn } from "./support/auth";

/*
 * Issue 14: after any validation error the batch form put Sản phẩm back to the first product, so a
 * corrected resubmit filed the batch under the wrong product. A producer on a phone picks a product
 * that is not the first, fills every field, gets one wrong (the expiry before the production day)
 * and finds every choice as it was, with JavaScript and without (the page rendered from the reply).
 * Nothing is written: the lot code is new to each run and no batch with it appears.
 */

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function postBatchWithWrongExpiry(page: Page) {
  await signIn(page, PRODUCER);
  await page.goto("/studio/batches/new");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Tạo lô" }) });
  const product = form.getByRole("combobox", { name: "Sản phẩm" });
  const options = await product.locator("option").evaluateAll((nodes) => nodes.map((n) => ({ value: (n as HTMLOptionElement).value, label: n.textContent ?? "" })));
  // The demo cooperative sells more than one product: the one chosen is not the one a reset gives.
  expect(options.length).toBeGreaterThan(1);
  const chosen = options[options.length - 1];
  expect(chosen.value).not.toBe(options[0].value);

  const lot = `GIU-${Date.now()}`;
  const made = addDays(today(), -10);
  const expires = addDays(today(), -20);
  await product.selectOption(chosen.value);
  await form.getByRole("textbox", { name: "Mã lô" }).fill(lot);
  await form.getByLabel(/^Ngày sản xuất/).fill(made);
  await form.getByLabel(/^Hạn sử dụng/).fill(expires);
  await form.getByRole("spinbutton", { name: "Số lượng" }).fill("120");
  await form.getByRole("textbox", { name: "Đơn vị" }).fill("chiếc");
  await form.getByRole("textbox", { name: "Vùng trồng / nuôi" }).fill("Đồi chít thôn Nậm Ngặt");
  await form.getByRole("textbox", { name: "Mã vùng trồng" }).fill("VN-TQ-0042");
  await form.getByLabel("Công khai trang truy xuất").uncheck();
  await form.getByRole("button", { name: "Tạo lô" }).click();

  // Refused, with the reason at the field to fix…
  await expect(form.getByRole("alert").filter({ hasText: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu." })).toBeVisible();
  await expect(form.getByLabel(/^Hạn sử dụng/)).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("Hạn sử dụng phải từ ngày sản xuất trở đi.");
  // …and every choice as the producer left it: the product above all.
  await expect(product).toHaveValue(chosen.value);
  await expect(product.locator("option:checked")).toHaveText(chosen.label);
  await expect(form.getByRole("textbox", { name: "Mã lô" })).toHaveValue(lot);
  await expect(form.getByLabel(/^Ngày sản xuất/)).toHaveValue(made);
  await expect(form.getByLabel(/^Hạn sử dụng/)).toHaveValue(expires);
  await expect(form.getByRole("spinbutton", { name: "Số lượng" })).toHaveValue("120");
  await expect(form.getByRole("textbox", { name: "Đơn vị" })).toHaveValue("chiếc");
  await expect(form.getByRole("textbox", { name: "Vùng trồng / nuôi" })).toHaveValue("Đồi chít thôn Nậm Ngặt");
  await expect(form.getByRole("textbox", { name: "Mã vùng trồng" })).toHaveValue("VN-TQ-0042");
  await expect(form.getByLabel("Công khai trang truy xuất")).not.toBeChecked();

  // Nothing was recorded.
  await page.goto("/studio/batches");
  await expect(page.getByRole("main")).not.toContainText(lot);
}

test("the batch form keeps the chosen product and every other choice after an error", async ({ page }) => {
  await postBatchWithWrongExpiry(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the batch form rendered from the reply keeps the chosen product and every other choice", async ({ page }) => {
    await postBatchWithWrongExpiry(page);
  });
});
