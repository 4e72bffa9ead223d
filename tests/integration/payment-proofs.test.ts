import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/infra/db";
import { placeOrder, reportTransfer } from "@/server/orders/mutations";
import { createProduct, createProducer } from "@/tests/factories";
import { mailsTo } from "../e2e/support/mail";
import { checkoutFor } from "../support/orders";

/*
 * Issue 16, finding 4f: a buyer who says "Tôi đã chuyển khoản" is heard by the producer who receives
 * that part's money, by mail (server/orders/mail.ts), so the producer checks its account before the
 * order would have lapsed.
 */

const mailDir = mkdtempSync(path.join(os.tmpdir(), "ocop-payment-proofs-mail-"));

beforeAll(() => {
  process.env.MAIL_DIR = mailDir;
  process.env.SHIPPING_FEE_VND = "30000";
  process.env.UNPAID_ORDER_TTL_MINUTES = "60";
  process.env.PUBLIC_BASE_URL = "https://ocop.example.vn";
  delete process.env.DISTRICT_BANK_BIN;
  delete process.env.DISTRICT_BANK_ACCOUNT;
});

/** A producer with its own account and mail address, so a transfer part is paid to it and it can be told. */
async function producerWithAccount(name: string) {
  const email = `${name}-${Date.now()}@example.vn`;
  const producer = await createProducer({ email, bankBin: "970405", bankAccount: "1000123456", bankAccountName: name.toUpperCase() });
  return { ...producer, email };
}

describe("the buyer reports a transfer", () => {
  it("mails the producer of that part, in Vietnamese, with the order code, the part's amount and a link to the part; once", async () => {
    const tea = await producerWithAccount("htx-che");
    const broom = await producerWithAccount("htx-choi");
    // Neither producer has a delivery rule of its own: each parcel costs the site's 30.000 ₫.
    const teaBox = await createProduct({ producerId: tea.id, priceVnd: 150_000, stock: 5 });
    const brooms = await createProduct({ producerId: broom.id, priceVnd: 45_000, stock: 8 });
    // The buyer ordered from the English pages: the producer is still written to in Vietnamese.
    const { code } = await placeOrder(await checkoutFor([{ productId: teaBox.id, quantity: 2 }, { productId: brooms.id, quantity: 3 }], { paymentMethod: "VIETQR", locale: "en" }));
    const teaPart = await db.subOrder.findFirstOrThrow({ where: { order: { code }, producerId: tea.id } });
    const subject = `Đơn ${code}: người mua báo đã chuyển khoản`;
    const reports = (to: string) => mailsTo(mailDir, to).filter((mail) => mail.subject.includes(code) && mail.subject.includes("chuyển khoản"));
    expect(reports(tea.email)).toEqual([]);

    // As the order page's button sends it: the code as the buyer may type it, and the part.
    await reportTransfer(code.toLowerCase(), teaPart.id);

    const [mail] = reports(tea.email);
    expect(reports(tea.email)).toHaveLength(1);
    expect(mail.subject).toBe(subject);
    // The tea part: 2 × 150.000 ₫ of goods + 30.000 ₫ delivery = 330.000 ₫.
    expect(mail.text).toMatch(new RegExp(`Người mua đơn ${code} báo đã chuyển khoản 330\\.000\\s₫\\. Vui lòng kiểm tra tài khoản và xác nhận đã nhận tiền\\.`));
    // The link opens the producer's own part, on the Vietnamese pages (no /en).
    expect(mail.text).toContain(`Xem đơn: https://ocop.example.vn/studio/orders/${teaPart.id}`);
    // The other producer's part was not reported: its producer hears nothing of it.
    expect(reports(broom.email)).toEqual([]);

    // Saying it twice changes nothing and mails nobody again.
    await reportTransfer(code, teaPart.id);
    expect(reports(tea.email)).toHaveLength(1);
  });
});
