import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { E2E_STATE_FILE } from "../../playwright.config";
import { cookieFrom, postPageForm } from "../support/http-client";
import { PRODUCER, signIn } from "./support/auth";

/** The same build on the same database, served as a public site would be (scripts/e2e-server.ts). */
const { httpsSite } = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { httpsSite: string };
/** That instance's PUBLIC_BASE_URL: the address printed labels must carry. */
const PUBLIC_BASE_URL = "https://ocop.example.vn";

test("a producer records a batch with two events and a lab result, is warned that labels would point at this machine, prints them on a public site, and the QR link shows the timeline", async ({ page, browser }) => {
  // Two sites, three browsers and a QR read back from pixels: more than a minute on a loaded machine.
  test.setTimeout(180_000);
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
  // Days are written day-month-year: typed as 2026-10-20 and 2028-10-20, shown as such.
  await expect(page.getByText(/20\/10\/2026.*20\/10\/2028/)).toBeVisible();

  const addEvent = async (type: string, date: string, place: string) => {
    const form = page.getByRole("form", { name: "Thêm sự kiện" });
    await form.getByRole("combobox", { name: "Loại sự kiện" }).selectOption(type);
    await form.locator("input[name=occurredOn]").fill(date);
    await form.getByRole("textbox", { name: "Địa điểm" }).fill(place);
    await form.getByRole("textbox", { name: "Người / đơn vị thực hiện" }).fill("HTX Chổi chít Việt Lâm");
    await form.getByRole("button", { name: "Thêm sự kiện" }).click();
    await expect(page.locator("main ol").getByText(place)).toBeVisible();
  };
  await addEvent("PACKAGING", "2026-10-20", "Xưởng đóng gói Việt Lâm");
  await addEvent("HARVEST", "2026-10-05", "Đồi cây chít Việt Lâm");

  const lab = page.getByRole("form", { name: "Thêm kết quả kiểm nghiệm" });
  await lab.getByRole("textbox", { name: "Chỉ tiêu" }).fill("Độ ẩm");
  await lab.getByRole("textbox", { name: "Kết quả" }).fill("11");
  await lab.getByRole("textbox", { name: "Phòng thử nghiệm" }).fill("Quatest 1");
  await lab.locator("input[name=testedOn]").fill("2026-10-21");
  await lab.getByRole("button", { name: "Thêm kết quả kiểm nghiệm" }).click();
  await expect(page.getByText("Độ ẩm: 11")).toBeVisible();

  // This test server's address is http://127.0.0.1:<port>: labels printed now would point at this
  // machine, so the sheet says so instead of printing QR codes, and names the address they would carry.
  await page.getByRole("link", { name: "In tem QR" }).click();
  const warning = page.getByRole("main").getByRole("alert");
  await expect(warning).toContainText("Chưa thể in tem QR");
  await expect(warning).toContainText("tức chính máy chủ này");
  await expect(page.locator("[data-qr-url]")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "In" })).toHaveCount(0);
  const qrUrl = await warning.locator("code").textContent();
  expect(qrUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/01\/\d{14}\/10\//);
  const batchPage = page.url().replace(/\/labels.*$/, "");
  const batchId = new URL(batchPage).pathname.split("/").pop();

  // The same sheet on the site configured with its public address: QR codes that carry that address
  // (read back from the printed image itself), and "In" opens the browser's print dialog.
  // Four device pixels per CSS pixel: the 80 px code is read from its own pixels, as a phone camera would.
  // That instance's cookies are Secure (__Secure- prefixed), which Chromium keeps for an https page
  // only; signed in over HTTP as a script would, its session goes along with every request instead.
  const signedIn = await postPageForm(httpsSite, "/login", { ...PRODUCER, locale: "vi" });
  const session = `__Secure-next-auth.session-token=${cookieFrom(signedIn.setCookies, "__Secure-next-auth.session-token")}`;
  const site = await browser.newContext({ baseURL: httpsSite, deviceScaleFactor: 4, extraHTTPHeaders: { cookie: session } });
  const sheet = await site.newPage();
  // The fullest sheet (240 labels, ten A4 pages) stays under 300 kB of HTML: the code is drawn once.
  const fullest = await site.request.get(`/studio/batches/${batchId}/labels?count=240`);
  const fullestHtml = (await fullest.body()).toString("utf8");
  expect(fullest.status()).toBe(200);
  expect(fullestHtml.match(/data-qr-url=/g)).toHaveLength(240);
  expect(Buffer.byteLength(fullestHtml)).toBeLessThan(300 * 1024);
  await sheet.goto(`/studio/batches/${batchId}/labels?count=3`);
  await expect(sheet.getByRole("main").getByRole("alert")).toHaveCount(0);
  const labels = sheet.locator("[data-qr-url]");
  await expect(labels).toHaveCount(3);
  const encoded = new URL(new URL(qrUrl!).pathname + new URL(qrUrl!).search, PUBLIC_BASE_URL).toString();
  await expect(labels.first()).toHaveAttribute("data-qr-url", encoded);
  const image = PNG.sync.read(await labels.first().screenshot({ scale: "device" }));
  expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(encoded);
  await sheet.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  await sheet.getByRole("button", { name: "In", exact: true }).click();
  expect(await sheet.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // On paper: the labels alone, without the site's header, the count form or the button.
  const onScreenOnly = [sheet.locator("body > header"), sheet.locator("button", { hasText: /^In$/ }), sheet.locator('input[name="count"]')];
  for (const part of onScreenOnly) await expect(part).toBeVisible();
  await sheet.emulateMedia({ media: "print" });
  for (const part of onScreenOnly) await expect(part).toBeHidden();
  await expect(labels.first()).toBeVisible();
  await site.close();

  // The QR images the studio hands out are refused the same way.
  const png = await page.request.get(`/api/studio/batches/${batchId}/qr?format=png`);
  expect(png.status()).toBe(409);
  expect(await png.json()).toMatchObject({ details: { reason: "NON_PUBLIC_BASE_URL" } });

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
