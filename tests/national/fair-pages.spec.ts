import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { PAGE_SIZES } from "@/lib/list-query";
import { NATIONAL_STATE_FILE } from "../../playwright.national.config";
import { NATIONAL_OFFICER, signIn } from "../e2e/support/auth";

/**
 * The largest fair of the national data (a national fair in Hà Nội with hundreds of exhibitors,
 * prisma/seed/generate-national.ts) as visitors, exhibitors and officers see it: every page stays under
 * 300 kB of HTML, and the officers' orders list too. Read-only: the figures of the other files stay.
 */
const state = JSON.parse(readFileSync(NATIONAL_STATE_FILE, "utf8")) as { databaseUrl: string };
const MAX_HTML_BYTES = 300 * 1024;
const LARGEST = Math.max(...PAGE_SIZES);

async function largestFair(): Promise<{ id: string; slug: string; approved: number; requests: number }> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; slug: string; approved: number; requests: number }>(
      `SELECT f.id, f.slug, count(*) FILTER (WHERE r.status = 'APPROVED')::int AS approved, count(*)::int AS requests
         FROM fairs f JOIN booth_requests r ON r."fairId" = f.id
        GROUP BY f.id ORDER BY approved DESC LIMIT 1`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

test("the largest fair's public, exhibitor and officer pages, and the orders list, stay under 300 kB", async ({ page }) => {
  const fair = await largestFair();
  // The generator's national fair: hundreds of exhibitors, or this test weighs nothing worth weighing.
  expect(fair.approved).toBeGreaterThanOrEqual(400);

  const weigh = async (paths: string[]) => {
    const weights: Record<string, number> = {};
    for (const path of paths) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      weights[path] = (await response.body()).byteLength;
    }
    console.log(Object.entries(weights).map(([path, bytes]) => `${(bytes / 1024).toFixed(0).padStart(5)} kB  ${path}`).join("\n"));
    for (const [path, bytes] of Object.entries(weights)) expect(bytes, path).toBeLessThan(MAX_HTML_BYTES);
  };

  await weigh(["/fairs", `/fairs/${fair.slug}`, `/en/fairs/${fair.slug}`, `/fairs/${fair.slug}?page=5`, `/fairs/${fair.slug}/exhibit`, `/en/fairs/${fair.slug}/exhibit`]);
  await signIn(page, NATIONAL_OFFICER);
  await weigh([
    `/admin/fairs/${fair.id}`,
    `/admin/fairs/${fair.id}?pageSize=${LARGEST}`,
    `/admin/fairs/${fair.id}/exhibitors`,
    "/admin/orders",
    `/admin/orders?pageSize=${LARGEST}`,
  ]);
});
