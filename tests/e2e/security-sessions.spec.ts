import { readFileSync } from "node:fs";
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { E2E_STATE_FILE } from "../../playwright.config";
import { cookieFrom, postPageForm, rawRequest } from "../support/http-client";
import { OFFICER, signIn } from "./support/auth";
import { accountId, EXPIRY_PRODUCER, OFFICER_TO_LOCK, PRODUCER_TO_LOCK, SESSION_FIXTURE, SESSION_PRODUCER } from "./support/fixture-accounts";

/*
 * Finding 2: a session taken before a suspension, a deactivation, a sign-out or a password change must
 * stop working at once — pages, routes and actions alike — and must never be renewed. The attacker here holds a copy
 * of the producer's session cookie and uses it over plain HTTP.
 */

/** A suspension or a lock revokes sessions, writes the audit log and expires cached pages: on a loaded 2-core machine that takes seconds. */
const expect = baseExpect.configure({ timeout: 30_000 });

const SESSION_COOKIE = "next-auth.session-token";
const PRODUCER_NAME = "HTX Kiểm thử phiên";

async function signedIn(browser: Browser, account: { email: string; password: string }): Promise<{ page: Page; cookie: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  const session = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  if (!session) throw new Error("no session cookie after signing in");
  return { page, cookie: `${SESSION_COOKIE}=${session.value}` };
}

/** What the holder of `cookie` gets from the producer's back office, over HTTP. */
async function backOfficeAnswers(base: string, cookie: string) {
  const get = (path: string) => rawRequest(base, path, { headers: { cookie } });
  const [studio, edit, exported, qr] = await Promise.all([
    get("/studio"),
    get(`/studio/products/${SESSION_FIXTURE.productId}`),
    get("/studio/orders/export"),
    get(`/api/studio/batches/${SESSION_FIXTURE.batchId}/qr`),
  ]);
  return { studio, edit, exported, qr };
}

function expectRevoked(answers: Awaited<ReturnType<typeof backOfficeAnswers>>) {
  for (const page of [answers.studio, answers.edit, answers.exported]) {
    expect(page.status).toBe(307);
    expect(String(page.headers.location)).toContain("/login?callbackUrl=");
    // The browser is told to forget the dead cookie.
    expect(page.setCookies.some((line) => line.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
  }
  expect(answers.exported.headers["content-type"] ?? "").not.toContain("text/csv");
  expect(answers.qr.status).toBe(401);
  expect(answers.qr.headers["content-type"]).not.toContain("image");
}

async function setSuspended(page: Page, suspended: boolean) {
  // The officers' list at national scale: search, then the row's action through its confirmation page.
  await page.goto("/admin/producers");
  await page.getByLabel("Tìm chủ thể").fill(PRODUCER_NAME);
  await page.getByRole("button", { name: "Lọc" }).click();
  const row = page.getByTestId("producer-row").filter({ hasText: PRODUCER_NAME });
  await expect(row).toHaveCount(1);
  if (suspended) {
    await row.getByRole("link", { name: "Tạm dừng…" }).click();
    await page.getByLabel("Lý do tạm dừng").fill("Kiểm tra an toàn thực phẩm");
    await page.getByRole("button", { name: "Xác nhận tạm dừng" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã tạm dừng 1 chủ thể." })).toBeVisible();
  } else {
    await row.getByRole("link", { name: "Kích hoạt lại…" }).click();
    await page.getByRole("button", { name: "Xác nhận kích hoạt lại" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã kích hoạt lại 1 chủ thể." })).toBeVisible();
  }
}

test("suspending a producer ends its sessions: a copied cookie opens no page, export, QR code or action", async ({ browser, baseURL }) => {
  // Three browsers sign in and an officer suspends and reactivates through the confirmation pages.
  test.slow();
  const base = baseURL!;
  const producer = await signedIn(browser, SESSION_PRODUCER);
  const before = await backOfficeAnswers(base, producer.cookie);
  expect([before.studio.status, before.edit.status, before.exported.status]).toEqual([200, 200, 200]);
  // This site's address (127.0.0.1) is not public, so the batch's owner is told why there is no QR
  // code (trace-batch): an answer only the signed-in owner gets.
  expect(before.qr.status).toBe(409);
  expect(before.qr.body).toContain("NON_PUBLIC_BASE_URL");
  // The attacker keeps what a Server Action post needs (the profile form, where the bank account is).
  const profileAction = await rawRequest(base, "/studio/profile", { headers: { cookie: producer.cookie } });
  expect(profileAction.status).toBe(200);

  const officer = await signedIn(browser, OFFICER);
  await setSuspended(officer.page, true);
  try {
    expectRevoked(await backOfficeAnswers(base, producer.cookie));
    // The producer's own browser is signed out too.
    await producer.page.goto("/studio");
    await expect(producer.page).toHaveURL(/\/login\?callbackUrl=/);
    // An action posted with the copied cookie changes nothing: the bank account pending VietQR orders
    // would be paid to stays as it was (checked below, once the producer is back).
    const attempt = await postPageForm(base, "/studio/profile", { bankAccount: "999999999999", bankBin: "970436", bankAccountName: "KE GIAN", locale: "vi" }, {
      cookie: producer.cookie,
      markup: profileAction.body,
    });
    expect(attempt.status).toBe(307);
  } finally {
    await setSuspended(officer.page, false);
  }
  // Reactivation does not bring the old session back…
  expectRevoked(await backOfficeAnswers(base, producer.cookie));
  // …a new sign-in works, and shows the bank account untouched.
  const again = await signedIn(browser, SESSION_PRODUCER);
  await again.page.goto("/studio/profile");
  await expect(again.page.locator('input[name="bankAccount"]')).not.toHaveValue("999999999999");
});

test("signing out ends that browser's session, every copy of its cookie included, and a signed-out cookie is never renewed", async ({ browser, baseURL }) => {
  const base = baseURL!;
  const laptop = await signedIn(browser, SESSION_PRODUCER);
  const phone = await signedIn(browser, SESSION_PRODUCER);
  expect((await backOfficeAnswers(base, laptop.cookie)).studio.status).toBe(200);

  await laptop.page.goto("/studio");
  // The back-office bar's sign-out (the public header offers the same button).
  await laptop.page.getByTestId("backoffice-bar").getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(laptop.page).toHaveURL((url) => url.pathname === "/");

  // The copy an attacker took of the laptop's cookie is dead; the owner's phone is another device.
  expectRevoked(await backOfficeAnswers(base, laptop.cookie));
  expect((await backOfficeAnswers(base, phone.cookie)).studio.status).toBe(200);
  // next-auth's session endpoint, which used to hand back a fresh cookie with a later expiry, hands
  // back nothing for it.
  const renewal = await rawRequest(base, "/api/auth/session", { headers: { cookie: laptop.cookie } });
  expect(cookieFrom(renewal.setCookies, SESSION_COOKIE)).toBeUndefined();
  expect(renewal.body).not.toContain(SESSION_PRODUCER.email);
  const refresh = await rawRequest(base, "/studio", { headers: { cookie: laptop.cookie } });
  expect(cookieFrom(refresh.setCookies, SESSION_COOKIE) ?? "").toBe("");
});

test("the owner sees each signed-in device, signs a stranger's out from their own, and can sign out everywhere", async ({ browser, baseURL }) => {
  // Five browsers sign in and earlier tests' sessions of this account are signed out one by one.
  test.slow();
  const base = baseURL!;
  const stranger = await signedIn(browser, SESSION_PRODUCER);
  const owner = await signedIn(browser, SESSION_PRODUCER);
  await owner.page.goto("/account/password");
  const devices = owner.page.getByRole("region", { name: "Thiết bị đang đăng nhập" });
  // Both browsers are listed; the owner's is marked and has no sign-out button of its own.
  // Exact: the other devices' buttons read "Đăng xuất thiết bị này".
  await expect(devices.getByRole("listitem").filter({ has: owner.page.getByText("Thiết bị này", { exact: true }) })).toHaveCount(1);
  const others = devices.getByRole("button", { name: /^Đăng xuất .* \(đăng nhập lúc / });
  expect(await others.count()).toBeGreaterThanOrEqual(1);
  // Sign out every other device one by one (earlier tests may have left sessions of this account).
  // Each click takes one device off the list (waited for, so a click never lands on a stale list).
  for (let remaining = await others.count(); remaining > 0; remaining--) {
    await others.first().click();
    await expect(others).toHaveCount(remaining - 1);
    await expect(owner.page.getByRole("status")).toContainText("Đã đăng xuất thiết bị đó.");
  }
  expectRevoked(await backOfficeAnswers(base, stranger.cookie));
  expect((await backOfficeAnswers(base, owner.cookie)).studio.status).toBe(200);

  // A device id is no key to another account's sessions: an officer posting the id of the owner's
  // second browser through their own device list signs nothing out.
  const second = await signedIn(browser, SESSION_PRODUCER);
  const ownerPage = (await rawRequest(base, "/account/password", { headers: { cookie: owner.cookie } })).body;
  const secondId = /name="sessionId" value="([^"]+)"/.exec(ownerPage)?.[1];
  expect(secondId).toBeTruthy();
  await signedIn(browser, OFFICER);
  const officer = await signedIn(browser, OFFICER);
  const attempt = await postPageForm(base, "/account/password", { sessionId: secondId! }, { cookie: officer.cookie, formWith: 'name="sessionId"' });
  // The action ran (and answered as for a device already signed out: nothing to tell apart)…
  expect(attempt.status).toBe(303);
  // …and the owner's browser is still signed in.
  expect((await backOfficeAnswers(base, second.cookie)).studio.status).toBe(200);

  await owner.page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
  await expect(owner.page).toHaveURL(/\/login/);
  expectRevoked(await backOfficeAnswers(base, owner.cookie));
  expectRevoked(await backOfficeAnswers(base, second.cookie));
});

test("a new password ends every other session and keeps the one that changed it", async ({ browser, baseURL }) => {
  const base = baseURL!;
  const mine = await signedIn(browser, SESSION_PRODUCER);
  const stolen = await signedIn(browser, SESSION_PRODUCER);
  const changePassword = async (page: Page, from: string, to: string) => {
    await page.goto("/account/password");
    await page.getByLabel("Mật khẩu hiện tại").fill(from);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill(to);
    await page.getByLabel("Nhập lại mật khẩu mới").fill(to);
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(page.getByRole("status")).toBeVisible();
  };
  const next = "mat-khau-moi-e2e-2025";
  await changePassword(mine.page, SESSION_PRODUCER.password, next);
  try {
    expectRevoked(await backOfficeAnswers(base, stolen.cookie));
    await mine.page.goto("/studio");
    await expect(mine.page).toHaveURL(/\/studio$/);
  } finally {
    await changePassword(mine.page, next, SESSION_PRODUCER.password);
  }
});

/** The demo officer locks (deactivates) or unlocks an account through the accounts list and its confirmation page. */
async function setLocked(page: Page, email: string, locked: boolean) {
  await page.goto("/admin/accounts");
  await page.getByLabel("Tìm tài khoản").fill(email);
  await page.getByRole("button", { name: "Lọc" }).click();
  const row = page.getByTestId("account-row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: locked ? "Khóa…" : "Mở khóa…", exact: true }).click();
  await page.getByRole("button", { name: locked ? "Xác nhận khóa" : "Xác nhận mở khóa", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: locked ? "Đã khóa 1 tài khoản." : "Đã mở khóa 1 tài khoản." })).toBeVisible();
}

/** What the holder of an officer's `cookie` gets from the officers' back office, over HTTP. */
async function officerAnswers(base: string, cookie: string) {
  const get = (path: string) => rawRequest(base, path, { headers: { cookie } });
  const [overview, orders, exported] = await Promise.all([get("/admin"), get("/admin/orders"), get("/admin/orders/export")]);
  return { overview, orders, exported };
}

test("deactivating an account through the accounts list ends its sessions: an officer's or a producer's copied cookie opens no page, export or action", async ({ browser, baseURL }) => {
  // Four browsers sign in and the demo officer locks and unlocks two accounts through confirmation pages.
  test.slow();
  const base = baseURL!;
  const officer = await signedIn(browser, OFFICER_TO_LOCK);
  const producer = await signedIn(browser, PRODUCER_TO_LOCK);
  const before = await officerAnswers(base, officer.cookie);
  expect([before.overview.status, before.orders.status, before.exported.status]).toEqual([200, 200, 200]);
  expect(before.exported.headers["content-type"]).toContain("text/csv");
  expect((await backOfficeAnswers(base, producer.cookie)).studio.status).toBe(200);
  // The attacker keeps a form an officer may post: locking the producer's account.
  const lockForm = await rawRequest(base, `/admin/accounts/confirm?action=disable&ids=${accountId(PRODUCER_TO_LOCK.email)}`, { headers: { cookie: officer.cookie } });
  expect(lockForm.status).toBe(200);
  expect(lockForm.body).toContain(PRODUCER_TO_LOCK.email);

  const admin = await signedIn(browser, OFFICER);
  await setLocked(admin.page, OFFICER_TO_LOCK.email, true);
  try {
    const after = await officerAnswers(base, officer.cookie);
    for (const answer of [after.overview, after.orders, after.exported]) {
      expect(answer.status).toBe(307);
      expect(String(answer.headers.location)).toContain("/login?callbackUrl=");
      expect(answer.setCookies.some((line) => line.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
    }
    expect(after.exported.headers["content-type"] ?? "").not.toContain("text/csv");
    // The officer's own browser is signed out too.
    await officer.page.goto("/admin");
    await expect(officer.page).toHaveURL(/\/login\?callbackUrl=/);
    // The kept form, posted with the dead cookie, locks nothing: the producer's session still works.
    const attempt = await postPageForm(base, "/admin/accounts/confirm", {}, { cookie: officer.cookie, markup: lockForm.body, formWith: 'value="disable"' });
    expect(attempt.status).toBe(307);
    expect((await backOfficeAnswers(base, producer.cookie)).studio.status).toBe(200);

    // The same for a producer's account: pages, the buyers' CSV, the QR route and the bank account form.
    const profileForm = await rawRequest(base, "/studio/profile", { headers: { cookie: producer.cookie } });
    await setLocked(admin.page, PRODUCER_TO_LOCK.email, true);
    expectRevoked(await backOfficeAnswers(base, producer.cookie));
    const bank = await postPageForm(base, "/studio/profile", { bankAccount: "888888888888", bankBin: "970436", bankAccountName: "KE GIAN", locale: "vi" }, {
      cookie: producer.cookie,
      markup: profileForm.body,
    });
    expect(bank.status).toBe(307);
  } finally {
    await setLocked(admin.page, OFFICER_TO_LOCK.email, false);
    await setLocked(admin.page, PRODUCER_TO_LOCK.email, false);
  }
  // Unlocking does not bring the old sessions back; signing in again does.
  expect((await officerAnswers(base, officer.cookie)).overview.status).toBe(307);
  expectRevoked(await backOfficeAnswers(base, producer.cookie));
  const again = await signedIn(browser, OFFICER_TO_LOCK);
  expect((await officerAnswers(base, again.cookie)).overview.status).toBe(200);
  // The profile change posted with the dead cookie never became a proposal.
  const owner = await signedIn(browser, PRODUCER_TO_LOCK);
  await owner.page.goto("/studio/profile");
  await expect(owner.page.getByTestId("pending-profile")).toHaveCount(0);
  await expect(owner.page.locator('input[name="bankAccount"]')).not.toHaveValue("888888888888");
});

test("a session ends eight hours after sign-in and is never renewed: a cookie from a sign-in two days ago opens nothing", async ({ baseURL }) => {
  const base = baseURL!;
  // A second server on the same database whose clock runs COD_CONFIRM_HOURS + 1 (49) hours behind
  // (scripts/e2e-server.ts): a sign-in there happened that long ago for this server.
  const { pastSite, pastSiteHours } = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { pastSite: string; pastSiteHours: number };
  expect(pastSiteHours).toBeGreaterThan(8);
  const answer = await postPageForm(pastSite, "/login", { ...EXPIRY_PRODUCER, locale: "vi" }, { from: "127.0.11.1" });
  expect(answer.status).toBe(303);
  const line = answer.setCookies.find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  // The browser is told to keep it eight hours…
  expect(line).toMatch(/Max-Age=28800(;|$)/);
  const cookie = `${SESSION_COOKIE}=${cookieFrom(answer.setCookies, SESSION_COOKIE)}`;
  // …and it works on the site where it was just issued.
  const fresh = await backOfficeAnswers(pastSite, cookie);
  expect([fresh.studio.status, fresh.edit.status, fresh.exported.status]).toEqual([200, 200, 200]);

  // Here it is long past its eight hours: a copy of the cookie kept by an attacker opens nothing.
  expectRevoked(await backOfficeAnswers(base, cookie));
  const renewal = await rawRequest(base, "/api/auth/session", { headers: { cookie } });
  expect(cookieFrom(renewal.setCookies, SESSION_COOKIE)).toBeUndefined();
  expect(renewal.body).not.toContain(EXPIRY_PRODUCER.email);
});
