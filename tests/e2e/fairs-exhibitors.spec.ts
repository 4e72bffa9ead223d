import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addDays, today } from "../../lib/clock";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

/*
 * Issue 14, item 5: the booth request form hid the fee, subsidy and deadline; officers could not
 * choose booth numbers; the exhibitor list had no fee column or CSV and printed the site's header.
 *
 * An officer creates a fair charging 1.500.000 ₫ a booth with a 40 % subsidy; the demo cooperative,
 * on a phone, reads those terms on the request form and asks for two booths; the officer gives it
 * booths 5 and 6 and hands the venue the exhibitor list, printed and as CSV. Expected amounts follow
 * from the terms: two booths cost 3.000.000 ₫, the subsidy is 1.200.000 ₫, the cooperative pays
 * 1.800.000 ₫ (900.000 ₫ a booth).
 */

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** A day as Vietnamese readers write it. */
const dmy = (day: string) => day.split("-").reverse().join("/");

test("the booth request shows the fee, subsidy and deadline; the exhibitor list prints alone and downloads as CSV with booths and fees", async ({ browser }) => {
  test.setTimeout(180_000);
  const name = `Hội chợ phí gian ${Date.now()}`;
  const deadline = addDays(today(), 25);

  const officer = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(officer, OFFICER);
  await officer.goto("/admin/fairs/new");
  await officer.getByLabel("Tên (tiếng Việt)").fill(name);
  await officer.getByLabel("Ngày bắt đầu").fill(addDays(today(), 35));
  await officer.getByLabel("Ngày kết thúc").fill(addDays(today(), 37));
  await officer.getByLabel("Địa điểm").fill("Quảng trường xã Việt Lâm");
  await officer.getByLabel("Tỉnh/thành").fill("Tuyên Quang");
  await officer.getByLabel("Hạn đăng ký").fill(deadline);
  await officer.getByLabel("Số gian hàng").fill("10");
  await officer.getByLabel("Phí mỗi gian (đồng)").fill("1.500.000");
  await officer.getByLabel("Hỗ trợ (%)").fill("40");
  await officer.getByLabel("Số gian tối đa mỗi chủ thể").fill("2");
  await officer.getByRole("button", { name: "Lưu" }).click();
  await expect(officer.getByRole("heading", { level: 1, name })).toBeVisible();
  const fairUrl = officer.url();

  // The producer, on a phone, sees the terms before sending anything.
  const producer = await (await browser.newContext(PHONE)).newPage();
  await signIn(producer, PRODUCER);
  await producer.goto("/studio/fairs");
  await producer.getByRole("listitem").filter({ hasText: name }).getByRole("link", { name: "Đăng ký gian hàng" }).click();
  const terms = producer.getByTestId("booth-terms");
  await expect(terms).toBeVisible();
  // Registration closes at the end of the deadline day in Vietnam.
  await expect(terms).toContainText(`23:59 ${dmy(deadline)}`);
  await expect(terms).toContainText(/1\.500\.000\s₫ mỗi gian/);
  await expect(terms).toContainText("Ban tổ chức hỗ trợ 40% phí");
  await expect(terms).toContainText(/900\.000\s₫ mỗi gian sau hỗ trợ/);
  await producer.getByLabel("Số gian (tối đa 2)").fill("2");
  await expect(producer.getByText(/Với 2 gian: phí 3\.000\.000\s₫, hỗ trợ 1\.200\.000\s₫, phải trả 1\.800\.000\s₫\./)).toBeVisible();
  await producer.getByLabel(/Chổi chít Việt Lâm/).check();
  await producer.getByRole("button", { name: "Gửi yêu cầu" }).click();
  await expect(producer.getByTestId("my-requests").getByRole("row").filter({ hasText: name })).toContainText("Chờ xét");

  // The officer chooses the booths.
  await officer.goto(fairUrl);
  const request = officer.getByTestId("booth-request").filter({ hasText: "Chổi chít Việt Lâm" });
  await request.getByLabel(/^Số gian \(2 gian/).fill("5, 6");
  await request.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(officer.getByText("Đã duyệt: gian 5,6.")).toBeVisible();

  // The printable list: booths, the fee due, the totals.
  await officer.getByRole("link", { name: "Danh sách đơn vị tham gia (in)" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Danh sách đơn vị tham gia (in)" })).toBeVisible();
  await expect(officer.getByRole("columnheader", { name: "Phải trả" })).toBeVisible();
  const row = officer.getByRole("row").filter({ hasText: "Hợp tác xã Chổi chít Việt Lâm" });
  await expect(row.getByRole("cell").first()).toHaveText("5, 6");
  await expect(row.getByRole("cell").last()).toHaveText(/^1\.800\.000\s₫$/);
  await expect(officer.getByText(/Phí 1\.500\.000\s₫ mỗi gian, hỗ trợ 40%\./)).toBeVisible();
  await expect(officer.locator("tfoot")).toContainText(/Tổng: phí 3\.000\.000\s₫, hỗ trợ 1\.200\.000\s₫; phải thu\s*1\.800\.000\s₫/);

  // "In danh sách" opens the browser's print dialog…
  await officer.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  await officer.getByRole("button", { name: "In danh sách" }).click();
  expect(await officer.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // …and on paper the list stands alone: no site header, back-office bar, menu or buttons.
  const onScreenOnly = [
    officer.locator("body > header"),
    officer.getByTestId("backoffice-bar"),
    officer.locator('nav[aria-label="Quản trị OCOP"]'),
    officer.locator("button", { hasText: "In danh sách" }),
    officer.locator("a", { hasText: "Tải CSV" }),
  ];
  for (const part of onScreenOnly) await expect(part).toBeVisible();
  await officer.emulateMedia({ media: "print" });
  for (const part of onScreenOnly) await expect(part).toBeHidden();
  await expect(officer.getByRole("heading", { level: 1, name: "Danh sách đơn vị tham gia (in)" })).toBeVisible();
  await expect(row).toBeVisible();
  await officer.emulateMedia({ media: "screen" });

  // The CSV: the same rows, Vietnamese headers, booth numbers and the fee split.
  const [download] = await Promise.all([officer.waitForEvent("download"), officer.getByRole("link", { name: "Tải CSV" }).click()]);
  const text = readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Gian số,Chủ thể,Điện thoại,Email,Sản phẩm,Nhu cầu,Ghi chú,Số gian,Phí (đồng),Hỗ trợ (đồng),Phải trả (đồng)");
  expect(lines).toHaveLength(2);
  const cells = lines[1].split(",");
  expect(cells[0]).toBe("5 6");
  expect(cells[1]).toBe("Hợp tác xã Chổi chít Việt Lâm");
  expect(cells[4]).toContain("Chổi chít Việt Lâm");
  expect(cells.slice(-4)).toEqual(["2", "3000000", "1200000", "1800000"]);

  // The producer is told the booths and what it pays.
  await producer.goto("/studio/fairs");
  const mine = producer.getByTestId("my-requests").getByRole("row").filter({ hasText: name });
  await expect(mine).toContainText("Đã duyệt");
  await expect(mine).toContainText(/Phí phải trả: 1\.800\.000\s₫/);
});
