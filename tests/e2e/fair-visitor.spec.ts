import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addDays, today } from "../../lib/clock";
import { OFFICER, signIn } from "./support/auth";

/**
 * A fair as a visitor meets it on a 390 px phone (issue 16 item 6): when it opens (days and daily
 * hours), where it is and how to get there, who exhibits what at which booth; the exhibitor's
 * information (fees, deadline, booth plan) one link away. Facts from the demo seed
 * (prisma/seed/demo-data.ts, DEMO_FAIRS); the run's clock is pinned to the demo's reference day.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const TUYEN_QUANG = "/fairs/hoi-cho-ocop-tuyen-quang-2027";
const HA_GIANG = "/fairs/phien-cho-ocop-ha-giang-2025";

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
}

test("a visitor sees when and where the fair is and how to get there; exhibitors' terms are one link away", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(TUYEN_QUANG);
  await expect(page.getByRole("heading", { level: 1, name: "Hội chợ OCOP tỉnh Tuyên Quang 2027" })).toBeVisible();
  await expect(page.getByTestId("fair-phase")).toHaveText("Sắp diễn ra");
  const visit = page.getByRole("region", { name: "Thông tin tham quan" });
  await expect(visit).toContainText("15/01/2027 – 19/01/2027");
  await expect(visit).toContainText("08:00–22:00 hằng ngày");
  await expect(visit).toContainText("Ngày khai mạc (15/01) mở cửa từ 14:00");
  await expect(visit.locator("address")).toContainText("Quảng trường Nguyễn Tất Thành");
  await expect(visit).toContainText("bến xe Tuyên Quang");
  // An ordinary link to a maps search for the place: no map script on the page.
  const map = new URL((await visit.getByRole("link", { name: "Xem trên bản đồ (Google Maps)" }).getAttribute("href"))!);
  expect(map.origin + map.pathname).toBe("https://www.google.com/maps/search/");
  expect(map.searchParams.get("query")).toContain("Quảng trường Nguyễn Tất Thành");
  expect(map.searchParams.get("query")).toContain("Tuyên Quang");
  await expect(visit.getByRole("link", { name: "Thêm vào lịch (.ics)" })).toHaveAttribute("href", "/api/v1/fairs/hoi-cho-ocop-tuyen-quang-2027/calendar.ics");
  await expect(page.getByTestId("share")).toBeVisible();
  // Exhibitors' information is not the visitor's: no fee, no deadline, no grid of booths here.
  await expect(page.getByText("Phí gian hàng", { exact: true })).toHaveCount(0);
  await expect(page.getByText("Hạn đăng ký", { exact: true })).toHaveCount(0);
  await expect(page.getByTestId("booth-plan")).toHaveCount(0);
  await expect(page.getByText("Chưa có đơn vị nào được duyệt.")).toBeVisible();
  await axeClean(page);

  await page.getByRole("link", { name: "Dành cho nhà sản xuất" }).click();
  await expect(page).toHaveURL(/\/fairs\/hoi-cho-ocop-tuyen-quang-2027\/exhibit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tham gia trưng bày: Hội chợ OCOP tỉnh Tuyên Quang 2027" })).toBeVisible();
  const terms = page.getByRole("region", { name: "Điều kiện và phí" });
  await expect(terms).toContainText("20/12/2026 · Đang nhận đăng ký");
  await expect(terms).toContainText("Sản phẩm từ 3 sao · Tối đa 2 gian mỗi chủ thể");
  // 4.000.000 ₫ a booth, half of it subsidised: 2.000.000 ₫ to pay.
  await expect(terms).toContainText(/4\.000\.000\s₫ mỗi gian · Hỗ trợ 50%\. Chủ thể trả 2\.000\.000\s₫ mỗi gian sau hỗ trợ\./);
  await expect(terms.getByRole("link", { name: "Đăng ký gian hàng" })).toHaveAttribute("href", /^\/studio\/fairs\/[^/]+\/request$/);
  await expect(page.getByTestId("booth-plan").getByRole("listitem")).toHaveCount(60);
  await expect(page.getByText("Còn trống 60/60 gian.")).toBeVisible();
  await axeClean(page);
  await page.getByRole("link", { name: "Trang hội chợ dành cho khách tham quan" }).click();
  await expect(page).toHaveURL(new RegExp(`${TUYEN_QUANG}$`));
});

test("a past fair lists its exhibitors by booth with their products' stars, also without JavaScript and in English", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })).newPage();
  const response = await page.goto(HA_GIANG);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("fair-phase")).toHaveText("Đã kết thúc");
  await expect(page.getByText("2 đơn vị tham gia, xếp theo số gian.")).toBeVisible();
  const exhibitors = page.getByTestId("exhibitors").locator(":scope > li");
  await expect(exhibitors).toHaveCount(2);
  // Booths 1–2 (the broom cooperative) come before booth 3 (the tea cooperative).
  await expect(exhibitors.nth(0)).toContainText("Gian số 1, 2");
  await expect(exhibitors.nth(0).getByRole("link", { name: "Hợp tác xã Chổi chít Việt Lâm" })).toHaveAttribute("href", "/producers/htx-choi-chit-viet-lam");
  await expect(exhibitors.nth(0).getByRole("link", { name: "Chổi chít Việt Lâm", exact: true })).toHaveAttribute("href", "/products/choi-chit-viet-lam");
  await expect(exhibitors.nth(0)).toContainText(/OCOP \d sao/);
  await expect(exhibitors.nth(1)).toContainText("Gian số 3");
  await expect(exhibitors.nth(1).getByRole("link", { name: /Cao Bồ/ }).first()).toBeVisible();

  await page.goto(`/en${HA_GIANG}`);
  await expect(page.getByTestId("fair-phase")).toHaveText("Ended");
  const visit = page.getByRole("region", { name: "Visiting" });
  await expect(visit).toContainText("Daily 07:30–21:00");
  await expect(visit).toContainText("Getting there");
  await expect(visit).toContainText("by the Lô river");
  await expect(page.getByText("2 exhibitors, in booth order.")).toBeVisible();
  await expect(page.getByTestId("exhibitors").locator(":scope > li").first()).toContainText("Booth 1, 2");
  await page.getByRole("link", { name: "For exhibitors" }).click();
  await expect(page.getByRole("region", { name: "Terms and fees" })).toContainText("Registration closed");
  await expect(page.getByText("This fair no longer takes requests.")).toBeVisible();
  await expect(page.getByTestId("booth-plan").getByText("Booth 3: Chè Shan tuyết Cao Bồ Cooperative")).toBeAttached();
});

test("an officer gives a fair its hours and directions; a wrong time is explained and nothing typed is lost", async ({ page }) => {
  test.setTimeout(180_000);
  const name = `Hội chợ giờ mở cửa ${Date.now()}`;
  await signIn(page, OFFICER);
  await page.goto("/admin/fairs/new");
  await page.getByLabel("Tên (tiếng Việt)").fill(name);
  await page.getByLabel("Ngày bắt đầu").fill(addDays(today(), 40));
  await page.getByLabel("Ngày kết thúc").fill(addDays(today(), 42));
  await page.getByLabel("Địa điểm").fill("Nhà văn hóa xã Việt Lâm");
  await page.getByLabel("Tỉnh/thành").fill("Tuyên Quang");
  await page.getByLabel("Hạn đăng ký").fill(addDays(today(), 30));
  await page.getByLabel("Số gian hàng").fill("6");
  await page.getByLabel("Giờ mở cửa hằng ngày").fill("18:00");
  await page.getByLabel("Giờ đóng cửa hằng ngày").fill("09:00");
  await page.getByLabel("Ghi chú giờ mở cửa (tiếng Việt)").fill("Ngày cuối đóng cửa lúc 16:00.");
  await page.getByLabel("Địa chỉ", { exact: true }).fill("Thôn Vạt, xã Việt Lâm");
  await page.getByLabel("Đường đi (tiếng Việt)").fill("Đi quốc lộ 2, rẽ vào đường liên thôn.");
  await page.getByLabel("Đường đi (tiếng Anh)").fill("Take National Road 2, then the village road.");
  await page.getByRole("button", { name: "Lưu" }).click();

  await expect(page.getByText("Giờ đóng cửa phải sau giờ mở cửa.")).toBeVisible();
  await expect(page.getByLabel("Giờ mở cửa hằng ngày")).toHaveValue("18:00");
  await expect(page.getByLabel("Giờ đóng cửa hằng ngày")).toHaveValue("09:00");
  await expect(page.getByLabel("Tên (tiếng Việt)")).toHaveValue(name);
  await expect(page.getByLabel("Ghi chú giờ mở cửa (tiếng Việt)")).toHaveValue("Ngày cuối đóng cửa lúc 16:00.");
  await expect(page.getByLabel("Địa chỉ", { exact: true })).toHaveValue("Thôn Vạt, xã Việt Lâm");
  await expect(page.getByLabel("Đường đi (tiếng Anh)")).toHaveValue("Take National Road 2, then the village road.");

  await page.getByLabel("Giờ mở cửa hằng ngày").fill("08:00");
  await page.getByLabel("Giờ đóng cửa hằng ngày").fill("17:30");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The edit form shows what was saved.
  await expect(page.getByLabel("Giờ đóng cửa hằng ngày")).toHaveValue("17:30");
  await expect(page.getByLabel("Địa chỉ", { exact: true })).toHaveValue("Thôn Vạt, xã Việt Lâm");

  await page.getByRole("link", { name: /^\/fairs\// }).click();
  const visit = page.getByRole("region", { name: "Thông tin tham quan" });
  await expect(visit).toContainText("08:00–17:30 hằng ngày");
  await expect(visit).toContainText("Ngày cuối đóng cửa lúc 16:00.");
  await expect(visit.locator("address")).toContainText("Thôn Vạt, xã Việt Lâm");
  await expect(visit).toContainText("Đi quốc lộ 2, rẽ vào đường liên thôn.");
});
