import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { PRODUCER, signIn } from "./support/auth";

test("a producer records a batch with two events and a lab result, prints labels, and the QR link shows the timeline", async ({ page, browser }) => {
  await page.goto("/");
  await signIn(page, PRODUCER);
  const lot = `E2E-${Date.now()}`;
  await page.goto("/studio/batches/new");
  await page.getByRole("combobox", { name: "Sản phẩm" }).selectOption({ label: "Chổi chít Việt Lâm" });
  await page.getByRole("textbox", { name: "Mã lô" }).fill(lot);
  await page.getByLabel(/^Ngày sản xuất/).fill("2026-10-20");
  await page.getByLabel(/^Hạn sử dụng/).fill("2028-10-20");
  await page.getByRole("spinbutton", { name: "Số lượng" }).fill("300");
  await page.getByRole("button", { name: "Tạo lô" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(lot);

  const addEvent = async (type: string, date: string, place: string) => {
    await page.getByRole("combobox", { name: "Loại sự kiện" }).selectOption(type);
    await page.locator("input[name=occurredOn]").fill(date);
    await page.getByRole("textbox", { name: "Địa điểm" }).fill(place);
    await page.getByRole("textbox", { name: "Người / đơn vị thực hiện" }).fill("HTX Chổi chít Việt Lâm");
    await page.getByRole("button", { name: "Thêm sự kiện" }).click();
    await expect(page.locator("main ol").getByText(place)).toBeVisible();
  };
  await addEvent("PACKAGING", "2026-10-20", "Xưởng đóng gói Việt Lâm");
  await addEvent("HARVEST", "2026-10-05", "Đồi cây chít Việt Lâm");

  await page.getByRole("textbox", { name: "Chỉ tiêu" }).fill("Độ ẩm");
  await page.getByRole("textbox", { name: "Kết quả" }).fill("11");
  await page.getByRole("textbox", { name: "Phòng thử nghiệm" }).fill("Quatest 1");
  await page.locator("input[name=testedOn]").fill("2026-10-21");
  await page.getByRole("button", { name: "Thêm kết quả kiểm nghiệm" }).click();
  await expect(page.getByText("Độ ẩm: 11")).toBeVisible();

  await page.getByRole("link", { name: "In tem QR" }).click();
  await page.getByRole("spinbutton", { name: "Số tem" }).fill("6");
  await page.getByRole("button", { name: "In" }).click();
  const labels = page.getByRole("list", { name: "In tem QR" }).getByRole("listitem");
  await expect(labels).toHaveCount(6);
  await expect(labels.first()).toContainText(lot);
  // Labelling rules want day-month-year: the dates typed as 2026-10-20 and 2028-10-20 print as such.
  await expect(labels.first()).toContainText("20/10/2026");
  await expect(labels.first()).toContainText("20/10/2028");
  const qrUrl = await labels.first().locator("[data-qr-url]").getAttribute("data-qr-url");
  expect(qrUrl).toBeTruthy();
  const batchPage = page.url().replace(/\/labels.*$/, "");
  const batchId = new URL(batchPage).pathname.split("/").pop();

  // The PNG the studio hands out decodes back to that URL.
  const png = await page.request.get(`/api/studio/batches/${batchId}/qr?format=png`);
  expect(png.headers()["content-type"]).toBe("image/png");
  const image = PNG.sync.read(await png.body());
  expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(qrUrl);

  // The QR's URL in a fresh browser without JavaScript: the timeline in date order.
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "vi-VN" });
  const scan = await context.newPage();
  const base = new URL(page.url()).origin;
  await scan.goto(new URL(new URL(qrUrl!).pathname + new URL(qrUrl!).search, base).toString());
  await expect(scan.getByRole("heading", { name: "Nhật ký sản xuất" })).toBeVisible();
  const steps = scan.locator("ol li");
  await expect(steps.nth(0)).toContainText("Thu hoạch");
  await expect(steps.nth(1)).toContainText("Đóng gói");
  await expect(scan.getByRole("cell", { name: "Đạt" })).toBeVisible();
  // Reading the page from a link on the site is not a scan; the QR visit was.
  const tracePath = new URL(scan.url()).pathname;
  await scan.goto(new URL(tracePath, base).toString());
  await expect(scan.getByRole("heading", { name: "Nhật ký sản xuất" })).toBeVisible();
  // Printed, the page keeps the facts and drops the links meant for the screen.
  await scan.emulateMedia({ media: "print" });
  await expect(scan.getByRole("heading", { name: "Nhật ký sản xuất" })).toBeVisible();
  await expect(scan.getByRole("link", { name: "Báo cáo vấn đề với lô hàng này" })).toBeHidden();
  await scan.emulateMedia({ media: "screen" });
  // The same batch in English.
  await scan.goto(new URL(`/en${tracePath}`, base).toString());
  await expect(scan.locator("html")).toHaveAttribute("lang", "en");
  await expect(scan.getByRole("heading", { name: "Production diary" })).toBeVisible();
  await context.close();

  await page.goto(batchPage);
  await expect(page.getByText(/Lượt quét: 1$/)).toBeVisible();
});

test("an unknown batch is a 404 and a malformed Digital Link a 400", async ({ request }) => {
  expect((await request.get("/trace/KHONG-CO")).status()).toBe(404);
  expect((await request.get("/01/8934588012229/10/A", { maxRedirects: 0 })).status()).toBe(400);
});

test("a trace page writes every date day-month-year and sends reports to the producer, never to a made-up address", async ({ page }) => {
  // Thanh Thủy's tea lot (demo data): made 2026-04-18, tested 2026-04-25, recognised 3★ on 2024-06-14
  // (valid 36 months), VietGAP from 2025-02-01 for 36 months; the cooperative has a phone but no e-mail.
  await page.goto("/trace/VX-TT-2026-01");
  await expect(page.getByRole("region", { name: "Thông tin lô" })).toContainText("18/04/2026");
  await expect(page.getByRole("row").filter({ hasText: "Độ ẩm" })).toContainText("25/04/2026");
  await expect(page.getByRole("region", { name: /OCOP 3 sao/ })).toContainText("14/06/2024");
  await expect(page.getByRole("region", { name: /OCOP 3 sao/ })).toContainText("14/06/2027");
  await expect(page.getByRole("listitem").filter({ hasText: "VietGAP" })).toContainText("01/02/2028");
  await expect(page.locator("main")).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole("link", { name: "Báo cáo vấn đề với lô hàng này" })).toHaveAttribute("href", "tel:0912000103");
  await expect(page.locator('a[href*="gov.vn"]')).toHaveCount(0);

  await page.goto("/en/trace/VX-TT-2026-01");
  await expect(page.locator("main")).toContainText("18 Apr 2026");
  await expect(page.getByRole("region", { name: /OCOP 3 stars/ })).toContainText("14 Jun 2027");
});
