import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { today } from "../../lib/clock";
import { E2E_STATE_FILE } from "../../playwright.config";
import { OFFICER, signIn } from "./support/auth";
import { CERTIFICATE_FIXTURE, createCertificateFixtures } from "./support/fixture-certificates";

/*
 * One provincial decision revokes several products' certificates: the officer ticks them in the list,
 * reads on the confirmation page what will be revoked, types the decision once (a day the rules refuse
 * comes back next to its field, the rest kept) and finds them revoked in the list. The certificates are
 * this spec's own (tests/e2e/support/fixture-certificates.ts), so no other journey's stars move.
 */

const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };

test.beforeAll(async () => {
  await createCertificateFixtures(state.databaseUrl);
});

test("an officer ticks two certificates, confirms one revocation decision for both, and the list shows them revoked", async ({ page }) => {
  const [tea, noodles] = CERTIFICATE_FIXTURE.products;
  await signIn(page, OFFICER);
  await page.goto(`/admin/certificates?q=${CERTIFICATE_FIXTURE.tag}`);
  const rows = page.getByTestId("certificate-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: tea.name })).toContainText("còn hiệu lực");

  await page.getByRole("checkbox", { name: `Chọn ${tea.name} · ${tea.decisionNumber}` }).check();
  await page.getByRole("checkbox", { name: `Chọn ${noodles.name} · ${noodles.decisionNumber}` }).check();
  await page.getByRole("button", { name: "Thu hồi…" }).click();

  // Nothing has changed yet: the page names both and asks for the decision once.
  await expect(page).toHaveURL(/\/admin\/certificates\/confirm\?/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Thu hồi 2 chứng nhận theo một quyết định");
  const listed = page.getByRole("listitem").filter({ hasText: "9101/QĐ-UBND" });
  await expect(listed).toContainText(tea.name);
  await expect(page.getByRole("listitem").filter({ hasText: noodles.decisionNumber })).toContainText(noodles.name);

  // A revocation day before the decisions (15/01/2026) is refused by the single revocation's rule; what was typed stays.
  await page.getByLabel("Số quyết định thu hồi").fill("88/QĐ-UBND");
  await page.getByLabel("Ngày thu hồi").fill("2026-01-14");
  await page.getByLabel("Lý do thu hồi").fill("Không duy trì điều kiện sản xuất sau đánh giá lại");
  await page.getByRole("button", { name: "Ghi nhận thu hồi" }).click();
  await expect(page.getByText(/Ngày thu hồi .* trước ngày ký quyết định/)).toBeVisible();
  await expect(page.getByLabel("Số quyết định thu hồi")).toHaveValue("88/QĐ-UBND");
  await expect(page.getByLabel("Lý do thu hồi")).toHaveValue("Không duy trì điều kiện sản xuất sau đánh giá lại");

  await page.getByLabel("Ngày thu hồi").fill(today());
  await page.getByRole("button", { name: "Ghi nhận thu hồi" }).click();

  // Back on the list the officer came from, with what was done.
  await expect(page).toHaveURL(new RegExp(`/admin/certificates\\?q=${CERTIFICATE_FIXTURE.tag}&done=revoke&count=2`));
  await expect(page.getByText("Đã thu hồi 2 chứng nhận.")).toBeVisible();
  await expect(rows).toHaveCount(2);
  for (const product of [tea, noodles]) await expect(rows.filter({ hasText: product.name })).toContainText("đã thu hồi · 88/QĐ-UBND");
});
