import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { today } from "../../lib/clock";
import { formatDay } from "../../lib/format";
import { E2E_STATE_FILE } from "../../playwright.config";
import { OFFICER, signIn } from "./support/auth";
import { CERTIFICATE_FIXTURE, createCertificateFixtures } from "./support/fixture-certificates";

/*
 * After a training session the attending producers sign one commitment together: the officer ticks
 * them in the commitments list, picks the commitment on the confirmation page, types the day and the
 * evidence once, and finds it in each one's row. The producer is a fixture of its own
 * (tests/e2e/support/fixture-certificates.ts), so no demo figure moves.
 */

const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };

test.beforeAll(async () => {
  await createCertificateFixtures(state.databaseUrl);
});

test("an officer records one commitment for the ticked producers through the confirmation page", async ({ page }) => {
  const name = CERTIFICATE_FIXTURE.producerName;
  await signIn(page, OFFICER);
  await page.goto("/admin/programme/commitments?q=kiem+thu+thu+hoi");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("0/5");

  await page.getByRole("checkbox", { name: `Chọn ${name}` }).check();
  await page.getByRole("button", { name: "Ghi nhận một cam kết…" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Ghi nhận cam kết “An toàn thực phẩm” cho 1 chủ thể");
  await page.getByRole("link", { name: "Bao bì", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Ghi nhận cam kết “Bao bì” cho 1 chủ thể");
  await expect(page.getByRole("listitem").filter({ hasText: name })).toBeVisible();

  await page.getByLabel("Ngày cam kết").fill(today());
  await page.getByLabel("Minh chứng").fill("Biên bản tập huấn bao bì số 07/BB");
  await page.getByRole("button", { name: "Ghi nhận cam kết" }).click();

  await expect(page.getByText("Đã ghi nhận cam kết cho 1 chủ thể.")).toBeVisible();
  await expect(row).toContainText(formatDay(today(), "vi"));
  await expect(row).toContainText("1/5");
});
