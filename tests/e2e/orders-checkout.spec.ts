import { expect, test } from "@playwright/test";
import { PRODUCER, signIn } from "./support/auth";

/**
 * A guest orders from two producers with cash on delivery and follows the order; the demo producer
 * (HTX Chổi chít Việt Lâm) ships its part and the guest sees it. Unique contact details per run, so the
 * shared seeded database never confuses runs.
 */
test("order from two producers with COD, follow it, producer ships its part", async ({ browser }) => {
  const buyer = await browser.newContext();
  const page = await buyer.newPage();
  const email = `khach-${Date.now()}@example.vn`;

  await page.goto("/products/choi-chit-viet-lam");
  await page.getByLabel("Số lượng").fill("2");
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.goto("/products/cam-sanh-vi-xuyen");
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click();

  await expect(page.getByRole("heading", { name: "Chủ thể: Hợp tác xã Chổi chít Việt Lâm" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Chủ thể: Hộ kinh doanh Cam sành Phú Linh" })).toBeVisible();
  // The cart is a cookie: it survives a reload.
  await page.reload();
  await expect(page.getByRole("link", { name: "Chổi chít Việt Lâm" })).toBeVisible();
  await page.getByRole("link", { name: "Đặt hàng" }).click();

  await page.getByLabel("Họ và tên").fill("Trần Văn Minh");
  await page.getByLabel("Số điện thoại").fill("0987 654 321");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Số nhà, thôn, đường").fill("Thôn Nậm Ngặt");
  await page.getByLabel("Xã/Phường").fill("Việt Lâm");
  await page.getByLabel("Tỉnh/Thành phố").fill("Tuyên Quang");
  await page.getByLabel("Thanh toán khi nhận hàng").check();
  await page.getByRole("button", { name: "Xác nhận đặt hàng" }).click();

  await expect(page.getByText("Cảm ơn bạn! Đơn hàng đã được ghi nhận.")).toBeVisible();
  const code = /\/orders\/([A-Z0-9-]+)/.exec(page.url())![1];
  const broomPart = page.getByRole("region", { name: "Phần của Hợp tác xã Chổi chít Việt Lâm" });
  await expect(broomPart.getByTestId("part-status")).toHaveText("Đã đặt");

  // Another browser without the proof sees only the form; the right email opens the order.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(`/orders/${code}`);
  await expect(stranger.getByText("Chổi chít Việt Lâm")).toHaveCount(0);
  await stranger.getByLabel("Thư điện tử hoặc số điện thoại").fill("someone@example.vn");
  await stranger.getByRole("button", { name: "Xem đơn hàng" }).click();
  await expect(stranger.getByText("Thông tin không khớp với đơn hàng này.")).toBeVisible();
  await stranger.getByLabel("Thư điện tử hoặc số điện thoại").fill(email);
  await stranger.getByRole("button", { name: "Xem đơn hàng" }).click();
  await expect(stranger.getByRole("heading", { name: `Đơn hàng ${code}` })).toBeVisible();

  // The producer sees only its part and ships it.
  const producerContext = await browser.newContext();
  const producerPage = await producerContext.newPage();
  await signIn(producerPage, PRODUCER);
  await producerPage.goto("/studio/orders");
  await producerPage.getByRole("link", { name: code }).click();
  await expect(producerPage.getByText("Cam sành Vị Xuyên")).toHaveCount(0);
  await producerPage.getByLabel("Trạng thái mới").selectOption({ label: "Đang giao" });
  await producerPage.getByRole("button", { name: "Cập nhật trạng thái" }).click();
  await expect(producerPage.getByTestId("sub-order-status")).toHaveText("Đang giao");
  await producerPage.getByRole("link", { name: "In phiếu đóng gói" }).click();
  await expect(producerPage.getByRole("heading", { name: `Phiếu đóng gói ${code}` })).toBeVisible();
  await expect(producerPage.getByRole("cell", { name: "Chổi chít Việt Lâm" })).toBeVisible();
  const csv = await (await producerPage.request.get("/studio/orders/export")).text();
  expect(csv).toContain(code);
  expect(csv).not.toContain("Cam sành");

  await page.reload();
  await expect(broomPart.getByTestId("part-status")).toHaveText("Đang giao");
  await expect(page.getByRole("region", { name: "Phần của Hộ kinh doanh Cam sành Phú Linh" }).getByTestId("part-status")).toHaveText("Đã đặt");
  await expect(page.getByRole("button", { name: "Hủy đơn hàng" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the cart and checkout work with plain forms, keeping what was typed on an error", async ({ page }) => {
    await page.goto("/en/products/cam-sanh-vi-xuyen");
    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page).toHaveURL(/\/en\/cart$/);
    await page.getByLabel("Quantity").fill("3");
    await page.getByRole("button", { name: "Update" }).click();
    await expect(page.getByLabel("Quantity")).toHaveValue("3");
    await page.getByRole("link", { name: "Check out" }).click();

    await page.getByLabel("Full name").fill("Jane Traveller");
    await page.getByLabel("Phone").fill("12");
    await page.getByLabel("Email").fill(`jane-${Date.now()}@example.com`);
    await page.getByLabel("House number, village, street").fill("12 Nguyen Trai");
    await page.getByLabel("Commune/Ward").fill("Ha Giang 1");
    await page.getByLabel("Province/City").fill("Tuyen Quang");
    await page.getByRole("button", { name: "Place order" }).click();

    await expect(page.getByText("This phone number does not look right.")).toBeVisible();
    await expect(page.getByLabel("Phone")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Full name")).toHaveValue("Jane Traveller");
    await page.getByLabel("Phone").fill("+84 912 000 111");
    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page.getByText("Thank you! Your order has been received.")).toBeVisible();
    await expect(page.getByRole("region", { name: "From Hộ kinh doanh Cam sành Phú Linh" })).toContainText("× 3");
  });
});
