import { expect, test } from "@playwright/test";
import { OFFICER, PRODUCER, signIn } from "./support/auth";

test("a producer proposes a new commune (picked by typing, with its province) and bank; nothing changes publicly; the officer sees both and refuses with a reason", async ({ browser }) => {
  const producer = await browser.newPage();
  await producer.goto("/");
  await signIn(producer, PRODUCER);
  await producer.goto("/studio/profile");

  // A phone that is not one is refused, and what was typed elsewhere stays.
  const story = `Câu chuyện thử ${Date.now()}`;
  await producer.getByRole("textbox", { name: "Câu chuyện sản phẩm" }).fill(story);
  await producer.getByRole("textbox", { name: "Điện thoại" }).fill("abc");
  await producer.getByRole("button", { name: "Gửi thay đổi để duyệt" }).click();
  await expect(producer.locator("[id$='-phone-error']")).toContainText("Số điện thoại không hợp lệ");
  await expect(producer.getByRole("textbox", { name: "Câu chuyện sản phẩm" })).toHaveValue(story);
  await producer.getByRole("textbox", { name: "Điện thoại" }).fill("0912 345 678");

  // The commune picker: typed without diacritics, each choice named with its province.
  const commune = producer.getByRole("combobox", { name: "Xã, phường" });
  await commune.fill("thanh thuy");
  const option = producer.getByRole("option", { name: "Thanh Thủy, Tuyên Quang" });
  await expect(option).toBeVisible();
  await option.click();
  await expect(commune).toHaveValue("Thanh Thủy, Tuyên Quang");

  // The bank comes from the NAPAS list by name, never a typed code.
  await producer.getByRole("combobox", { name: "Ngân hàng" }).selectOption({ label: "BIDV — Ngân hàng TMCP Đầu tư và Phát triển Việt Nam" });
  await producer.getByRole("textbox", { name: "Số tài khoản" }).fill("12010009999");
  await producer.getByRole("textbox", { name: "Chủ tài khoản" }).fill("HTX CHOI CHIT VIET LAM");
  await producer.getByRole("button", { name: "Gửi thay đổi để duyệt" }).click();
  await expect(producer.getByRole("status")).toContainText("Đã gửi thay đổi");
  await expect(producer.getByTestId("pending-profile")).toContainText("Xã, phường");
  await expect(producer.getByTestId("pending-profile")).toContainText("Ngân hàng");

  // The public profile is unchanged until an officer decides.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/producers/htx-choi-chit-viet-lam");
  await expect(visitor.locator("main")).not.toContainText(story);

  const officer = await (await browser.newContext()).newPage();
  await officer.goto("/");
  await signIn(officer, OFFICER);
  await officer.goto("/admin/review");
  const item = officer.locator("article", { hasText: "Hợp tác xã Chổi chít Việt Lâm" }).filter({ hasText: "Đề nghị thay đổi hồ sơ" });
  const communeRow = item.getByRole("row", { name: /Xã, phường/ });
  await expect(communeRow).toContainText("Việt Lâm, Tuyên Quang");
  await expect(communeRow).toContainText("Thanh Thủy, Tuyên Quang");
  await expect(item).toContainText("BIDV (970418)");
  await expect(item).toContainText("chỉ áp dụng cho đơn mới");
  await item.getByRole("textbox", { name: "Lý do (gửi cho chủ thể)" }).fill("Chưa có quyết định chuyển địa điểm, vui lòng gửi kèm giấy tờ");
  await item.getByRole("button", { name: "Chưa duyệt" }).click();
  await expect(officer.locator("article", { hasText: "Đề nghị thay đổi hồ sơ" }).filter({ hasText: "Hợp tác xã Chổi chít Việt Lâm" })).toHaveCount(0);

  await producer.goto("/studio/profile");
  await expect(producer.getByRole("main").getByRole("alert")).toContainText("Chưa có quyết định chuyển địa điểm");
  await expect(producer.getByRole("combobox", { name: "Xã, phường" })).toHaveValue("Việt Lâm, Tuyên Quang");
});
