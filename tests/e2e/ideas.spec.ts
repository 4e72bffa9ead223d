import { expect, test } from "@playwright/test";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

test("a visitor proposes a product idea, an officer accepts it, and the programme counts it by commune", async ({ page, browser }) => {
  const title = `Miến dong ${Date.now()}`;
  await page.goto("/ideas/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký ý tưởng sản phẩm OCOP");

  // Missing fields: errors next to them, nothing typed lost.
  await page.getByLabel("Tên ý tưởng").fill(title);
  await page.getByRole("button", { name: "Gửi ý tưởng" }).click();
  await expect(page.getByLabel("Mô tả sản phẩm")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Tên ý tưởng")).toHaveValue(title);

  await page.getByLabel("Mô tả sản phẩm").fill("Miến làm từ củ dong riềng trồng trên nương.");
  await page.getByLabel("Nhóm sản phẩm").selectOption("FOOD");
  // Thanh Thủy, whose commune plan (2026–2030) counts the ideas registered in its period.
  const communeName = "Thanh Thủy";
  // The commune through its province, from the official list (3,321 communes would be one heavy list).
  await page.getByLabel("Tỉnh/Thành phố").selectOption({ label: "Tuyên Quang" });
  await page.getByRole("combobox", { name: /Xã\/Phường/ }).selectOption({ label: communeName });
  await page.getByLabel("Họ tên người đề xuất").fill("Nguyễn Thị Lan");
  await page.getByLabel("Số điện thoại hoặc email").fill("0912345678");
  await page.getByRole("button", { name: "Gửi ý tưởng" }).click();
  await expect(page.getByText("Cảm ơn bạn! Ý tưởng đã được ghi nhận.")).toBeVisible();

  // Only officers see the inbox.
  const producer = await (await browser.newContext()).newPage();
  await signIn(producer, PRODUCER);
  expect((await producer.goto("/admin/ideas"))?.status()).toBe(404);

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, OFFICER);
  await officer.goto("/admin/ideas");
  // The newest idea comes first; it is decided from its own row and the list comes back as it was.
  const idea = officer.getByTestId("idea-row").filter({ hasText: title });
  await expect(idea).toContainText("Nguyễn Thị Lan");
  await expect(idea).toContainText(communeName);
  await idea.getByLabel("Xử lý").selectOption("ACCEPTED");
  await idea.getByRole("button", { name: "Lưu" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await expect(officer.getByTestId("idea-row").filter({ hasText: title })).toContainText("Chấp nhận");

  await officer.goto("/programme/ocop-xa-thanh-thuy-2026-2030");
  const byCommune = officer.getByRole("table", { name: /Ý tưởng sản phẩm đăng ký trong giai đoạn, theo xã/ });
  await expect(byCommune.getByRole("row", { name: new RegExp(`^${communeName}`) })).toBeVisible();
});

test("without JavaScript, a visitor chooses the province first and gets its communes back, with what was typed", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/ideas/new");
  await page.getByLabel("Tên ý tưởng").fill("Mật ong bạc hà");
  await page.getByLabel("Tỉnh/Thành phố").selectOption({ label: "Hà Nội" });
  await page.getByRole("button", { name: "Chọn tỉnh này" }).click();
  await expect(page.getByLabel("Tên ý tưởng")).toHaveValue("Mật ong bạc hà");
  await expect(page.getByLabel("Tỉnh/Thành phố")).toHaveValue("01");
  const communes = page.getByRole("combobox", { name: /Xã\/Phường/ });
  await expect(communes.getByRole("option", { name: "Hoàn Kiếm", exact: true })).toHaveCount(1);
  await expect(communes.getByRole("option")).toHaveCount(127);
});
