import { expect, test } from "@playwright/test";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

// A scan small enough to type: the bytes a PDF reader and file-type both recognise.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("the certificate form keeps every choice after an error, and records an unusual decision once the officer confirms it", async ({ page, browser }) => {
  // A long journey (two refusals, a held warning, a recording, the scan, the public page).
  test.setTimeout(240_000);
  await signIn(page, OFFICER);
  await page.goto("/admin/certificates/new?q=ruou+ngo+thuan+hoa");
  await page.getByRole("link", { name: "Rượu ngô men lá Thuận Hòa" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rượu ngô men lá Thuận Hòa");
  const form = page.locator("form", { has: page.getByRole("button", { name: /^Ghi nhận$|^Xác nhận và ghi nhận$/ }) });

  // Every id on the page is unique (the record form and each certificate's forms used to share them).
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    return ids.filter((id, index) => ids.indexOf(id) !== index);
  });
  expect(duplicates).toEqual([]);

  // A district 4★ dated after districts ended: refused, as the officer types and again by the server.
  await form.getByLabel("Số sao").selectOption("4");
  await form.getByLabel("Cấp công nhận").selectOption("DISTRICT");
  await form.getByLabel("Điểm").fill("78");
  await form.getByLabel("Số quyết định").fill("2207/QĐ-UBND");
  await form.getByLabel("Ngày ký quyết định").fill("2025-08-01");
  await form.getByLabel("Cơ quan ban hành").fill("UBND huyện Vị Xuyên");
  await form.getByLabel("Địa chỉ ghi trên quyết định").fill("Thôn Khuổi Luồn, xã Thuận Hòa, huyện Vị Xuyên, tỉnh Hà Giang");
  await form.getByLabel("Bản quét giấy chứng nhận").setInputFiles({ name: "quyet-dinh.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(form.getByText(/Từ ngày 01\/07\/2025 không còn cấp huyện/)).toBeVisible();
  await form.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(form.getByRole("alert")).toContainText("Thông tin chưa hợp lệ");

  // Nothing typed or chosen was lost: not 3★, not "Tỉnh", and the scan is kept.
  await expect(form.getByLabel("Số sao")).toHaveValue("4");
  await expect(form.getByLabel("Cấp công nhận")).toHaveValue("DISTRICT");
  await expect(form.getByLabel("Điểm")).toHaveValue("78");
  await expect(form.getByLabel("Số quyết định")).toHaveValue("2207/QĐ-UBND");
  await expect(form.getByLabel("Ngày ký quyết định")).toHaveValue("2025-08-01");
  await expect(form.getByLabel("Cơ quan ban hành")).toHaveValue("UBND huyện Vị Xuyên");
  await expect(form.getByLabel("Địa chỉ ghi trên quyết định")).toHaveValue("Thôn Khuổi Luồn, xã Thuận Hòa, huyện Vị Xuyên, tỉnh Hà Giang");
  await expect(form.getByText(/Đã tải lên bản quét \(PDF\)/)).toBeVisible();

  // The real decision: a province 3★ of 14/06/2024, when 3★ was the district's — allowed, but unusual.
  await form.getByLabel("Số sao").selectOption("3");
  await form.getByLabel("Cấp công nhận").selectOption("PROVINCE");
  await form.getByLabel("Điểm").fill("58");
  await form.getByLabel("Ngày ký quyết định").fill("2024-06-14");
  await form.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Hà Giang");
  await expect(form.getByText(/sản phẩm 3 sao do cấp huyện công nhận/)).toBeVisible();
  await expect(form.getByText("Hiệu lực đến 14/06/2027 (36 tháng kể từ ngày ký).")).toBeVisible();

  // Not confirmed: the server holds it and keeps everything. The warning shows before posting too, so
  // wait for the server's reply (the form remounts with it) before ticking the box, as an officer would.
  const held = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  await form.getByRole("button", { name: "Xác nhận và ghi nhận" }).click();
  await held;
  await expect(form.getByRole("button", { name: "Xác nhận và ghi nhận" })).toBeEnabled();
  await expect(form.getByRole("region", { name: "Cần xác nhận trước khi ghi nhận" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /2207\/QĐ-UBND/ })).toHaveCount(0);
  await expect(form.getByLabel("Cấp công nhận")).toHaveValue("PROVINCE");
  await expect(form.getByLabel("Điểm")).toHaveValue("58");

  await form.getByLabel("Tôi đã kiểm tra với quyết định gốc: thông tin đúng.").check();
  await form.getByRole("button", { name: "Xác nhận và ghi nhận" }).click();
  await expect(page.getByText("Đã ghi nhận chứng nhận.")).toBeVisible();

  const entry = page.locator("article", { has: page.getByRole("heading", { name: /2207\/QĐ-UBND/ }) });
  await expect(entry.getByRole("heading")).toHaveText("3★ · 2207/QĐ-UBND · UBND tỉnh Hà Giang · còn hiệu lực");
  await expect(entry).toContainText("Cán bộ đã xác nhận: tỉnh công nhận 3 sao trong thời gian cấp huyện công nhận 3 sao");
  await expect(entry).toContainText("Thôn Khuổi Luồn, xã Thuận Hòa, huyện Vị Xuyên, tỉnh Hà Giang");
  // The 2022 decision it replaced says so.
  await expect(page.locator("article", { has: page.getByRole("heading", { name: /2105\/QĐ-UBND/ }) })).toContainText(
    "Được thay thế bởi Quyết định 2207/QĐ-UBND của UBND tỉnh Hà Giang, ngày 14/06/2024",
  );

  // The scan is served to officers, and to nobody outside.
  const scanHref = await entry.getByRole("link", { name: "Xem bản quét" }).getAttribute("href");
  const scan = await page.request.get(scanHref!);
  expect(scan.status()).toBe(200);
  expect(scan.headers()["content-type"]).toBe("application/pdf");
  expect(scan.headers()["cache-control"]).toBe("private, no-store");
  expect(Buffer.from(await scan.body()).equals(PDF)).toBe(true);
  const scanUrl = new URL(scanHref!, page.url()).toString();
  const stranger = await browser.newContext();
  expect((await stranger.request.get(scanUrl)).status()).toBe(401);
  await stranger.close();
  // The demo producer account belongs to another cooperative (the brooms), not the liquor's.
  const producer = await browser.newContext();
  const producerPage = await producer.newPage();
  await signIn(producerPage, PRODUCER);
  expect((await producerPage.request.get(scanUrl)).status()).toBe(404);
  await producer.close();

  // The public history names the body with the number: the new decision first, and the 2022 one says what replaced it.
  await page.goto("/products/ruou-ngo-men-la-thuan-hoa");
  const history = page.getByRole("region", { name: "Lịch sử chứng nhận OCOP" }).getByRole("listitem");
  await expect(history.first()).toContainText("Quyết định 2207/QĐ-UBND của UBND tỉnh Hà Giang, ngày 14/06/2024 · Còn hiệu lực");
  await expect(history.nth(1)).toContainText("Được thay thế bởi Quyết định 2207/QĐ-UBND của UBND tỉnh Hà Giang, ngày 14/06/2024");
});
