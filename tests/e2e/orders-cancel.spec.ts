import { expect as baseExpect, test, type Page } from "@playwright/test";
import { axeCleanWithoutScripts, holdOrderCookie, placeCashOrder } from "./support/orders-browser";

/**
 * The buyer's cancel confirmation (issue 16, 3h): "Hủy đơn hàng" only opens the question
 * (`?confirm=cancel`, an alertdialog); "Có, hủy đơn hàng" cancels the whole order for good, "Không,
 * giữ đơn hàng" keeps it — with JavaScript and as plain pages without it. Each order is placed over
 * HTTP from an address of this file's own (127.0.17.x) and handed to the browser with its order cookie.
 */

/** Cancelling mails the buyer and gives the stock back: on a loaded 2-core machine that takes seconds. */
const expect = baseExpect.configure({ timeout: 30_000 });

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const BROOM = "choi-chit-viet-lam";

/** The order page of a placed, not yet confirmed cash order: one part, placed, payment pending, cancellable. */
async function expectOpen(page: Page, code: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Đơn hàng ${code}`);
  await expect(page.getByTestId("part-status")).toHaveText("Đã đặt");
  await expect(page.getByTestId("payment-status")).toHaveText("Chưa thanh toán");
  await expect(page.getByRole("link", { name: "Hủy đơn hàng" })).toBeVisible();
}

/** The order page of an order its buyer cancelled: the part and the payment cancelled, the reason given, nothing left to cancel. */
async function expectCancelled(page: Page) {
  await expect(page.getByTestId("part-status")).toHaveText("Đã hủy");
  await expect(page.getByTestId("payment-status")).toHaveText("Đã hủy");
  await expect(page.getByTestId("order-part").getByText("Lý do: Người mua yêu cầu hủy").first()).toBeVisible();
  await expect(page.getByTestId("part-history")).toContainText("Đã hủy · Người mua");
  await expect(page.getByRole("link", { name: "Hủy đơn hàng" })).toHaveCount(0);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
}

test("confirming in the cancel dialog cancels the whole order for good, and the order page says so", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const { code, access } = await placeCashOrder(baseURL!, BROOM, 1, "127.0.17.1");
  await holdOrderCookie(page.context(), baseURL!, access);
  await page.goto(`/orders/${code}`);
  await expectOpen(page, code);

  await page.getByRole("link", { name: "Hủy đơn hàng" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Hủy đơn hàng ${code}?` });
  await expect(dialog).toContainText("Toàn bộ đơn hàng (mọi người bán) sẽ bị hủy và không thể khôi phục.");
  await dialog.getByRole("button", { name: "Có, hủy đơn hàng" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Đơn hàng đã được hủy." })).toBeVisible();
  await expectCancelled(page);

  // For good: the page loaded afresh says the same, and the question is not asked again.
  await page.goto(`/orders/${code}`);
  await expectCancelled(page);
  await page.goto(`/orders/${code}?confirm=cancel`);
  await expectCancelled(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the cancel confirmation is a plain page: it asks first, keeping keeps the order, confirming cancels it", async ({ page, baseURL, browser }) => {
    test.setTimeout(180_000);
    const { code, access } = await placeCashOrder(baseURL!, BROOM, 1, "127.0.17.2");
    await holdOrderCookie(page.context(), baseURL!, access);
    await page.goto(`/orders/${code}`);
    await expectOpen(page, code);

    // The link is a page of its own that asks; nothing is cancelled yet.
    await page.getByRole("link", { name: "Hủy đơn hàng" }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${code}\\?confirm=cancel$`));
    const dialog = page.getByRole("alertdialog", { name: `Hủy đơn hàng ${code}?` });
    await expect(dialog).toContainText("Toàn bộ đơn hàng (mọi người bán) sẽ bị hủy và không thể khôi phục.");
    await expect(page.getByTestId("part-status")).toHaveText("Đã đặt");
    await axeCleanWithoutScripts(browser, page);

    // "Keep" goes back to the order, still open.
    await dialog.getByRole("link", { name: "Không, giữ đơn hàng" }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${code}$`));
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expectOpen(page, code);

    // Asked again and confirmed: the form posts and the order page comes back cancelled.
    await page.getByRole("link", { name: "Hủy đơn hàng" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Có, hủy đơn hàng" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đơn hàng đã được hủy." })).toBeVisible();
    await expectCancelled(page);
    await page.goto(`/orders/${code}`);
    await expectCancelled(page);
  });
});
