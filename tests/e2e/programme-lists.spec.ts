import { expect, test, type Page } from "@playwright/test";
import { OFFICER, signIn } from "./support/auth";

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
