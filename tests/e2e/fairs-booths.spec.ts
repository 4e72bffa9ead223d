import { expect, test } from "@playwright/test";
import { addDays, today } from "../../lib/clock";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

// Days on the server's clock, which the run pins (playwright.config.ts).
const isoDay = (days: number) => addDays(today(), days);

/**
 * An officer creates a fair (unique name, so runs on the shared seeded database never collide), the
 * demo producer requests a booth with a certified product, the officer approves it, and the public
 * fair page lists the producer on booth 1 with its product.
 */
test("a producer requests a booth, an officer approves it, the fair page lists the producer", async ({ browser }) => {
  const name = `Hội chợ thử ${Date.now()}`;
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, OFFICER);
  await officer.goto("/admin/fairs/new");
  await officer.getByLabel("Tên (tiếng Việt)").fill(name);
  await officer.getByLabel("Ngày bắt đầu").fill(isoDay(40));
  await officer.getByLabel("Ngày kết thúc").fill(isoDay(42));
  await officer.getByLabel("Địa điểm").fill("Nhà văn hóa xã Việt Lâm");
  await officer.getByLabel("Tỉnh/thành").fill("Tuyên Quang");
  await officer.getByLabel("Hạn đăng ký").fill(isoDay(30));
  await officer.getByLabel("Số gian hàng").fill("6");
  await officer.getByRole("button", { name: "Lưu" }).click();
  await expect(officer.getByRole("heading", { level: 1, name })).toBeVisible();
  const fairUrl = officer.url();

  const producer = await (await browser.newContext()).newPage();
  await signIn(producer, PRODUCER);
  await producer.goto("/studio/fairs");
  await producer.getByRole("listitem").filter({ hasText: name }).getByRole("link", { name: "Đăng ký gian hàng" }).click();
  await producer.getByLabel(/Chổi chít Việt Lâm/).check();
  await producer.getByLabel("Điện").check();
  await producer.getByRole("button", { name: "Gửi yêu cầu" }).click();
  const mine = producer.getByTestId("my-requests").getByRole("row").filter({ hasText: name });
  await expect(mine).toContainText("Chờ xét");

  await officer.goto(fairUrl);
  const request = officer.getByTestId("booth-request").filter({ hasText: "Chổi chít Việt Lâm" });
  await request.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(officer.getByText("Đã duyệt: gian 1.")).toBeVisible();

  // The organisers' printable list: booth, producer, contact, products and needs.
  await officer.getByRole("link", { name: "Danh sách đơn vị tham gia (in)" }).click();
  const row = officer.getByRole("row").filter({ hasText: "Hợp tác xã Chổi chít Việt Lâm" });
  await expect(row.getByRole("cell").first()).toHaveText("1");
  await expect(row).toContainText("Chổi chít Việt Lâm");
  await expect(row).toContainText("Điện");
  expect((await producer.goto(officer.url()))?.status()).toBe(404);

  await producer.goto("/studio/fairs");
  await expect(mine).toContainText("Đã duyệt");
  // One booth, and what it costs: the fair was created without a booth fee.
  await expect(mine.getByRole("cell").nth(2)).toHaveText(/^1\s*Phí phải trả: 0\s₫$/);

  await producer.getByRole("link", { name }).click();
  await expect(producer.getByRole("heading", { level: 1, name })).toBeVisible();
  const exhibitors = producer.getByTestId("exhibitors");
  await expect(exhibitors.getByRole("link", { name: "Hợp tác xã Chổi chít Việt Lâm" })).toBeVisible();
  await expect(exhibitors).toContainText("Gian số 1");
  await expect(exhibitors.getByRole("link", { name: "Chổi chít Việt Lâm", exact: true })).toBeVisible();

  const slug = new URL(producer.url()).pathname.split("/").pop()!;
  const ics = await producer.request.get(`/api/v1/fairs/${slug}/calendar.ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain(`DTSTART;VALUE=DATE:${isoDay(40).replaceAll("-", "")}`);
  await producer.goto(`/en/fairs/${slug}`);
  await expect(producer.getByRole("heading", { name: "Exhibitors", exact: true })).toBeVisible();
  await expect(producer.getByTestId("exhibitors")).toContainText("Booth 1");
  await producer.goto("/en/fairs");
  await expect(producer.getByRole("heading", { name: "Upcoming" })).toBeVisible();
  await expect(producer.getByRole("link", { name })).toBeVisible();

  const api = await (await producer.request.get(`/api/v1/fairs/${slug}`)).json();
  expect(api.exhibitors[0]).toMatchObject({ producerName: "Hợp tác xã Chổi chít Việt Lâm", booths: [1] });
});
