import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_STATE_FILE } from "../../playwright.config";
import { addDays, today } from "../../lib/clock";
import { OFFICER, signIn } from "./support/auth";

const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };

/**
 * A fair of the demo officer's region with three booths and three pending requests (one booth, one
 * booth, two booths), written straight into the e2e database: producers cannot request booths for
 * each other, and the demo has only one producer account. Its own name, so runs never collide.
 */
async function fairWithRequests(): Promise<{ id: string; producers: string[] }> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    const suffix = randomBytes(3).toString("hex");
    const [{ regionId }] = (await client.query<{ regionId: string | null }>(`SELECT "regionId" FROM users WHERE email = $1`, [OFFICER.email])).rows;
    const id = `e2e-bulk-fair-${suffix}`;
    await client.query(
      `INSERT INTO fairs (id, slug, "nameVi", "startsOn", "endsOn", venue, province, "registrationDeadline", "boothCapacity", "regionId", "updatedAt")
       VALUES ($1, $1, $2, $3, $4, 'Nhà văn hóa huyện', 'Tuyên Quang', $5, 3, $6, now())`,
      [id, `Hội chợ duyệt hàng loạt ${suffix}`, addDays(today(), 40), addDays(today(), 41), `${addDays(today(), 30)}T16:59:59Z`, regionId],
    );
    const producers = (await client.query<{ id: string; name: string }>(`SELECT id, name FROM producers WHERE status = 'ACTIVE' AND id NOT LIKE 'e2e-%' ORDER BY slug LIMIT 3`)).rows;
    for (const [i, producer] of producers.entries()) {
      await client.query(
        `INSERT INTO booth_requests (id, "fairId", "producerId", "boothCount", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, now() - make_interval(mins => $5), now())`,
        [`${id}-r${i}`, id, producer.id, i === 2 ? 2 : 1, 10 - i],
      );
    }
    return { id, producers: producers.map((p) => p.name) };
  } finally {
    await client.end();
  }
}

test("an officer ticks two booth requests, confirms on the confirmation page, and the list shows them approved with their booths", async ({ page }) => {
  const fair = await fairWithRequests();
  const [first, second, third] = fair.producers;
  await signIn(page, OFFICER);
  // Sorted by producer name, so the list the officer comes back to is the one it left.
  await page.goto(`/admin/fairs/${fair.id}?sort=producer`);
  await page.getByRole("checkbox", { name: `Chọn ${first}` }).check();
  await page.getByRole("checkbox", { name: `Chọn ${second}` }).check();
  await page.getByRole("button", { name: "Duyệt…", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Xác nhận thao tác" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Duyệt 2 yêu cầu gian hàng tại Hội chợ duyệt hàng loạt/ })).toBeVisible();
  // Booths go in order of arrival, the lowest free first: nothing has changed yet.
  const items = page.getByTestId("confirm-items").getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: first })).toContainText("→ gian 1");
  await expect(items.filter({ hasText: second })).toContainText("→ gian 2");
  await page.getByRole("button", { name: "Xác nhận duyệt" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Đã duyệt 2 yêu cầu." })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("sort")).toBe("producer");
  const card = (name: string) => page.getByTestId("booth-request").filter({ hasText: name });
  await expect(card(first)).toContainText("Đã duyệt · 1");
  await expect(card(second)).toContainText("Đã duyệt · 2");
  await expect(card(third)).toContainText("Chờ xét");
  await expect(page.getByRole("heading", { name: /Yêu cầu gian hàng/ })).toContainText("Còn 1/3 gian trống");
});
