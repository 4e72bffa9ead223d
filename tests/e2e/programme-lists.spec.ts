import { expect, test, type Page } from "@playwright/test";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

/*
 * The officers' programme record lists sort from their column headers (lib/list-query, ListTable).
 * Asserted on the order of what is shown, not on which rows: other journeys add stall support.
 */

/** The shown rows' values in one data cell (the producer is the row's header, so cell 0 is the commune). */
async function column(page: Page, cell: number): Promise<string[]> {
  return Promise.all((await page.locator("tbody tr").all()).map(async (row) => (await row.getByRole("cell").nth(cell).innerText()).trim()));
}

/** dd/mm/yyyy as yyyy-mm-dd, so days compare as text. */
const isoDays = (days: string[]) => days.map((d) => d.split("/").reverse().join("-"));
/** "18.000.000 ₫" as 18000000; support in kind ("—") as null. */
const amounts = (cells: string[]) => cells.map((c) => (/\d/.test(c) ? Number(c.replace(/\D/g, "")) : null));

test("the stall support list sorts by day and by amount from its column headers, both ways", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/admin/programme/stalls");
  const header = (name: string) => page.getByRole("columnheader", { name, exact: true });

  // Newest support first until a header is chosen.
  await expect(header("Ngày hỗ trợ")).toHaveAttribute("aria-sort", "descending");
  const newestFirst = isoDays(await column(page, 1));
  expect(new Set(newestFirst).size).toBeGreaterThan(1);
  expect(newestFirst).toEqual([...newestFirst].sort().reverse());

  await header("Ngày hỗ trợ").getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=date&dir=asc/);
  await expect(header("Ngày hỗ trợ")).toHaveAttribute("aria-sort", "ascending");
  expect(isoDays(await column(page, 1))).toEqual([...newestFirst].sort());

  const amountHeader = header("Kinh phí hỗ trợ (đồng)");
  await amountHeader.getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=amount&dir=asc/);
  await expect(amountHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(header("Ngày hỗ trợ")).not.toHaveAttribute("aria-sort", /.*/);
  const byAmount = (values: (number | null)[], dir: 1 | -1) => [
    ...values.filter((v): v is number => v !== null).sort((a, b) => dir * (a - b)),
    ...values.filter((v) => v === null),
  ];
  const ascending = amounts(await column(page, 3));
  expect(ascending).toEqual(byAmount(ascending, 1));

  await amountHeader.getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=amount&dir=desc/);
  await expect(amountHeader).toHaveAttribute("aria-sort", "descending");
  const descending = amounts(await column(page, 3));
  // Support in kind stays last both ways.
  expect(descending).toEqual(byAmount(ascending, -1));
});

test("each record list's CSV link gives the rows it shows, in its order; producers get none", async ({ page, browser }) => {
  await signIn(page, OFFICER);
  // The officers sorted by name Z→A: the CSV's first column is the rows' header cells, in the same order.
  for (const [path, sort] of [
    ["/admin/programme/staff", "name"],
    ["/admin/programme/organisations", "name"],
    ["/admin/programme/teams", "commune"],
    ["/admin/programme/stalls", "producer"],
  ]) {
    await page.goto(`${path}?sort=${sort}&dir=desc`);
    const shown = await page.locator("tbody tr th").allInnerTexts();
    expect(shown.length, path).toBeGreaterThan(0);
    const href = await page.getByRole("link", { name: "Tải CSV (theo bộ lọc)" }).getAttribute("href");
    expect(href).toContain(`sort=${sort}&dir=desc`);
    const csv = await page.request.get(href!);
    expect(csv.status(), path).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    // Fewer than 50 rows in the demo: the page shows them all, and the CSV has exactly those.
    expect(lines.slice(1).map((line) => line.split(",")[0].replace(/^"|"$/g, "")), path).toEqual(shown.map((name) => name.trim()));
  }

  const producer = await (await browser.newContext()).newPage();
  await signIn(producer, PRODUCER);
  for (const path of ["/admin/programme/stalls/export", "/admin/programme/organisations/export", "/admin/programme/teams/export", "/admin/programme/staff/export"]) {
    expect((await producer.request.get(path)).status(), path).toBe(404);
  }
});
