import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

const photo = async (name: string, color: string, width = 1200, height = 900) => ({
  name,
  mimeType: "image/jpeg",
  buffer: await sharp({ create: { width, height, channels: 3, background: color } }).jpeg().toBuffer(),
});

/** The keys of the photos shown, in order (the file name of each thumbnail). */
async function galleryKeys(page: Page): Promise<string[]> {
  const sources = await page.getByRole("list", { name: "Ảnh đã tải lên" }).locator("img").evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).getAttribute("src") ?? ""));
  return sources.map((src) => /uploads\/([a-f0-9]+)-/.exec(src)?.[1] ?? src);
}

test("photos: several at once, a too-large one refused with nothing lost, a tiny one refused, reorder, delete, and nothing public until an officer approves it", async ({ browser }) => {
  // Two sign-ins, five uploads, a reorder, a delete and two reviews: a long journey.
  test.slow();
  const name = `Chổi chít ảnh ${Date.now()}`;
  const producer = await browser.newPage();
  await producer.goto("/");
  await signIn(producer, PRODUCER);
  await producer.goto("/studio/products/new");
  await producer.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).fill(name);
  await producer.getByRole("textbox", { name: "Mô tả", exact: true }).fill("Chổi chít bó tay, cán tre.");
  await producer.getByRole("textbox", { name: "Đơn vị bán", exact: true }).fill("chiếc");
  await producer.getByRole("textbox", { name: "Giá (đồng)" }).fill("45.000");
  await producer.getByRole("spinbutton", { name: "Tồn kho" }).fill("30");

  // A 10.5 MB phone photo among two good ones: refused in the browser, named, the rest kept.
  const phonePhoto = { name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(11_010_048, 0xff) };
  await producer.getByLabel("Ảnh sản phẩm").setInputFiles([await photo("mat-truoc.jpg", "#2f7d32"), phonePhoto, await photo("mat-sau.jpg", "#7d2f32")]);
  await expect(producer.getByRole("main").getByRole("alert")).toContainText("Ảnh “IMG_2041.jpg” nặng 10,5 MB, quá giới hạn 8 MB");
  await expect(producer.getByRole("textbox", { name: "Tên sản phẩm", exact: true })).toHaveValue(name);
  await producer.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(producer.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(producer.getByRole("list", { name: "Ảnh đã tải lên" }).getByRole("listitem")).toHaveCount(2);
  await expect(producer.getByRole("list", { name: "Ảnh đã tải lên" })).toContainText("Chờ duyệt");

  // A 1×1 image is refused by the server with its name; a good one goes in.
  const uploader = producer.getByRole("button", { name: "Tải ảnh lên" });
  await producer.getByLabel("Thêm ảnh").setInputFiles([await photo("pixel.jpg", "#000000", 1, 1)]);
  await uploader.click();
  await expect(producer.getByRole("main").getByRole("alert")).toContainText("Ảnh “pixel.jpg” chỉ có 1×1 điểm ảnh");
  await producer.getByLabel("Thêm ảnh").setInputFiles([await photo("ben-canh.jpg", "#32327d")]);
  await uploader.click();
  await expect(producer.getByRole("list", { name: "Ảnh đã tải lên" }).getByRole("listitem")).toHaveCount(3);

  // Reorder: the third becomes the main photo; then delete the (new) second one.
  const [first, second, third] = await galleryKeys(producer);
  await producer.getByRole("button", { name: "Đặt ảnh 3 làm ảnh chính" }).click();
  await expect.poll(() => galleryKeys(producer)).toEqual([third, first, second]);
  producer.once("dialog", (dialog) => dialog.accept());
  await producer.getByRole("button", { name: "Xoá ảnh 2" }).click();
  await expect.poll(() => galleryKeys(producer)).toEqual([third, second]);
  expect((await producer.request.get(`/uploads/${first}-320.webp`)).status()).toBe(404);

  await producer.getByRole("button", { name: "Lưu và gửi duyệt" }).click();
  await expect(producer.getByText("Chờ duyệt", { exact: true }).first()).toBeVisible();

  // The officer sees the photos in the review queue and approves the listing with them.
  const officer = await (await browser.newContext()).newPage();
  await officer.goto("/");
  await signIn(officer, OFFICER);
  await officer.goto("/admin/review");
  const item = officer.locator("article", { hasText: name });
  await expect(item.getByRole("heading", { name: "Ảnh chờ duyệt (2)" })).toBeVisible();
  await expect(item.locator("img")).toHaveCount(2);
  await item.getByRole("button", { name: "Duyệt và công bố" }).click();
  await expect(officer.locator("article", { hasText: name })).toHaveCount(0);

  await officer.goto(`/products?q=${encodeURIComponent(name)}`);
  // The result card's link (the search's own "remove this filter" chip names the product too).
  await officer.getByRole("link", { name, exact: true }).first().click();
  // The link navigates on the client: count on the product page, not on the search results.
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(name);
  const productUrl = officer.url();
  // The product's own gallery (related products further down have photos of their own).
  const publicPhotos = () => officer.getByRole("region", { name: "Ảnh sản phẩm" }).locator("img[src*='/uploads/']").evaluateAll((imgs) => new Set(imgs.map((img) => /uploads\/([a-f0-9]+)-/.exec(img.getAttribute("src") ?? "")?.[1])).size);
  expect(await publicPhotos()).toBe(2);

  // A photo added to the published listing is not public until approved.
  await producer.getByLabel("Thêm ảnh").setInputFiles([await photo("moi.jpg", "#7d7d32")]);
  await producer.getByRole("button", { name: "Tải ảnh lên" }).click();
  await expect(producer.getByRole("list", { name: "Ảnh đã tải lên" }).getByRole("listitem")).toHaveCount(3);
  await officer.goto(productUrl);
  expect(await publicPhotos()).toBe(2);
  await officer.goto("/admin/review");
  const revision = officer.locator("article", { hasText: name });
  await expect(revision).toContainText("ảnh mới cho sản phẩm đang công bố");
  await revision.getByRole("button", { name: "Duyệt và công bố" }).click();
  // The approval is done when the queue no longer holds it (leaving earlier could cut the action short).
  await expect(officer.locator("article", { hasText: name })).toHaveCount(0);
  await officer.goto(productUrl);
  expect(await publicPhotos()).toBe(3);
});
