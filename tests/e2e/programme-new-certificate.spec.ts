import { expect, test } from "@playwright/test";
import { today } from "../../lib/clock";
import { OFFICER, signIn } from "./support/auth";

test("an officer records a new 3★ certificate and /programme counts it at once", async ({ page }) => {
  await page.goto("/programme");
  const now = page.getByTestId("now-products_3star_plus");
  // The demo district as seeded (this spec runs in the baseline project, after the dashboard's).
  await expect(now).toHaveText("19");

  await signIn(page, OFFICER);
  await page.goto("/admin/certificates");
  // Mật ong rừng Thượng Sơn awaits review and has no certificate in the demo data.
  await page.getByRole("link", { name: "Mật ong rừng Thượng Sơn" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mật ong rừng Thượng Sơn");
  await page.getByLabel("Số sao").selectOption("3");
  await page.getByLabel("Điểm").fill("62");
  await page.getByLabel("Số quyết định").fill(`${Date.now() % 100000}/QĐ-UBND`);
  await page.getByLabel("Ngày quyết định").fill(today());
  await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Tuyên Quang");
  await page.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(page.getByText("Đã ghi nhận chứng nhận.")).toBeVisible();

  await page.goto("/programme");
  await expect(now).toHaveText("20");
  const byStars = page.getByRole("table", { name: /theo hạng sao/ });
  await byStars.getByRole("row", { name: /^3 sao/ }).getByRole("link").click();
  await expect(page.getByRole("rowheader", { name: "Mật ong rừng Thượng Sơn" })).toBeVisible();
});
