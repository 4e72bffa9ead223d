import { expect, test, type Page } from "@playwright/test";
import { actionBodyLimitBytes, uploadMaxBytesSetting } from "../../lib/request-limits.mjs";
import { PRODUCER, signIn } from "./support/auth";

/*
 * Issue 14, item 4: a 10.5 MB phone photo crashed the page into an English "This page couldn't
 * load". A page that fails must show the site's own error page (app/[locale]/error.tsx) in the
 * visitor's language, say what happened and that nothing saved was lost, and offer a way home.
 *
 * How a page fails here, with no route made for the test: a producer on a phone attaches a scan to a
 * production event that is bigger than everything the site accepts in one post (three photos at the
 * upload limit plus 1 MB, lib/request-limits.mjs). The server refuses it before reading it, so the
 * page's action fails, as it would for a huge file on a real phone.
 */

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Over the whole post's limit by 1 MB: the server refuses it from its declared length. */
const TOO_LARGE = actionBodyLimitBytes(uploadMaxBytesSetting(process.env.UPLOAD_MAX_BYTES)) + 1024 * 1024;

async function attachHugeScan(page: Page, batchPath: string, labels: { form: string; type: string; place: string; actor: string; evidence: string; submit: string }, place: string) {
  await page.goto(batchPath);
  const form = page.getByRole("form", { name: labels.form });
  await form.getByRole("combobox", { name: labels.type }).selectOption("PACKAGING");
  await form.locator("input[name=occurredOn]").fill("2026-10-20");
  await form.getByRole("textbox", { name: labels.place }).fill(place);
  await form.getByRole("textbox", { name: labels.actor }).fill("HTX Chổi chít Việt Lâm");
  const scan = Buffer.alloc(TOO_LARGE, 0x20);
  scan.write("%PDF-1.4\n");
  await form.getByLabel(labels.evidence).setInputFiles({ name: "bien-ban-dong-goi.pdf", mimeType: "application/pdf", buffer: scan });
  await form.getByRole("button", { name: labels.submit }).click();
}

test("a page whose action fails shows the site's error page in Vietnamese, then in English, with a way home, and nothing is half-saved", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, PRODUCER);
  await page.goto("/studio/batches");
  await page.getByRole("main").getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/studio\/batches\/[^/]+$/);
  const batchPath = new URL(page.url()).pathname;
  const place = `Kho tài liệu ${Date.now()}`;

  await attachHugeScan(page, batchPath, { form: "Thêm sự kiện", type: "Loại sự kiện", place: "Địa điểm", actor: "Người / đơn vị thực hiện", evidence: "Minh chứng (ảnh hoặc PDF)", submit: "Thêm sự kiện" }, place);
  const error = page.getByRole("main").getByRole("alert");
  await expect(error.getByRole("heading", { level: 1, name: "Trang này gặp sự cố" })).toBeVisible({ timeout: 60_000 });
  await expect(error).toContainText("Nội dung gửi lên quá lớn (thường là ảnh quá nặng). Hãy chọn ảnh nhỏ hơn rồi thử lại.");
  // The site's own page, not the framework's: the site header stays, nothing in English.
  await expect(page.locator("body > header")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("This page couldn");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  const home = error.getByRole("link", { name: "Về trang chủ" });
  await expect(home).toHaveAttribute("href", "/");
  await home.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("alert").filter({ hasText: "Trang này gặp sự cố" })).toHaveCount(0);

  // Nothing was recorded for the refused post.
  await page.goto(batchPath);
  await expect(page.getByRole("main")).not.toContainText(place);

  // The same in English: the English page, and home is the English home.
  await attachHugeScan(page, `/en${batchPath}`, { form: "Add event", type: "Event type", place: "Place", actor: "Done by", evidence: "Evidence (photo or PDF)", submit: "Add event" }, place);
  const englishError = page.getByRole("main").getByRole("alert");
  await expect(englishError.getByRole("heading", { level: 1, name: "Something went wrong on this page" })).toBeVisible({ timeout: 60_000 });
  await expect(englishError).toContainText("What was sent is too large (usually a photo that is too heavy). Choose a smaller photo and try again.");
  await expect(englishError.getByRole("link", { name: "Home page" })).toHaveAttribute("href", "/en");
  await englishError.getByRole("link", { name: "Home page" }).click();
  await expect(page).toHaveURL(/\/en$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form post over the limit is answered in the page's language with a way back and home, not a bare English error", async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, PRODUCER);
    await page.goto("/studio/batches");
    await page.getByRole("main").getByRole("table").getByRole("link").first().click();
    const batchPath = new URL(page.url()).pathname;
    const place = `Kho tài liệu ${Date.now()}`;

    await attachHugeScan(page, batchPath, { form: "Thêm sự kiện", type: "Loại sự kiện", place: "Địa điểm", actor: "Người / đơn vị thực hiện", evidence: "Minh chứng (ảnh hoặc PDF)", submit: "Thêm sự kiện" }, place);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    const error = page.getByRole("alert");
    await expect(error.getByRole("heading", { level: 1, name: "Trang này gặp sự cố" })).toBeVisible({ timeout: 60_000 });
    await expect(error).toContainText("Nội dung gửi lên quá lớn (thường là ảnh quá nặng). Hãy chọn ảnh nhỏ hơn rồi thử lại.");
    await expect(page.locator("body")).not.toContainText("Payload Too Large");
    await expect(error.getByRole("link", { name: "Quay lại trang trước" })).toHaveAttribute("href", batchPath);
    await error.getByRole("link", { name: "Về trang chủ" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto(batchPath);
    await expect(page.getByRole("main")).not.toContainText(place);

    await attachHugeScan(page, `/en${batchPath}`, { form: "Add event", type: "Event type", place: "Place", actor: "Done by", evidence: "Evidence (photo or PDF)", submit: "Add event" }, place);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("alert").getByRole("heading", { level: 1, name: "Something went wrong on this page" })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("alert")).toContainText("What was sent is too large (usually a photo that is too heavy). Choose a smaller photo and try again.");
    await expect(page.getByRole("alert").getByRole("link", { name: "Home page" })).toHaveAttribute("href", "/en");
  });
});
