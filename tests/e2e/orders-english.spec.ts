import { expect as baseExpect, test, type Page } from "@playwright/test";
import { DEMO_REFERENCE_DATE } from "../../prisma/seed/reference-date";
import { axeClean } from "./support/orders-browser";
import { addressForTest, contextFrom } from "./support/source-address";

/**
 * The shopper's journey of orders-checkout.spec.ts (J) in English, on a 390 px phone: a tourist on /en
 * finds the broom, adds two, checks out on /en/checkout with a foreign mobile number, reads the order
 * page in English, and later looks the order up on /en/orders. Every page of it says lang="en", reads
 * in English (the words of messages/en/orders.json) and passes axe.
 */

/** Placing an order mails and expires stale holds: on a loaded 2-core machine that takes seconds. */
const expect = baseExpect.configure({ timeout: 30_000 });

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** A UK mobile number of its own per run (+44 7400 …, a range in service), as a tourist writes it. */
const touristPhone = () => `+44 7400 ${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`;

/** A day `offset` days after the pinned "today" (tests/support/clock.ts), as British English writes it ("30 Nov 2026"). */
function dayAfterToday(offset: number): string {
  const day = new Date(`${DEMO_REFERENCE_DATE}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
  return `${day.getUTCDate()} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

async function inEnglish(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

test("a tourist on an English phone page finds the broom, checks out and finds the order again, every page in English and accessible", async ({ browser }) => {
  // Its own address: placing an order counts against a per-address throttle (support/source-address.ts).
  const page = await (await contextFrom(browser, addressForTest(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();

  // Several pages, axe checks and a production server on a shared 2-core machine: minutes, not seconds.

  test.setTimeout(300_000);
  const phone = touristPhone();

  // Searching the English site in English.
  await page.goto("/en");
  await inEnglish(page);
  await page.locator("#site-search").fill("broom");
  await page.locator("#site-search").press("Enter");
  await page.locator('main a[href$="/en/products/choi-chit-viet-lam"]').first().click();
  await expect(page).toHaveURL(/\/en\/products\/choi-chit-viet-lam$/);
  await inEnglish(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Viet Lam Tiger Grass Broom");
  // The producer's rule (flat 20,000 plus 5,000 a kg) and the estimate, in English with English numbers.
  await expect(page.getByText("Delivery ₫20,000 plus ₫5,000 per kg (rounded up).").first()).toBeVisible();
  await expect(page.getByText(/Hà Nội: 2–3 days/)).toBeVisible();

  // In place: one more makes two, added without leaving the page.
  await page.getByRole("button", { name: "One more" }).click();
  await expect(page.getByLabel("Quantity")).toHaveValue("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 2 to the cart. Your cart holds 2 items." })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/products\/choi-chit-viet-lam$/);
  await expect(page.getByTestId("cart-count")).toContainText("2 items in the cart");

  // The English cart: the parcel of the producer and why it costs what it costs.
  await page.getByRole("link", { name: /^Cart/ }).click();
  await expect(page).toHaveURL(/\/en\/cart$/);
  await inEnglish(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cart");
  // The legal form in English, the proper name as written ("Hợp tác xã X" is "X Cooperative"), as on cards.
  await expect(page.getByRole("heading", { name: "Sold by Chổi chít Việt Lâm Cooperative" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Viet Lam Tiger Grass Broom" })).toBeVisible();
  await expect(page.getByText(/^Unit price: ₫\d{1,3}(,\d{3})* \/ piece$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "One more Viet Lam Tiger Grass Broom" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Viet Lam Tiger Grass Broom from the cart" })).toBeVisible();
  // Two brooms of 600 g: 1.2 kg, two kilograms started, so 20,000 + 2 × 5,000.
  await expect(page.getByText(/Parcel weight: 1\.2 kg\./)).toBeVisible();
  // Where it is sent from, in the English name the checkout's province list uses.
  await expect(page.getByText("Sent from Tuyen Quang.")).toBeVisible();
  await expect(page.getByTestId("group-shipping")).toHaveText("₫30,000");
  await expect(page.getByText("Each producer sends its own parcel, so delivery is charged per producer.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Continue shopping" })).toBeVisible();
  await axeClean(page);
  await page.getByRole("link", { name: "Check out" }).click();

  // The English checkout: its sections, labels and counters; the province in English, then its communes.
  await expect(page).toHaveURL(/\/en\/checkout$/);
  await inEnglish(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checkout");
  await expect(page.getByRole("group", { name: "Recipient" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Delivery address" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Order summary" })).toBeVisible();
  await expect(page.getByText("0/255 characters")).toBeVisible();
  await page.getByLabel("Full name").fill("Emily Carter");
  await page.getByLabel("Phone number").fill(phone);
  await expect(page.getByText(/visitors write their country code/)).toBeVisible();
  await expect(page.getByLabel("Email (optional)")).toHaveValue("");
  const address = "Hanoi Old Quarter Hostel, 12 Hang Bac";
  await page.getByLabel("House number, street, village").fill(address);
  await expect(page.getByText(`${address.length}/255 characters`)).toBeVisible();
  await expect(page.getByLabel("Province or city").locator("option").first()).toHaveText("— Choose a province —");
  await page.getByLabel("Province or city").selectOption({ label: "Ha Noi" });
  await expect(page.getByRole("combobox", { name: /Commune or ward/ })).toBeVisible();
  await page.getByRole("combobox", { name: /Commune or ward/ }).selectOption({ label: "Hoàn Kiếm" });
  // Tuyên Quang to Hà Nội is within the north: two to three days from the pinned today.
  await expect(page.getByText(`Expected between ${dayAfterToday(2)} and ${dayAfterToday(3)}.`)).toBeVisible();
  await expect(page.getByText(/as Decree 13\/2023\/NĐ-CP on personal data protection requires/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Privacy policy" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Payment" })).toBeVisible();
  await page.getByLabel(/Cash on delivery/).check();
  await axeClean(page);
  await page.getByRole("button", { name: "Place order" }).click();

  // The English order page.
  await expect(page.getByText("Thank you! Your order has been received.")).toBeVisible();
  await expect(page).toHaveURL(/\/en\/orders\/[A-Z0-9-]+\?placed=1$/);
  const code = /\/orders\/([A-Z0-9-]+)/.exec(page.url())![1];
  await inEnglish(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order ${code}`);
  await expect(page.getByText("The producer will phone you to confirm within 48 hours.")).toBeVisible();
  await expect(page.getByTestId("payment-method")).toHaveText("Cash on delivery");
  await expect(page.getByTestId("payment-status")).toHaveText("Not paid yet");
  await expect(page.getByText(`Emily Carter, ${phone}`)).toBeVisible();
  const part = page.getByTestId("order-part");
  await expect(part.getByRole("heading", { level: 2 })).toContainText("From Chổi chít Việt Lâm Cooperative");
  await expect(part.getByTestId("part-status")).toHaveText("Placed");
  await expect(part.getByText("Viet Lam Tiger Grass Broom (piece) × 2")).toBeVisible();
  // A cash order waits COD_CONFIRM_HOURS (48) for the producer: two days after the pinned today, Vietnam time.
  await expect(part.getByText(new RegExp(`^The producer must confirm by ${dayAfterToday(2)}, \\d{2}:\\d{2} \\(Vietnam time, GMT\\+7\\)\\.$`))).toBeVisible();
  await expect(part.getByTestId("part-history")).toContainText("Placed · Buyer");
  await axeClean(page);

  // Cancelling asks first, in English; "No" keeps the order.
  await page.getByRole("link", { name: "Cancel order" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Cancel order ${code}?` });
  await expect(dialog).toContainText("The whole order (every producer) will be cancelled, for good.");
  await expect(dialog.getByRole("button", { name: "Yes, cancel the order" })).toBeVisible();
  await dialog.getByRole("link", { name: "No, keep the order" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(part.getByTestId("part-status")).toHaveText("Placed");

  // Later, on another phone: the English lookup page, the code and the phone written without spaces.
  const later = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await later.goto("/en/orders");
  await inEnglish(later);
  await expect(later.getByRole("heading", { level: 1 })).toHaveText("Find your order");
  await expect(later.getByText("Enter the order code and the phone number or email you ordered with.")).toBeVisible();
  await axeClean(later);
  await later.getByLabel("Order code").fill(code);
  await later.getByLabel("Phone number or email").fill(phone.replace(/ /g, ""));
  await later.getByRole("button", { name: "View order" }).click();
  await expect(later).toHaveURL(new RegExp(`/en/orders/${code}$`));
  await expect(later.getByRole("heading", { level: 1 })).toHaveText(`Order ${code}`);
  await inEnglish(later);
  await expect(later.getByTestId("part-status")).toHaveText("Placed");
  await expect(later.getByRole("link", { name: "Find another order" })).toBeVisible();
  await later.context().close();
});
