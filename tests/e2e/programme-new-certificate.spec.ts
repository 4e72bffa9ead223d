import { expect, test } from "@playwright/test";
import { today } from "../../lib/clock";
import { OFFICER, signIn } from "./support/auth";

test("an officer records a new 3★ certificate: today's figure counts it at once, the ended period's frozen figure does not", async ({ page }) => {
  await page.goto("/programme");
  const frozen = page.getByTestId("value-products_3star_plus");
  const todayFigure = page.getByTestId("today-products_3star_plus");
  // The demo district as seeded (this spec runs in the baseline project, after the dashboard's).
  await expect(frozen).toHaveText("19");
  await expect(todayFigure).toContainText(": 19");

  await signIn(page, OFFICER);
  await page.goto("/admin/certificates");
  await page.getByRole("link", { name: "Ghi nhận quyết định mới" }).click();
  await page.getByLabel("Tên sản phẩm, chủ thể hoặc xã").fill("mat ong rung thuong son");
  await page.getByRole("button", { name: "Tìm sản phẩm" }).click();
  // Mật ong rừng Thượng Sơn awaits review and has no certificate in the demo data.
  await page.getByRole("link", { name: "Mật ong rừng Thượng Sơn" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mật ong rừng Thượng Sơn");
  await page.getByLabel("Số sao").selectOption("3");
  await page.getByLabel("Cấp công nhận").selectOption("PROVINCE");
  await page.getByLabel("Điểm").fill("62");
  await page.getByLabel("Số quyết định").fill(`${Date.now() % 100000}/QĐ-UBND`);
  await page.getByLabel("Ngày ký quyết định").fill(today());
  await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Tuyên Quang");
  await page.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(page.getByText("Đã ghi nhận chứng nhận.")).toBeVisible();

  // 2021–2025 ended on 31/12/2025: a decision signed today is not the period's.
  await page.goto("/programme");
  await expect(frozen).toHaveText("19");
  await expect(todayFigure).toContainText(": 20");
  await page.goto("/programme/list?metric=products_3star_plus&stars=3");
  await expect(page.getByTestId("list-total")).toHaveText("Tổng: 17");
  await expect(page.getByRole("rowheader", { name: "Mật ong rừng Thượng Sơn" })).toHaveCount(0);
});
