import { expect, test } from "@playwright/test";
import { addDays, today } from "../../lib/clock";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

const isoDay = (days: number) => addDays(today(), days);

/**
 * The organisers' booth requests list (issue 14): the officer finds a request by the producer's name
 * typed without diacritics and the status filter, decides it, comes back to the same filtered list,
 * and downloads the CSV of what is filtered.
 */
test("an officer finds a booth request by name and status, approves it, keeps the list's filters and exports it", async ({ browser }) => {
  test.setTimeout(180_000);
  const name = `Hội chợ yêu cầu ${Date.now()}`;
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, OFFICER);
  await officer.goto("/admin/fairs/new");
  await officer.getByLabel("Tên (tiếng Việt)").fill(name);
  await officer.getByLabel("Ngày bắt đầu").fill(isoDay(50));
  await officer.getByLabel("Ngày kết thúc").fill(isoDay(52));
  await officer.getByLabel("Địa điểm").fill("Sân vận động xã Việt Lâm");
  await officer.getByLabel("Tỉnh/thành").fill("Tuyên Quang");
  await officer.getByLabel("Hạn đăng ký").fill(isoDay(40));
  await officer.getByLabel("Số gian hàng").fill("8");
  await officer.getByRole("button", { name: "Lưu" }).click();
  await expect(officer.getByRole("heading", { level: 1, name })).toBeVisible();
  const fairPath = new URL(officer.url()).pathname;

  const producer = await (await browser.newContext()).newPage();
  await signIn(producer, PRODUCER);
  await producer.goto("/studio/fairs");
  await producer.getByRole("listitem").filter({ hasText: name }).getByRole("link", { name: "Đăng ký gian hàng" }).click();
  await producer.getByLabel(/Chổi chít Việt Lâm/).check();
  await producer.getByRole("button", { name: "Gửi yêu cầu" }).click();
  await expect(producer.getByTestId("my-requests").getByRole("row").filter({ hasText: name })).toContainText("Chờ xét");

  await officer.goto(fairPath);
  await officer.getByLabel("Tìm theo tên chủ thể", { exact: true }).fill("choi chit viet lam");
  await officer.getByRole("combobox", { name: /^Trạng thái/ }).selectOption({ label: "Chờ xét (1)" });
  await officer.getByRole("button", { name: "Lọc" }).click();
  const request = officer.getByTestId("booth-request");
  await expect(request).toHaveCount(1);
  await expect(request).toContainText("Hợp tác xã Chổi chít Việt Lâm");
  await request.getByLabel(/Số gian/).fill("3");
  await request.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(officer.getByText("Đã duyệt: gian 3.")).toBeVisible();
  // Back on the same search and filter: the request, now approved, is no longer "waiting".
  expect(new URL(officer.url()).searchParams.get("q")).toBe("choi chit viet lam");
  expect(new URL(officer.url()).searchParams.get("status")).toBe("PENDING");
  await expect(officer.getByTestId("booth-request")).toHaveCount(0);

  await officer.getByRole("combobox", { name: /^Trạng thái/ }).selectOption({ label: "Đã duyệt (1)" });
  await officer.getByRole("button", { name: "Lọc" }).click();
  await expect(officer.getByTestId("booth-request")).toContainText("Đã duyệt · 3");
  const csvHref = await officer.getByRole("link", { name: /CSV/ }).getAttribute("href");
  const csv = (await (await officer.request.get(csvHref!)).text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(csv[0]).toBe("Gửi lúc,Chủ thể,Trạng thái,Số gian,Gian số,Điện thoại,Email,Sản phẩm,Nhu cầu,Ghi chú,Lý do");
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain("Hợp tác xã Chổi chít Việt Lâm,Đã duyệt,1,3,");
  // Another status filtered: the CSV has its header only.
  const none = (await (await officer.request.get(`${fairPath}/requests/export?status=REJECTED`)).text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(none).toHaveLength(1);
  // The producer cannot read the organisers' CSV.
  expect((await producer.request.get(`${fairPath}/requests/export`)).status()).not.toBe(200);
});
