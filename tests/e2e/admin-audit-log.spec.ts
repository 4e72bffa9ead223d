import { expect, test, type Page } from "@playwright/test";
import { addDays, now, today } from "../../lib/clock";
import { OFFICER, signIn } from "./support/auth";

/*
 * Issue 14: the audit log showed raw codes and ids, in UTC while everything else is in Vietnam time,
 * without filters. An officer at a desk does something the log records, then reads it on
 * /admin/audit the way a person would: who (a name), what (words), about what (its name), when (the
 * Vietnam hour and day), and narrows the log with the page's own filters.
 *
 * The run's clock is pinned to half past midnight in Vietnam (tests/support/clock.ts), when the UTC
 * date is still the day before: a log still written in UTC shows the wrong hour and the wrong day.
 */

/** The demo's district officer (prisma/seed/demo-data.ts). */
const OFFICER_NAME = "Cán bộ OCOP Vị Xuyên";

/**
 * "HH:mm dd/mm/yyyy" of an instant in Vietnam, stated from the rule rather than from the app's
 * formatter: Vietnam is UTC+7 all year (no daylight saving).
 */
function vietnamTime(instant: Date): string {
  const vn = new Date(instant.getTime() + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(vn.getUTCHours())}:${two(vn.getUTCMinutes())} ${two(vn.getUTCDate())}/${two(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()}`;
}

async function applyFilters(page: Page, filters: { action?: string; actor?: string; from?: string; to?: string }) {
  const form = page.getByRole("main").getByRole("search");
  // Each control sits inside its label, so its name starts with the label's words.
  if (filters.action !== undefined) await form.getByRole("combobox", { name: /^Thao tác/ }).selectOption({ label: filters.action });
  if (filters.actor !== undefined) await form.getByRole("combobox", { name: /^Cán bộ/ }).selectOption({ label: filters.actor });
  if (filters.from !== undefined) await form.getByLabel(/^Từ ngày/).fill(filters.from);
  if (filters.to !== undefined) await form.getByLabel(/^Đến ngày/).fill(filters.to);
  await form.getByRole("button", { name: "Lọc", exact: true }).click();
  await page.waitForLoadState();
}

test.use({ viewport: { width: 1280, height: 900 } });

test("the audit log names people and records in words, shows Vietnam time, and its filters narrow it from the page", async ({ page }) => {
  test.setTimeout(180_000);
  const name = `Hội chợ nhật ký ${Date.now()}`;
  await signIn(page, OFFICER);

  // Something the log records: a new fair, then its registration closed.
  await page.goto("/admin/fairs/new");
  await page.getByLabel("Tên (tiếng Việt)").fill(name);
  await page.getByLabel("Ngày bắt đầu").fill(addDays(today(), 40));
  await page.getByLabel("Ngày kết thúc").fill(addDays(today(), 41));
  await page.getByLabel("Địa điểm").fill("Nhà văn hóa xã Việt Lâm");
  await page.getByLabel("Tỉnh/thành").fill("Tuyên Quang");
  await page.getByLabel("Hạn đăng ký").fill(addDays(today(), 30));
  await page.getByLabel("Số gian hàng").fill("4");
  const before = now();
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("button", { name: "Đóng đăng ký" }).click();
  await expect(page.getByRole("button", { name: "Mở đăng ký" })).toBeVisible();
  const after = now();

  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký thao tác" })).toBeVisible();
  const rows = page.getByTestId("audit-row").filter({ hasText: name });
  const created = rows.filter({ hasText: "Tạo hội chợ" });
  const closed = rows.filter({ hasText: "Đóng đăng ký hội chợ" });
  await expect(created).toHaveCount(1);
  await expect(closed).toHaveCount(1);

  // When: the Vietnam hour and day of the moment it was done (either side of a minute's turn).
  const cells = created.getByRole("cell");
  const shownAt = (await cells.nth(0).innerText()).trim();
  expect([vietnamTime(before), vietnamTime(after)]).toContain(shownAt);
  // Half past midnight in Vietnam on the pinned day: the UTC day before would be the wrong day.
  expect(shownAt).toContain(today().split("-").reverse().join("/"));
  // Who, what and about what, in words: the officer's name, the action, the kind of record and its name.
  await expect(cells.nth(1)).toHaveText(OFFICER_NAME);
  await expect(cells.nth(2)).toHaveText("Tạo hội chợ");
  await expect(cells.nth(3)).toContainText("Hội chợ");
  await expect(cells.nth(3).getByRole("link", { name })).toBeVisible();

  // Nothing on the page is a raw action code, a record id or a UTC timestamp.
  const table = page.locator("table");
  await expect(table).not.toContainText(/\b(?:producer|product|certificate|account|fair|booth|idea|programme|order)\.[a-zA-Z]+\b/);
  await expect(table).not.toContainText(/\bc[a-z0-9]{24}\b/);
  await expect(table).not.toContainText(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  await expect(table).not.toContainText(/\b(?:Fair|Producer|Product|BoothRequest|OcopCertificate|User)\b/);

  // The filters, used from the page: by action, by person, by Vietnam day.
  await applyFilters(page, { action: "Đóng đăng ký hội chợ" });
  await expect(page).toHaveURL(/[?&]action=fair\.close\b/);
  await expect(closed).toHaveCount(1);
  await expect(created).toHaveCount(0);
  for (const row of await page.getByTestId("audit-row").all()) await expect(row.getByRole("cell").nth(2)).toHaveText("Đóng đăng ký hội chợ");

  await page.goto("/admin/audit");
  await applyFilters(page, { action: "Hội chợ (tất cả)", actor: OFFICER_NAME, from: today(), to: today() });
  await expect(created).toHaveCount(1);
  await expect(closed).toHaveCount(1);
  for (const row of await page.getByTestId("audit-row").all()) await expect(row.getByRole("cell").nth(1)).toHaveText(OFFICER_NAME);

  // The day before (in Vietnam) holds neither: the entries belong to the pinned Vietnam day, not to
  // the UTC date, which is still yesterday at this hour.
  await page.goto("/admin/audit");
  await applyFilters(page, { action: "Hội chợ (tất cả)", from: addDays(today(), -1), to: addDays(today(), -1) });
  await expect(rows).toHaveCount(0);

  // Another officer's actions do not list this one's.
  await page.goto("/admin/audit");
  const actors = await page.getByRole("main").getByRole("search").getByRole("combobox", { name: /^Cán bộ/ }).locator("option").allTextContents();
  const other = actors.find((label) => label !== OFFICER_NAME && label !== "Tất cả");
  if (other) {
    await applyFilters(page, { actor: other });
    await expect(rows).toHaveCount(0);
  }
});

test("the audit log sorts by the person from its column header, and back by time", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/admin/audit");
  const header = (name: string) => page.getByRole("columnheader", { name });
  const people = async () => Promise.all((await page.getByTestId("audit-row").all()).map(async (row) => (await row.getByRole("cell").nth(1).innerText()).trim()));
  // Newest first by default: the time column is the sorted one.
  await expect(header("Thời điểm")).toHaveAttribute("aria-sort", "descending");
  await expect(header("Người thực hiện")).not.toHaveAttribute("aria-sort", /.*/);

  // A→Z by person: a header link, reached and followed with the keyboard.
  await header("Người thực hiện").getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]sort=who&dir=asc/);
  await expect(header("Người thực hiện")).toHaveAttribute("aria-sort", "ascending");
  await expect(header("Thời điểm")).not.toHaveAttribute("aria-sort", /.*/);
  const ascending = await people();
  expect(ascending.length).toBeGreaterThan(0);
  // Sorted by person, each person's entries stand together, and the system's (no person) come last.
  const runs = ascending.filter((name, i) => i === 0 || name !== ascending[i - 1]);
  expect(new Set(runs).size).toBe(runs.length);
  const system = ascending.indexOf("hệ thống");
  if (system >= 0) expect(ascending.slice(system).every((name) => name === "hệ thống")).toBe(true);

  // Again: Z→A, the same people in the opposite order of runs.
  await header("Người thực hiện").getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=who&dir=desc/);
  await expect(header("Người thực hiện")).toHaveAttribute("aria-sort", "descending");
  const descending = await people();
  const descRuns = descending.filter((name, i) => i === 0 || name !== descending[i - 1]);
  expect(new Set(descRuns).size).toBe(descRuns.length);
  if (runs.length > 1 && descending.length === ascending.length) expect(descRuns).toEqual([...runs].reverse());

  // Back to time, newest first at the second click.
  await header("Thời điểm").getByRole("link").click();
  await expect(header("Thời điểm")).toHaveAttribute("aria-sort", "ascending");
});
