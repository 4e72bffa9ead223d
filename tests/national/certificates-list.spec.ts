import { expect, test } from "@playwright/test";
import { addDays, today } from "../../lib/clock";
import { NATIONAL_OFFICER, signIn } from "../e2e/support/auth";

/**
 * The officers' certificate list on the national data (the demo district plus 8,000 producers and
 * 20,000 products with their certificates; scripts/national-server.ts), read only: every view stays under
 * 300 kB of HTML, and "expiring" holds exactly the certificates still valid and ending within 90 days.
 */

/** RFC 4180 rows (the CSV quotes cells with commas, quotes or line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += c;
    }
  }
  return rows;
}

const isoOf = (ddmmyyyy: string) => ddmmyyyy.split("/").reverse().join("-");

test("the certificate list stays under 300 kB with the national data, and 'expiring' means still valid and ending within 90 days", async ({ page }) => {
  test.setTimeout(300_000);
  // An officer of the whole country: the demo officer sees the demo district only (server/auth/scope.ts).
  await signIn(page, NATIONAL_OFFICER);

  for (const path of [
    "/admin/certificates",
    "/admin/certificates?state=expiring",
    "/admin/certificates?q=che+shan+tuyet&sort=product",
    "/admin/certificates?state=expired&stars=3&page=20",
    "/admin/certificates/new",
    "/admin/certificates/new?q=mat+ong",
    "/en/admin/certificates?state=valid&sort=valid-asc",
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect((await response.body()).byteLength, path).toBeLessThan(300_000);
  }

  await page.goto("/admin/certificates?state=expiring");
  await expect(page.locator("tbody tr")).toHaveCount(50);
  const total = Number((await page.getByRole("status").first().textContent())!.replace(/\D/g, ""));
  expect(total).toBeGreaterThan(50);

  // The CSV holds the whole filtered list: all still valid, all ending between today and today + 90 days.
  const csv = await page.request.get("/admin/certificates/export?state=expiring");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const [header, ...rows] = parseCsv((await csv.text()).replace(/^\uFEFF/, ""));
  expect(rows).toHaveLength(total);
  const validUntil = header.indexOf("Hiệu lực đến");
  const state = header.indexOf("Tình trạng");
  const from = today();
  const to = addDays(from, 90);
  for (const row of rows) {
    expect(row[state]).toBe("còn hiệu lực");
    expect(isoOf(row[validUntil]) >= from && isoOf(row[validUntil]) <= to, row[validUntil]).toBe(true);
  }
});
