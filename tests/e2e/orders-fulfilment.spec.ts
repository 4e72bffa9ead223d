import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

/**
 * A producer fulfils a cash-on-delivery order from placed to delivered and cash collected, and the
 * buyer sees each step (issue 14, "Done when"). The demo producer is HTX Chổi chít Việt Lâm.
 */
const uniquePhone = () => `097${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`;

/** Placing an order mails, expires stale holds and renders QR codes: on a loaded 2-core machine that takes seconds. */
const expect = baseExpect.configure({ timeout: 30_000 });

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
}

test("a producer takes a cash order from placed to delivered and cash collected, the buyer seeing each step", async ({ browser }) => {

  // Several pages, axe checks and a production server on a shared 2-core machine: minutes, not seconds.

  test.setTimeout(300_000);
  const phone = uniquePhone();
  const buyer = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await buyer.goto("/products/choi-chit-viet-lam");
  await buyer.getByLabel("Số lượng").fill("3");
  await buyer.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(buyer.getByTestId("cart-count")).toContainText("3");
  await buyer.goto("/checkout");
  await buyer.getByLabel("Họ và tên").fill("Lò Thị Mai");
  await buyer.getByLabel("Số điện thoại").fill(phone);
  await buyer.getByLabel("Tỉnh/Thành phố").selectOption({ label: "Hà Nội" });
  // Hà Nội's wards and communes come from the official list (lib/data/communes-2025.json).
  await buyer.getByRole("combobox", { name: /Xã\/Phường/ }).selectOption({ label: "Ba Đình" });
  await buyer.getByLabel("Số nhà, đường, thôn/xóm").fill("Số 1 Hoàng Diệu");
  await buyer.getByLabel("Ghi chú cho người bán (không bắt buộc)").fill("Gọi trước 30 phút");
  await buyer.getByLabel(/Thanh toán khi nhận hàng/).check();
  await buyer.getByRole("button", { name: "Xác nhận đặt hàng" }).click();
  await expect(buyer.getByText("Cảm ơn bạn! Đơn hàng đã được ghi nhận.")).toBeVisible();
  const code = /\/orders\/([A-Z0-9-]+)/.exec(buyer.url())![1];
  await expect(buyer.getByTestId("payment-method")).toHaveText("Thanh toán khi nhận hàng (COD)");
  await expect(buyer.getByText("Gọi trước 30 phút")).toBeVisible();
  // The producer's contact, to call.
  await expect(buyer.getByTestId("order-part").locator('a[href^="tel:"]')).toBeVisible();
  const buyerSees = async (status: string) => {
    await buyer.reload();
    await expect(buyer.getByTestId("part-status")).toHaveText(status);
  };

  const producer = await (await browser.newContext()).newPage();
  await signIn(producer, PRODUCER);
  await producer.goto("/studio");
  await expect(producer.getByTestId("orders-waiting")).toContainText(/\d+ đơn mới cần xác nhận/);
  await producer.goto("/studio/orders?status=PLACED");
  await producer.getByRole("link", { name: code }).click();
  // Method, the cash to collect with delivery (3 × 35,000 + 20,000 + 5,000 × 2 kg started), tap to call.
  await expect(producer.getByTestId("sub-order-method")).toHaveText("Thanh toán khi nhận hàng (COD)");
  await expect(producer.getByTestId("amount-to-collect")).toHaveText(/135\.000\s₫/);
  await expect(producer.locator(`a[href="tel:${phone}"]`)).toBeVisible();
  // Cash cannot be recorded before delivery: the button is not there.
  await expect(producer.getByRole("button", { name: "Xác nhận đã nhận tiền" })).toHaveCount(0);
  await axeClean(producer);

  await producer.getByRole("button", { name: "Xác nhận đơn" }).click();
  await expect(producer.getByTestId("sub-order-status")).toHaveText("Đã xác nhận");
  await buyerSees("Đã xác nhận");

  await producer.getByRole("button", { name: "Đã đóng gói" }).click();
  await expect(producer.getByTestId("sub-order-status")).toHaveText("Đã đóng gói");
  await buyerSees("Đã đóng gói");

  await producer.getByLabel("Đơn vị vận chuyển").fill("Viettel Post");
  await producer.getByLabel("Mã vận đơn").fill("VTP0012345");
  await producer.getByRole("button", { name: "Giao cho đơn vị vận chuyển" }).click();
  await expect(producer.getByTestId("sub-order-status")).toHaveText("Đang giao");
  await buyerSees("Đang giao");
  await expect(buyer.getByText(/Viettel Post, mã vận đơn VTP0012345/).first()).toBeVisible();
  // Shipped: the buyer can no longer cancel.
  await expect(buyer.getByRole("link", { name: "Hủy đơn hàng" })).toHaveCount(0);

  // The packing slip: sender, recipient, order date and cash to collect, printed without the site's chrome.
  await producer.getByRole("link", { name: "In phiếu giao hàng" }).click();
  await expect(producer.getByRole("heading", { name: `Phiếu giao hàng ${code}` })).toBeVisible();
  await expect(producer.getByRole("region", { name: "Người gửi" })).toContainText("Hợp tác xã Chổi chít Việt Lâm");
  await expect(producer.getByTestId("slip-cod")).toHaveText(/135\.000\s₫/);
  await producer.emulateMedia({ media: "print" });
  await expect(producer.getByRole("banner")).toBeHidden();
  await expect(producer.locator("#site-search")).toBeHidden();
  await producer.emulateMedia({ media: "screen" });
  await producer.goBack();

  await producer.getByRole("button", { name: "Đã giao thành công" }).click();
  await expect(producer.getByTestId("sub-order-status")).toHaveText("Đã giao");
  await buyerSees("Đã giao");
  await producer.getByRole("button", { name: "Xác nhận đã nhận tiền" }).click();
  await expect(producer.getByTestId("sub-order-payment")).toHaveText("Đã thanh toán");
  await expect(producer.getByTestId("amount-to-collect")).toHaveText(/0\s₫/);

  await buyer.reload();
  await expect(buyer.getByTestId("payment-status")).toHaveText("Đã thanh toán");
  const history = buyer.getByTestId("part-history");
  for (const step of ["Đã đặt", "Đã xác nhận", "Đã đóng gói", "Đang giao", "Đã giao", "Đã ghi nhận thanh toán"]) await expect(history).toContainText(step);

  // The CSV: Vietnamese labels and values, the status filter honoured, the phone kept as text for Excel.
  const csv = await (await producer.request.get("/studio/orders/export?status=DELIVERED")).text();
  expect(csv.split("\r\n")[0]).toContain("Mã đơn,Ngày đặt,Trạng thái,Hình thức thanh toán");
  expect(csv).toContain(code);
  expect(csv).toContain("Đã giao");
  const phoneCell = /"=""([0-9 ]+)"""/.exec(csv);
  expect(phoneCell?.[1].replace(/\D/g, "")).toBe(phone);
  const placedOnly = await (await producer.request.get("/studio/orders/export?status=PLACED")).text();
  expect(placedOnly).not.toContain(code);

  // The officer finds it by phone among all orders and opens it.
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, OFFICER);
  await officer.goto(`/admin/orders?q=${encodeURIComponent(`+84 ${phone.slice(1)}`)}`);
  await expect(officer.getByTestId("orders-found")).toHaveText("1 đơn hàng");
  await officer.getByRole("link", { name: code }).click();
  await expect(officer.getByRole("heading", { name: `Đơn hàng ${code}` })).toBeVisible();
  await axeClean(officer);
});
