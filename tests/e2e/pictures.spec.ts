import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

// A phone: the pictures are designed for it first.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Adds up the page's layout shifts (the Cumulative Layout Shift of a visit) from the first paint on. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Scrolls to the bottom in steps (lazy pictures load on the way), then back up; returns the CLS. */
async function layoutShiftAfterScrolling(page: Page): Promise<number> {
  await page.waitForLoadState("load");
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
  }
  // Pictures still on their way are what could move the page: wait for every one.
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/** The picture loaded and decoded (a broken or missing file has no natural width). */
async function expectLoaded(img: Locator): Promise<void> {
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0))).toBeGreaterThan(0);
}

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`)).toEqual([]);
}

test("a card and the product page show a picture that loaded, labelled as an illustration, and nothing moves while they load", async ({ page }) => {
  await watchLayoutShift(page);
  await page.goto("/products");
  const card = page.locator("main article").filter({ has: page.getByRole("link", { name: "Chè Shan tuyết cổ thụ Cao Bồ", exact: true }) });
  const cardImage = card.getByRole("img");
  await expectLoaded(cardImage);
  // Said twice: to screen readers in the alt text, to everyone in a visible label.
  await expect(cardImage).toHaveAttribute("alt", /^Hình vẽ minh họa cho Chè Shan tuyết cổ thụ Cao Bồ/);
  await expect(card.getByText("Ảnh minh họa", { exact: true })).toBeVisible();
  // Responsive: the pipeline's three widths, the browser picks; the box has its size before loading.
  await expect(cardImage).toHaveAttribute("srcset", /-320\.webp 320w, .*-640\.webp 640w, .*-1024\.webp 1024w/);
  await expect(cardImage).toHaveAttribute("width", "1024");
  await expect(cardImage).toHaveAttribute("height", "768");
  // The first row's pictures (two to a row on a phone) load at once, as the page's largest content; the rest lazily.
  const pictures = page.locator("main article img");
  for (const index of [0, 1]) {
    await expect(pictures.nth(index)).toHaveAttribute("loading", "eager");
    await expect(pictures.nth(index)).toHaveAttribute("fetchpriority", "high");
  }
  await expect(pictures.nth(2)).toHaveAttribute("loading", "lazy");
  // Every card of the list has its picture on top (no grey box left in the demo).
  await expect(page.getByText("Chưa có ảnh", { exact: true })).toHaveCount(0);
  expect(await layoutShiftAfterScrolling(page)).toBeLessThan(0.1);
  await expectAxeClean(page);

  // Tapping the picture opens the product (the name's link covers the card).
  await page.evaluate(() => window.scrollTo(0, 0));
  await cardImage.scrollIntoViewIfNeeded();
  const box = (await cardImage.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/products\/che-shan-tuyet-co-thu-cao-bo$/);

  await watchLayoutShift(page);
  await page.goto("/products/che-shan-tuyet-co-thu-cao-bo");
  const gallery = page.getByRole("region", { name: "Ảnh sản phẩm" });
  const main = gallery.getByRole("img", { name: /^Hình vẽ minh họa cho Chè Shan tuyết cổ thụ Cao Bồ/ }).first();
  await expect(main).toHaveAttribute("loading", "eager");
  await expect(main).toHaveAttribute("fetchpriority", "high");
  await expectLoaded(main);
  await expect(gallery.getByText("Ảnh minh họa", { exact: true }).first()).toBeVisible();
  // The second picture waits until it is needed; the thumbnails link to each.
  await expect(gallery.locator("#picture-2 img")).toHaveAttribute("loading", "lazy");
  await expect(gallery.getByRole("link", { name: "Xem ảnh 2 trên 2" })).toHaveAttribute("href", "#picture-2");
  expect(await layoutShiftAfterScrolling(page)).toBeLessThan(0.1);
  await expectAxeClean(page);

  // The producer's page shows its workshop, labelled too.
  await page.goto("/producers/htx-che-shan-tuyet-cao-bo");
  const producerPicture = page.getByRole("region", { name: "Ảnh của chủ thể" }).getByRole("img");
  await expectLoaded(producerPicture);
  await expect(producerPicture).toHaveAttribute("alt", /^Hình vẽ minh họa cho /);
  await expectAxeClean(page);
});

test("the gallery works without JavaScript: a thumbnail shows its picture", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/products/che-shan-tuyet-co-thu-cao-bo");
  const second = page.locator("#picture-2");
  // Side by side in a strip: the second picture starts off to the right of the screen.
  expect((await second.boundingBox())!.x).toBeGreaterThanOrEqual(390 - 40);
  await page.getByRole("link", { name: "Xem ảnh 2 trên 2" }).click();
  await expect.poll(async () => (await second.boundingBox())!.x).toBeLessThan(40);
  await expectLoaded(second.getByRole("img"));
  await context.close();
});

test("a producer's own photo, once an officer approves it, replaces the illustrations and their label", async ({ browser }) => {
  test.slow();
  const product = "Chổi chít Việt Lâm";
  const producer = await (await browser.newContext()).newPage();
  await signIn(producer, PRODUCER);
  await producer.goto("/studio/products");
  await producer.getByRole("link", { name: product, exact: true }).click();
  const uploaded = producer.getByRole("list", { name: "Ảnh đã tải lên" });
  await expect(uploaded).toContainText("Ảnh minh họa do hệ thống vẽ");
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#8a6d3b" } }).jpeg().toBuffer();
  await producer.getByLabel("Thêm ảnh").setInputFiles([{ name: "choi-that.jpg", mimeType: "image/jpeg", buffer: photo }]);
  await producer.getByRole("button", { name: "Tải ảnh lên" }).click();
  await expect(uploaded.getByRole("listitem").filter({ hasText: "Chờ duyệt" })).toHaveCount(1);

  // Waiting for review, it is not public: the drawing stays, labelled.
  const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await visitor.goto("/products/choi-chit-viet-lam");
  await expect(visitor.getByRole("region", { name: "Ảnh sản phẩm" }).getByText("Ảnh minh họa", { exact: true }).first()).toBeVisible();

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, OFFICER);
  await officer.goto("/admin/review");
  const item = officer.locator("article", { hasText: product });
  await item.getByRole("button", { name: "Duyệt và công bố" }).click();
  await expect(officer.locator("article", { hasText: product })).toHaveCount(0);

  await visitor.goto("/products/choi-chit-viet-lam");
  const gallery = visitor.getByRole("region", { name: "Ảnh sản phẩm" });
  await expect(gallery.getByText("Ảnh minh họa", { exact: true })).toHaveCount(0);
  const picture = gallery.getByRole("img", { name: product, exact: true });
  await expectLoaded(picture);
  // The card in the catalogue follows.
  await visitor.goto(`/products?q=${encodeURIComponent(product)}`);
  const card = visitor.locator("main article").filter({ has: visitor.getByRole("link", { name: product, exact: true }) });
  await expect(card.getByRole("img")).toHaveAttribute("alt", product);
  await expect(card.getByText("Ảnh minh họa", { exact: true })).toHaveCount(0);
});

test("pictures keep the lists light: twenty cards with pictures and the home page stay far under 300 kB of HTML", async ({ request }) => {
  // Every published demo product has a picture, so twenty cards here is the heaviest a page of cards gets.
  const list = await (await request.get("/products?pageSize=20")).text();
  // The <img> elements' attribute (React writes it "srcSet"), not the copy in the page's RSC payload nor
  // the preload links React adds for the first row's eager pictures (imagesrcset).
  expect(list.match(/<img\b[^>]*\ssrcset="[^"]*-1024\.webp 1024w"/gi)?.length).toBe(20);
  expect(Buffer.byteLength(list)).toBeLessThan(300_000);
  const home = await (await request.get("/")).text();
  expect(home).toContain("-1024.webp 1024w");
  expect(Buffer.byteLength(home)).toBeLessThan(300_000);
  console.log(`HTML: /products?pageSize=20 ${Buffer.byteLength(list)} bytes, / ${Buffer.byteLength(home)} bytes`);
});
