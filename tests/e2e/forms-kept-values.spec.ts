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
  // A product without a certificate yet, found the way an officer records its first decision.
  await page.goto("/admin/certificates/new?q=mat+ong+rung+thuong+son");
  await page.getByRole("link", { name: "Mật ong rừng Thượng Sơn" }).first().click();
  await page.getByLabel("Số sao", { exact: true }).selectOption("5");
  await page.getByLabel("Cấp công nhận", { exact: true }).selectOption("NATIONAL");
  await page.getByLabel("Điểm (trên 100)", { exact: true }).fill("91");
  await page.getByLabel("Ngày ký quyết định", { exact: true }).fill(today());
  await page.getByLabel("Cơ quan ban hành", { exact: true }).fill("UBND tỉnh Tuyên Quang");
  await page.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu." })).toBeVisible();
  await expect(page.getByLabel("Số quyết định", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Số sao", { exact: true })).toHaveValue("5");
  await expect(page.getByLabel("Cấp công nhận", { exact: true })).toHaveValue("NATIONAL");
  await expect(page.getByLabel("Điểm (trên 100)", { exact: true })).toHaveValue("91");
  await expect(page.getByLabel("Ngày ký quyết định", { exact: true })).toHaveValue(today());
  await expect(page.getByLabel("Cơ quan ban hành", { exact: true })).toHaveValue("UBND tỉnh Tuyên Quang");
}

test("an officer's certificate form keeps 5★ and the level after an error, and moves to the field to fix", async ({ page }) => {
  await postIncompleteCertificate(page);
  await expect(page.getByLabel("Số quyết định", { exact: true })).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form keeps every choice when the page is rendered from the reply", async ({ page }) => {
    await postIncompleteCertificate(page);
  });
});
