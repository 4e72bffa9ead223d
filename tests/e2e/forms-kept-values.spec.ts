import { expect, test, type Page } from "@playwright/test";
import { today } from "../../lib/clock";
import { OFFICER, signIn } from "./support/auth";

/*
 * The form kit's promise (docs/architecture.md, "How to write a form"): after an error every choice
 * stays as the user left it, selects included. React resets a form after its action runs, which
 * used to put the stars back to 3★; without JavaScript the page is rendered again from the reply.
 * Nothing is written: each post is refused for the missing decision number.
 */
async function postIncompleteCertificate(page: Page) {
  await signIn(page, OFFICER);
  // A product found the way an officer records a new decision (earlier journeys may have given it one:
  // each recorded certificate has a correction form of its own, so the new decision's form is named).
  await page.goto("/admin/certificates/new?q=mat+ong+rung+thuong+son");
  await page.getByRole("link", { name: "Mật ong rừng Thượng Sơn" }).first().click();
  // Its button asks for a confirmation when the decision warns (the product may have one of today).
  const record = page.getByRole("button", { name: /^Ghi nhận$|^Xác nhận và ghi nhận$/ });
  const form = page.locator("form", { has: record });
  await form.getByLabel("Số sao", { exact: true }).selectOption("5");
  await form.getByLabel("Cấp công nhận", { exact: true }).selectOption("NATIONAL");
  await form.getByLabel("Điểm (trên 100)", { exact: true }).fill("91");
  await form.getByLabel("Ngày ký quyết định", { exact: true }).fill(today());
  await form.getByLabel("Cơ quan ban hành", { exact: true }).fill("UBND tỉnh Tuyên Quang");
  await form.getByRole("button", { name: /^Ghi nhận$|^Xác nhận và ghi nhận$/ }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu." })).toBeVisible();
  await expect(form.getByLabel("Số quyết định", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Số sao", { exact: true })).toHaveValue("5");
  await expect(form.getByLabel("Cấp công nhận", { exact: true })).toHaveValue("NATIONAL");
  await expect(form.getByLabel("Điểm (trên 100)", { exact: true })).toHaveValue("91");
  await expect(form.getByLabel("Ngày ký quyết định", { exact: true })).toHaveValue(today());
  await expect(form.getByLabel("Cơ quan ban hành", { exact: true })).toHaveValue("UBND tỉnh Tuyên Quang");
  return form;
}

test("an officer's certificate form keeps 5★ and the level after an error, and moves to the field to fix", async ({ page }) => {
  const form = await postIncompleteCertificate(page);
  await expect(form.getByLabel("Số quyết định", { exact: true })).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form keeps every choice when the page is rendered from the reply", async ({ page }) => {
    await postIncompleteCertificate(page);
  });
});
