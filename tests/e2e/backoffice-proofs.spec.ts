import { readFileSync } from "node:fs";
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { E2E_STATE_FILE } from "../../playwright.config";
import { OFFICER, signIn } from "./support/auth";
import { addFairWithRequests, addListingsToReview, createProofFixtures, PROOF_FIXTURE, PROOF_PRODUCER } from "./support/fixture-proofs";
import { mailsTo } from "./support/mail";
import { uniquePhone } from "./support/shop";

/**
 * Issue 14's behaviours that integration tests proved and no browser had: each walked through the
 * pages as an officer, a producer or a buyer does it, on data of the proof cooperative
 * (tests/e2e/support/fixture-proofs.ts), never on demo rows other specs count.
 */
const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string; mailDir: string };

/** Placing an order mails and renders QR codes; a production server on a shared 2-core machine takes seconds. */
const expect = baseExpect.configure({ timeout: 30_000 });

test.beforeAll(async () => {
  await createProofFixtures(state.databaseUrl);
});

async function signedIn(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** A buyer orders one unit of `slug` through the product page and the checkout form; the order's code. */
async function placeOrder(buyer: Page, slug: string, method: RegExp): Promise<string> {
  await buyer.goto(`/products/${slug}`);
  await buyer.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(buyer.getByTestId("cart-count")).toContainText("1");
  await buyer.goto("/checkout");
  await buyer.getByLabel("Họ và tên").fill("Hoàng Văn Nam");
  await buyer.getByLabel("Số điện thoại").fill(uniquePhone());
  await buyer.getByLabel("Tỉnh/Thành phố").selectOption({ label: "Hà Nội" });
  await buyer.getByRole("combobox", { name: /Xã\/Phường/ }).selectOption({ label: "Ba Đình" });
  await buyer.getByLabel("Số nhà, đường, thôn/xóm").fill("Số 5 Phan Đình Phùng");
  await buyer.getByLabel(method).check();
  await buyer.getByRole("button", { name: "Xác nhận đặt hàng" }).click();
  await expect(buyer.getByText("Cảm ơn bạn! Đơn hàng đã được ghi nhận.")).toBeVisible();
  return /\/orders\/([A-Z0-9-]+)/.exec(buyer.url())![1];
}

/** The producer opens its part of order `code` from its order list. */
async function openPart(producer: Page, code: string) {
  await producer.goto("/studio/orders");
  await producer.getByRole("link", { name: code }).click();
  await expect(producer.getByRole("heading", { level: 1 })).toHaveText(`Đơn ${code}`);
}

test("an officer filters the listings pending review, ticks two, approves them through the confirmation page, and the list shows them published", async ({ browser }) => {
  test.setTimeout(180_000);
  const prefix = `Trà duyệt loạt ${Date.now()}`;
  await addListingsToReview(state.databaseUrl, prefix, 3);
  const officer = await signedIn(browser, OFFICER);
  await officer.goto("/admin/products");
  const filters = officer.getByRole("search", { name: "Tìm và lọc danh sách" });
  await filters.getByLabel("Tìm sản phẩm").fill(prefix);
  await filters.getByRole("combobox", { name: "Trạng thái" }).selectOption({ label: "Chờ duyệt" });
  await filters.getByRole("button", { name: "Lọc" }).click();
  const rows = officer.getByTestId("product-row");
  await expect(rows).toHaveCount(3);
  for (const n of [1, 2, 3]) await expect(rows.filter({ hasText: `${prefix} ${n}` })).toContainText("Chờ duyệt");

  await officer.getByRole("checkbox", { name: `Chọn ${prefix} 1` }).check();
  await officer.getByRole("checkbox", { name: `Chọn ${prefix} 3` }).check();
  await officer.getByRole("button", { name: "Duyệt và công bố…" }).click();

  // The confirmation names exactly the two ticked, and nothing has changed yet.
  await expect(officer.getByRole("heading", { level: 2 })).toHaveText("Duyệt và công bố 2 sản phẩm?");
  const listed = officer.getByRole("main").getByRole("listitem").filter({ hasText: prefix });
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText(`${prefix} 1`);
  await expect(listed.nth(1)).toContainText(`${prefix} 3`);
  await officer.getByRole("button", { name: "Xác nhận duyệt" }).click();

  // Back on the same filtered list: the notice, and only the one left unticked still pending.
  await expect(officer.getByRole("status").filter({ hasText: "Đã duyệt 2 sản phẩm." })).toBeVisible();
  expect(new URL(officer.url()).searchParams.get("status")).toBe("PENDING_REVIEW");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`${prefix} 2`);
  await filters.getByRole("combobox", { name: "Trạng thái" }).selectOption({ label: "Đã công bố" });
  await filters.getByRole("button", { name: "Lọc" }).click();
  await expect(rows).toHaveCount(2);
  for (const n of [1, 3]) await expect(rows.filter({ hasText: `${prefix} ${n}` })).toContainText("Đã công bố");
});

test("the officer's overview counts the work waiting, each count leads to its filtered list, and a new idea moves its count", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const officer = await signedIn(browser, OFFICER);
  const waiting = officer.getByTestId("work-waiting");
  const countOf = async (pattern: RegExp) => {
    const text = await waiting.getByRole("link", { name: pattern }).innerText();
    return Number(/^(\d+)/.exec(text)?.[1] ?? 0);
  };
  await officer.goto("/admin");

  // Products to review: the review queue holds as many.
  await addListingsToReview(state.databaseUrl, `Tổng quan chờ duyệt ${Date.now()}`, 1);
  await officer.reload();
  const reviews = await countOf(/sản phẩm chờ duyệt/);
  expect(reviews).toBeGreaterThan(0);
  await waiting.getByRole("link", { name: /sản phẩm chờ duyệt/ }).click();
  await expect(officer).toHaveURL(/\/admin\/review$/);
  await expect(officer.getByRole("link", { name: /^Sản phẩm \(\d+\)$/ })).toHaveText(`Sản phẩm (${reviews})`);

  // Booth requests of a fair not yet over: its list filtered to the waiting ones, as many.
  const fairName = `Hội chợ tổng quan ${Date.now()}`;
  await addFairWithRequests(state.databaseUrl, fairName, 20, [PROOF_FIXTURE.producerId, PROOF_FIXTURE.otherProducerId]);
  await officer.goto("/admin");
  const booths = waiting.getByRole("link", { name: new RegExp(`· ${fairName}$`) });
  await expect(booths).toHaveText(`2 yêu cầu gian hàng chờ quyết định · ${fairName}`);
  await booths.click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(fairName);
  expect(new URL(officer.url()).searchParams.get("status")).toBe("PENDING");
  await expect(officer.getByTestId("booth-request")).toHaveCount(2);

  // Certificates still valid and ending within 90 days: the certificates list filtered to them.
  await officer.goto("/admin");
  const expiring = await countOf(/chứng nhận/);
  await waiting.getByRole("link", { name: /chứng nhận/ }).click();
  expect(new URL(officer.url()).searchParams.get("state")).toBe("expiring");
  if (expiring > 0) await expect(officer.getByRole("main").getByRole("table").locator("tbody tr")).toHaveCount(expiring);
  else await expect(officer.getByText("Không có kết quả nào khớp bộ lọc.")).toBeVisible();

  // New ideas: the ideas list filtered to new ones, as many; a visitor's idea adds one.
  await officer.goto("/admin");
  const ideas = await countOf(/ý tưởng sản phẩm mới/);
  await waiting.getByRole("link", { name: /ý tưởng sản phẩm mới/ }).click();
  expect(new URL(officer.url()).searchParams.get("status")).toBe("NEW");
  await expect(officer.getByTestId("idea-row")).toHaveCount(ideas);

  await page.goto("/ideas/new");
  await page.getByLabel("Tên ý tưởng").fill(`Măng khô tổng quan ${Date.now()}`);
  await page.getByLabel("Mô tả sản phẩm").fill("Măng vầu phơi khô trên gác bếp.");
  await page.getByLabel("Nhóm sản phẩm").selectOption("FOOD");
  await page.getByLabel("Tỉnh/Thành phố").selectOption({ label: "Tuyên Quang" });
  await page.getByRole("combobox", { name: /Xã\/Phường/ }).selectOption({ label: "Việt Lâm" });
  await page.getByLabel("Họ tên người đề xuất").fill("Lý Văn Sơn");
  await page.getByLabel("Số điện thoại hoặc email").fill("0987654321");
  await page.getByRole("button", { name: "Gửi ý tưởng" }).click();
  await expect(page.getByText("Cảm ơn bạn! Ý tưởng đã được ghi nhận.")).toBeVisible();
  await officer.goto("/admin");
  await expect(waiting.getByRole("link", { name: /ý tưởng sản phẩm mới/ })).toHaveText(`${ideas + 1} ý tưởng sản phẩm mới`);
});

test("an unpaid transfer offers the producer no shipping until the payment is recorded", async ({ browser, page }) => {
  test.setTimeout(240_000);
  const code = await placeOrder(page, PROOF_FIXTURE.products.transfer, /Chuyển khoản ngân hàng \(VietQR\)/);
  const producer = await signedIn(browser, PROOF_PRODUCER);
  await openPart(producer, code);
  await expect(producer.getByTestId("sub-order-payment")).toHaveText("Chưa thanh toán");
  await producer.getByRole("button", { name: "Xác nhận đơn" }).click();
  await expect(producer.getByTestId("sub-order-status")).toHaveText("Đã xác nhận");
  await producer.getByRole("button", { name: "Đã đóng gói" }).click();
  await expect(producer.getByTestId("sub-order-status")).toHaveText("Đã đóng gói");
  // Packed but unpaid: no way to hand it to a carrier, and the page says why.
  await expect(producer.getByRole("button", { name: "Giao cho đơn vị vận chuyển" })).toHaveCount(0);
  await expect(producer.getByLabel("Mã vận đơn")).toHaveCount(0);
  await expect(producer.getByText("Chưa nhận được chuyển khoản: chỉ gửi hàng sau khi tiền về.")).toBeVisible();

  await producer.getByRole("button", { name: "Xác nhận đã nhận tiền" }).click();
  await expect(producer.getByTestId("sub-order-payment")).toHaveText("Đã thanh toán");
  await expect(producer.getByRole("button", { name: "Giao cho đơn vị vận chuyển" })).toBeVisible();
  await producer.getByLabel("Đơn vị vận chuyển").fill("Viettel Post");
  await producer.getByLabel("Mã vận đơn").fill("VTP0099887");
  await producer.getByRole("button", { name: "Giao cho đơn vị vận chuyển" }).click();
  await expect(producer.getByTestId("sub-order-status")).toHaveText("Đang giao");
});

test("a producer cancels with a reason the buyer reads on the order page, and the producer's page lists each step", async ({ browser, page }) => {
  test.setTimeout(240_000);
  const code = await placeOrder(page, PROOF_FIXTURE.products.cancel, /Thanh toán khi nhận hàng/);
  const producer = await signedIn(browser, PROOF_PRODUCER);
  await openPart(producer, code);
  await producer.getByRole("button", { name: "Xác nhận đơn" }).click();
  await expect(producer.getByTestId("sub-order-status")).toHaveText("Đã xác nhận");
  await producer.getByLabel("Lý do hủy").selectOption({ label: "Hết hàng" });
  await producer.getByLabel("Ghi chú cho người mua (không bắt buộc)").fill("Mẻ mật mới có vào tháng sau");
  await producer.getByRole("button", { name: "Hủy phần đơn này" }).click();
  await expect(producer.getByTestId("sub-order-status")).toHaveText("Đã hủy");

  // The producer's page: the history, oldest first, with who did what and the reason.
  const steps = producer.getByTestId("part-history").getByRole("listitem");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("Đã đặt · Người mua");
  await expect(steps.nth(1)).toContainText("Đã xác nhận · Người bán");
  await expect(steps.nth(2)).toContainText("Đã hủy · Người bán");
  await expect(steps.nth(2)).toContainText("Lý do: Hết hàng");

  // The buyer's page: cancelled, because it was out of stock, with the producer's note.
  await page.reload();
  const part = page.getByTestId("order-part");
  await expect(part.getByTestId("part-status")).toHaveText("Đã hủy");
  await expect(part).toContainText("Lý do: Hết hàng");
  await expect(part.getByTestId("part-history")).toContainText("“Mẻ mật mới có vào tháng sau”");
});

test("withdrawing a booth request is offered before the fair begins and not once it has", async ({ browser }) => {
  const stamp = Date.now();
  const begun = `Hội chợ đã khai mạc ${stamp}`;
  const coming = `Hội chợ sắp tới ${stamp}`;
  await addFairWithRequests(state.databaseUrl, begun, -1, [PROOF_FIXTURE.producerId]);
  await addFairWithRequests(state.databaseUrl, coming, 10, [PROOF_FIXTURE.producerId]);
  const producer = await signedIn(browser, PROOF_PRODUCER);
  await producer.goto("/studio/fairs");
  const mine = producer.getByTestId("my-requests");
  const begunRow = mine.getByRole("row").filter({ hasText: begun });
  const comingRow = mine.getByRole("row").filter({ hasText: coming });
  await expect(begunRow).toContainText("Chờ xét");
  await expect(comingRow).toContainText("Chờ xét");
  await expect(comingRow.getByRole("button", { name: "Rút yêu cầu" })).toBeVisible();
  await expect(begunRow.getByRole("button", { name: "Rút yêu cầu" })).toHaveCount(0);
});

test("an officer approves a booth request with the booth numbers typed; a number already taken is refused with a clear message and what was typed stays", async ({ browser }) => {
  test.setTimeout(180_000);
  const name = `Hội chợ chọn gian ${Date.now()}`;
  const { fairId } = await addFairWithRequests(state.databaseUrl, name, 30, [PROOF_FIXTURE.producerId, PROOF_FIXTURE.otherProducerId]);
  const officer = await signedIn(browser, OFFICER);
  await officer.goto(`/admin/fairs/${fairId}`);
  const first = officer.getByTestId("booth-request").filter({ hasText: PROOF_FIXTURE.producerName });
  const second = officer.getByTestId("booth-request").filter({ hasText: PROOF_FIXTURE.otherProducerName });
  await first.getByLabel(/Số gian/).fill("7");
  await first.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(officer.getByText("Đã duyệt: gian 7.")).toBeVisible();
  await expect(first).toContainText("Đã duyệt · 7");

  await second.getByLabel(/Số gian/).fill("7");
  await second.getByLabel("Lý do").fill("Ghi chú thử");
  await second.getByRole("button", { name: "Duyệt", exact: true }).click();
  // Refused in that request's form: the taken number named next to the field, what was typed kept.
  await expect(second.getByRole("alert")).toHaveText("Chưa lưu: xem lại số gian được đánh dấu.");
  await expect(second.getByLabel(/Số gian/)).toHaveAccessibleDescription(/Gian 7 đã được phân cho đơn vị khác\./);
  await expect(second.getByLabel(/Số gian/)).toHaveAttribute("aria-invalid", "true");
  await expect(officer.getByRole("main").getByRole("alert")).toHaveCount(1);
  await expect(second).toContainText("Chờ xét");
  await expect(second.getByLabel(/Số gian/)).toHaveValue("7");
  await expect(second.getByLabel("Lý do")).toHaveValue("Ghi chú thử");
  // Another number goes through.
  await second.getByLabel(/Số gian/).fill("8");
  await second.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(officer.getByText("Đã duyệt: gian 8.")).toBeVisible();
  await expect(second).toContainText("Đã duyệt · 8");
});

test("without JavaScript, a refused approval comes back at its request with the booth numbers typed and the taken number named; a decision returns to the filtered list", async ({ browser }) => {
  test.setTimeout(180_000);
  const name = `Hội chợ không JavaScript ${Date.now()}`;
  const { fairId } = await addFairWithRequests(state.databaseUrl, name, 30, [PROOF_FIXTURE.producerId, PROOF_FIXTURE.otherProducerId]);
  const signed = await signedIn(browser, OFFICER);
  const officer = await (await browser.newContext({ javaScriptEnabled: false, storageState: await signed.context().storageState() })).newPage();
  await officer.goto(`/admin/fairs/${fairId}?status=PENDING`);
  const first = officer.getByTestId("booth-request").filter({ hasText: PROOF_FIXTURE.producerName });
  const second = officer.getByTestId("booth-request").filter({ hasText: PROOF_FIXTURE.otherProducerName });
  await first.getByLabel(/Số gian/).fill("7");
  await first.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(officer.getByText("Đã duyệt: gian 7.")).toBeVisible();
  // Back on the list as it was filtered: only the pending request is left.
  expect(new URL(officer.url()).searchParams.get("status")).toBe("PENDING");
  await expect(officer.getByTestId("booth-request")).toHaveCount(1);

  await second.getByLabel(/Số gian/).fill("7");
  await second.getByLabel("Lý do").fill("Đã gọi điện");
  await second.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(second.getByText("Gian 7 đã được phân cho đơn vị khác.")).toBeVisible();
  // Each request's decision is its own form, named after its producer.
  await expect(officer.getByRole("form", { name: `Xét yêu cầu của ${PROOF_FIXTURE.otherProducerName}` }).getByRole("alert")).toHaveText("Chưa lưu: xem lại số gian được đánh dấu.");
  await expect(officer.getByRole("main").getByRole("alert")).toHaveCount(1);
  await expect(second.getByLabel(/Số gian/)).toHaveValue("7");
  await expect(second.getByLabel("Lý do")).toHaveValue("Đã gọi điện");
  await expect(second).toContainText("Chờ xét");
});

test("an officer creates a producer's account by searching its name, resends the invitation through the confirmation, and only the new link works", async ({ browser }) => {
  test.setTimeout(240_000);
  const email = `moi-${Date.now()}@example.vn`;
  const name = `Người nhận lời mời ${Date.now()}`;
  const officer = await signedIn(browser, OFFICER);
  await officer.goto("/admin/accounts/new");
  const section = officer.getByRole("region", { name: "Tài khoản cho chủ thể" });
  // Typed without diacritics; a handful of matches to pick from, never every producer.
  await section.getByRole("searchbox", { name: "Tìm chủ thể" }).fill("kiem thu bang chung");
  await section.getByRole("button", { name: "Tìm" }).click();
  const choices = section.getByRole("radio");
  await expect(choices).toHaveCount(1);
  await expect(section.getByRole("radio", { name: new RegExp(PROOF_FIXTURE.producerName) })).toBeChecked();
  await section.getByRole("textbox", { name: "Họ tên" }).fill(name);
  await section.getByRole("textbox", { name: "Email" }).fill(email);
  await section.getByRole("button", { name: "Tạo tài khoản và liên kết mời" }).click();
  const created = section.getByRole("status");
  await expect(created).toContainText("Đã tạo tài khoản.");
  const firstLink = /(http\S+\/invite\/\S+)/.exec(await created.innerText())![1];
  await expect.poll(() => mailsTo(state.mailDir, email).length).toBe(1);
  expect(mailsTo(state.mailDir, email)[0].text).toContain(firstLink);

  // The accounts list: the new account waits for its password; the invitation is resent after a confirmation.
  await officer.goto(`/admin/accounts?q=${encodeURIComponent(email)}`);
  const row = officer.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("chờ kích hoạt");
  await officer.getByRole("checkbox", { name: `Chọn ${name}` }).check();
  await officer.getByRole("button", { name: "Gửi lại lời mời…" }).click();
  await expect(officer.getByRole("heading", { level: 2 })).toHaveText("Gửi lại lời mời cho 1 tài khoản?");
  await expect(officer.getByRole("main").getByRole("listitem").filter({ hasText: email })).toHaveCount(1);
  // Nothing sent before the confirmation.
  expect(mailsTo(state.mailDir, email)).toHaveLength(1);
  await officer.getByRole("button", { name: "Xác nhận gửi lại lời mời" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "Đã gửi lại lời mời qua email." })).toBeVisible();
  await expect.poll(() => mailsTo(state.mailDir, email).length).toBe(2);
  const secondLink = mailsTo(state.mailDir, email)
    .map((mail) => /(http\S+\/invite\/\S+)/.exec(mail.text)![1])
    .find((link) => link !== firstLink)!;
  expect(secondLink).toBeTruthy();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(firstLink);
  await expect(invitee.getByRole("main").getByRole("alert")).toContainText("Liên kết mời không hợp lệ, đã được dùng hoặc đã hết hạn.");
  await expect(invitee.getByLabel("Mật khẩu mới", { exact: true })).toHaveCount(0);
  await invitee.goto(secondLink);
  await invitee.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-moi-2026");
  await invitee.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-moi-2026");
  await invitee.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(invitee.getByText("Đã đặt mật khẩu. Bạn có thể đăng nhập.")).toBeVisible();
  await signIn(invitee, { email, password: "mat-khau-moi-2026" });
  await expect(invitee).toHaveURL(/\/studio/);
});

test("choosing a failed lab result on a public batch warns that every buyer will see it, and it is saved only once confirmed", async ({ browser }) => {
  test.setTimeout(180_000);
  const producer = await signedIn(browser, PROOF_PRODUCER);
  await producer.goto(`/studio/batches/${PROOF_FIXTURE.batchId}`);
  const form = producer.getByRole("form", { name: "Thêm kết quả kiểm nghiệm" });
  const warning = "Lô này đang công khai: kết quả KHÔNG ĐẠT sẽ hiển thị trên trang truy xuất cho mọi người mua quét mã QR";
  const indicator = `Dư lượng kháng sinh ${Date.now()}`;
  await form.getByRole("textbox", { name: "Chỉ tiêu" }).fill(indicator);
  await form.getByRole("textbox", { name: "Kết quả" }).fill("12");
  await form.getByRole("textbox", { name: "Phòng thử nghiệm" }).fill("Trung tâm Kiểm nghiệm Tuyên Quang");
  await form.getByLabel("Ngày").fill("2026-11-20");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await form.getByRole("combobox", { name: "Đạt?" }).selectOption({ label: "Không đạt" });
  await expect(form.getByRole("alert")).toContainText(warning);
  // Back to "Đạt": no warning.
  await form.getByRole("combobox", { name: "Đạt?" }).selectOption({ label: "Đạt" });
  await expect(form.getByRole("alert")).toHaveCount(0);
  await form.getByRole("combobox", { name: "Đạt?" }).selectOption({ label: "Không đạt" });
  await form.getByRole("button", { name: "Thêm kết quả kiểm nghiệm" }).click();
  // Not confirmed: refused, the warning still there with what to do, and what was typed kept.
  await expect(form.getByText("Hãy đánh dấu ô xác nhận: kết quả không đạt sẽ hiển thị công khai.")).toBeVisible();
  await expect(form.getByRole("alert").filter({ hasText: warning })).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Chỉ tiêu" })).toHaveValue(indicator);
  // The batch's lab results (its history below names the indicator too).
  const saved = producer.getByRole("main").getByRole("listitem").filter({ hasText: `${indicator}: 12` });
  await expect(saved).toHaveCount(0);
  await form.getByLabel("Tôi hiểu và vẫn muốn công khai kết quả không đạt.").check();
  await form.getByRole("button", { name: "Thêm kết quả kiểm nghiệm" }).click();
  await expect(saved).toContainText("Trung tâm Kiểm nghiệm Tuyên Quang · 20/11/2026 · Không đạt");
});

test("saving a published listing from Chromium with its description untouched shows the officer only what changed", async ({ browser }) => {
  test.setTimeout(180_000);
  const producer = await signedIn(browser, PROOF_PRODUCER);
  await producer.goto("/studio/products");
  await producer.getByRole("link", { name: "Mật ong hoa bạc hà", exact: true }).click();
  const description = producer.getByRole("textbox", { name: "Mô tả", exact: true });
  // The browser holds the paragraphs and will post them with CRLF line breaks.
  await expect(description).toHaveValue(PROOF_FIXTURE.description);
  const price = producer.getByRole("textbox", { name: "Giá (đồng)" });
  // Only the price changes: a thousand đồng more than the live one.
  await price.fill(String(Number((await price.inputValue()).replace(/\D/g, "")) + 1000));
  await producer.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(producer.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();

  const officer = await signedIn(browser, OFFICER);
  await officer.goto("/admin/review");
  const item = officer.locator("article", { hasText: "Mật ong hoa bạc hà" });
  const changed = item.getByRole("table").locator("tbody tr");
  await expect(changed).toHaveCount(1);
  await expect(changed.getByRole("rowheader")).toHaveText("Giá (đồng)");
  await expect(item.getByRole("rowheader", { name: "Mô tả" })).toHaveCount(0);
  // Approved, the listing has nothing waiting any more (a second run starts from the live version).
  await item.getByRole("button", { name: "Duyệt và công bố" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "Đã duyệt." })).toBeVisible();
});
