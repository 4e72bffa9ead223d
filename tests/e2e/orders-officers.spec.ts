import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test } from "@playwright/test";
import { formatPhone } from "../../lib/phone";
import { COMMUNE_OFFICER, OFFICER, signIn } from "./support/auth";

/** Placing an order mails and expires stale holds: on a loaded 2-core machine that takes seconds. */
const expect = baseExpect.configure({ timeout: 30_000 });
const uniquePhone = () => `098${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`;

/**
 * The officers' orders list (issue 14): the district officer finds an order, sorts and downloads the
 * CSV of what is filtered; the commune officer of Thanh Thủy, whose commune the demo producer (Hợp tác
 * xã Chổi chít Việt Lâm, in Việt Lâm) is not in, neither lists, exports nor opens it.
 */
test("an officer lists, sorts and exports orders of its region; another commune's officer is refused the order", async ({ browser }) => {
  test.setTimeout(240_000);
  const phone = uniquePhone();
  const buyer = await (await browser.newContext()).newPage();
  await buyer.goto("/products/choi-chit-viet-lam");
  await buyer.getByLabel("Số lượng").fill("2");
  await buyer.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(buyer.getByTestId("cart-count")).toContainText("2");
  await buyer.goto("/checkout");
  await buyer.getByLabel("Họ và tên").fill("Hoàng Văn Nam");
  await buyer.getByLabel("Số điện thoại").fill(phone);
  await buyer.getByLabel("Tỉnh/Thành phố").selectOption({ label: "Hà Nội" });
  await buyer.getByRole("combobox", { name: /Xã\/Phường/ }).selectOption({ label: "Ba Đình" });
  await buyer.getByLabel("Số nhà, đường, thôn/xóm").fill("Số 2 Hoàng Diệu");
  await buyer.getByLabel(/Thanh toán khi nhận hàng/).check();
  await buyer.getByRole("button", { name: "Xác nhận đặt hàng" }).click();
  await expect(buyer.getByText("Cảm ơn bạn! Đơn hàng đã được ghi nhận.")).toBeVisible();
  const code = /\/orders\/([A-Z0-9-]+)/.exec(buyer.url())![1];

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, OFFICER);
  // Found by the producer's name typed without diacritics, with the status filter, then sorted by total.
  await officer.goto("/admin/orders");
  await officer.getByLabel("Tìm theo mã đơn, số điện thoại, thư điện tử hoặc tên người bán", { exact: true }).fill("choi chit viet lam");
  await officer.getByRole("combobox", { name: /^Trạng thái giao/ }).selectOption({ label: "Đã đặt" });
  await officer.getByRole("button", { name: "Lọc" }).click();
  await expect(officer.getByRole("link", { name: code })).toBeVisible();
  await officer.getByRole("link", { name: /Tổng đơn/ }).click();
  await expect(officer).toHaveURL(/sort=total&dir=asc/);
  await expect(officer.getByRole("columnheader", { name: /Tổng đơn/ })).toHaveAttribute("aria-sort", "ascending");
  const found = Number(/\d+/.exec((await officer.getByTestId("orders-found").textContent()) ?? "")![0]);
  expect(await officer.getByTestId("order-row").count()).toBe(Math.min(found, 50));
  const axe = await new AxeBuilder({ page: officer }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The CSV is the filtered list: the same rows, labels in Vietnamese, the phone kept as text (written
  // as people read it, lib/phone.ts: "0989 358 475").
  const csvHref = await officer.getByRole("link", { name: /CSV/ }).getAttribute("href");
  expect(csvHref).toContain("status=PLACED");
  const csv = await (await officer.request.get(csvHref!)).text();
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toContain("Mã đơn,Ngày đặt,Người bán");
  expect(lines).toHaveLength(found + 1);
  const line = lines.find((l) => l.startsWith(code))!;
  expect(line).toContain("Hợp tác xã Chổi chít Việt Lâm");
  expect(line).toContain("Đã đặt");
  expect(line).toContain(`"=""${formatPhone(phone)}"""`);
  // Searched by the buyer's phone, the CSV has that one order and nothing else.
  const byPhone = (await (await officer.request.get(`/admin/orders/export?q=${phone}`)).text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(byPhone.slice(1).map((l) => l.split(",")[0])).toEqual([code]);

  // The commune officer of Thanh Thủy: not in the list, not in the CSV, and the order page is "not found".
  const commune = await (await browser.newContext()).newPage();
  await signIn(commune, COMMUNE_OFFICER);
  await commune.goto(`/admin/orders?q=${code}`);
  await expect(commune.getByTestId("orders-found")).toHaveText("0 đơn hàng");
  const theirCsv = await (await commune.request.get(`/admin/orders/export?q=${code}`)).text();
  expect(theirCsv).not.toContain(code);
  const refused = await commune.request.get(`/admin/orders/${code}`);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toContain(phone);
  // The district officer opens the same page.
  expect((await officer.request.get(`/admin/orders/${code}`)).status()).toBe(200);
});
