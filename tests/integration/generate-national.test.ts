import pg from "pg";
import { describe, expect, it } from "vitest";
import { addDays, startOfDay, today } from "@/lib/clock";
import { ORDER_CODE_ALPHABET } from "@/lib/order-code";
import { canDo, orderPaymentStatus, type FulfilmentAction, type PaymentMethod, type PaymentStatus, type SubOrderStatus } from "@/lib/order-status";
import { generateNational, RefusedError } from "@/prisma/seed/generate-national";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { db } from "@/server/infra/db";
import { EXHIBITORS_PER_PAGE, getFairBySlug, listFairExhibitors } from "@/server/fairs/queries";
import { expireUnpaidOrders } from "@/server/orders/mutations";
import { badgeMismatches } from "../support/badge-check";
import { queryRows } from "../support/pg-admin";

async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("national-scale generator", () => {
  it("adds the requested producers, published products and batches with searchable, valid data", async () => {
    await seedDemo(db);
    const result = await withClient((client) => generateNational(client, { producers: 300, products: 1000, batches: 2500, orders: 3000 }));
    expect(result).toMatchObject({ producers: 300, products: 1000, batches: 2500, orders: 3000 });

    const [row] = await queryRows<Record<string, number>>(
      process.env.DATABASE_URL!,
      `SELECT (SELECT count(*)::int FROM products WHERE status = 'PUBLISHED') AS published,
              (SELECT count(*)::int FROM batches) AS batches,
              (SELECT count(*)::int FROM products WHERE "searchText" = '') AS unsearchable,
              (SELECT count(*)::int FROM products WHERE "searchText" LIKE '%che%') AS tea_like`,
    );
    expect(row.published).toBeGreaterThanOrEqual(1000);
    expect(row.batches).toBeGreaterThanOrEqual(2500);
    expect(row.unsearchable).toBe(0);
    expect(row.tea_like).toBeGreaterThan(0);
    // The badge columns are filled (by the certificates' trigger) and agree with the certificates.
    const day = (offset: number) => addDays(today(), offset);
    expect(await badgeMismatches([day(0), day(200), day(700)])).toEqual([]);
    const [badges] = await queryRows<{ n: number }>(process.env.DATABASE_URL!, `SELECT count(*)::int AS n FROM products WHERE "badgeStars" IS NOT NULL`);
    expect(badges.n).toBeGreaterThan(800);
  });

  it("issues every decision from a body that existed on its day", async () => {
    // The 34 provinces since 01/07/2025 (Resolution 202/2025/QH15).
    const sinceReform = [
      "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
      "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng",
      "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
      "Đồng Tháp", "Cà Mau", "An Giang",
    ].map((name) => `UBND ${["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"].includes(name) ? "thành phố" : "tỉnh"} ${name}`);
    const rows = await queryRows<{ level: string; day: string; body: string }>(
      process.env.DATABASE_URL!,
      `SELECT c.level::text AS level, c."decisionDate"::text AS day, c."issuingBody" AS body FROM ocop_certificates c WHERE c.id LIKE 'g%'`,
    );
    const afterReform = rows.filter((r) => r.day >= "2025-07-01");
    expect(afterReform.length).toBeGreaterThan(0);
    for (const r of afterReform) {
      expect(r.level, `${r.day} ${r.body}`).not.toBe("DISTRICT");
      if (r.level === "PROVINCE") expect(sinceReform, `${r.day} ${r.body}`).toContain(r.body);
    }
    // Districts recognised 3★ only from 148/QĐ-TTg (24/02/2023) until the reform; the province did before.
    for (const r of rows.filter((r) => r.level === "DISTRICT")) expect(r.day >= "2023-02-24" && r.day < "2025-07-01", r.day).toBe(true);
    expect(rows.some((r) => r.level === "PROVINCE" && r.day < "2023-02-24")).toBe(true);
    // Producers live in today's provinces.
    const producers = await queryRows<{ address: string }>(process.env.DATABASE_URL!, `SELECT "addressLine" AS address FROM producers WHERE id LIKE 'g%'`);
    for (const { address } of producers) expect(sinceReform, address).toContain(`UBND ${address.split(", ").at(-1)}`);
  });

  it("opens a fair in every province with hours and directions, and a national fair whose exhibitors come a page at a time", async () => {
    const fairs = await queryRows<{ slug: string; province: string; opensAt: string | null; closesAt: string | null; directions: string; exhibitors: number; booths: number }>(
      process.env.DATABASE_URL!,
      `SELECT f.slug, f.province, f."opensAt", f."closesAt", f."directionsVi" AS directions,
              (SELECT count(*)::int FROM booth_requests r WHERE r."fairId" = f.id AND r.status = 'APPROVED') AS exhibitors,
              (SELECT count(*)::int FROM booth_assignments a WHERE a."fairId" = f.id) AS booths
       FROM fairs f WHERE f.id LIKE 'g%' ORDER BY f."boothCapacity" DESC, f.slug`,
    );
    // 34 provinces since the reform, plus the national fair.
    expect(fairs).toHaveLength(35);
    expect(new Set(fairs.map((f) => f.province)).size).toBe(34);
    for (const f of fairs) {
      expect(f.opensAt! < f.closesAt!, f.slug).toBe(true);
      expect(f.directions, f.slug).not.toBe("");
      expect(f.booths, f.slug).toBe(f.exhibitors);
    }
    // Every one of the 300 producers exhibits at the national fair: more than one page of visitors' list.
    const national = (await getFairBySlug(fairs[0].slug))!;
    expect(national.exhibitorCount).toBe(300);
    const firstPage = await listFairExhibitors(national.id);
    expect(firstPage).toHaveLength(EXHIBITORS_PER_PAGE);
    expect(firstPage.map((e) => e.booths[0])).toEqual(Array.from({ length: EXHIBITORS_PER_PAGE }, (_, i) => i + 1));
  });

  it("refuses to fill a database that already holds generated data unless forced", async () => {
    await expect(withClient((client) => generateNational(client, { producers: 10, products: 10, batches: 10, orders: 10 }))).rejects.toBeInstanceOf(RefusedError);
    const forced = await withClient((client) => generateNational(client, { producers: 10, products: 10, batches: 10, orders: 10, force: true }));
    expect(forced.products).toBe(10);
    expect(forced.orders).toBe(10);
  });

  describe("a year of orders (generated by the first test, on the pinned clock's day)", () => {
    const url = () => process.env.DATABASE_URL!;
    const KIND_OF: Record<string, FulfilmentAction> = { CONFIRMED: "CONFIRM", PACKED: "PACK", SHIPPED: "SHIP", DELIVERED: "DELIVER", DELIVERY_FAILED: "FAIL_DELIVERY", RETURNED: "RETURN", CANCELLED: "CANCEL" };

    it("places every order in the 12 months before the reference day, with codes the app could have given and totals that add up", async () => {
      const orders = await queryRows<{ code: string; created: Date; subtotal: number; shipping: number; total: number; parts_subtotal: number; parts_shipping: number; lines: number; bad_lines: number; stale_prices: number; phone: string; digits: string }>(
        url(),
        `SELECT o.code, o."createdAt" AS created, o."subtotalVnd" AS subtotal, o."shippingVnd" AS shipping, o."totalVnd" AS total, o.phone, o."phoneDigits" AS digits,
                (SELECT sum(s."subtotalVnd")::int FROM sub_orders s WHERE s."orderId" = o.id) AS parts_subtotal,
                (SELECT sum(s."shippingVnd")::int FROM sub_orders s WHERE s."orderId" = o.id) AS parts_shipping,
                (SELECT count(*)::int FROM order_items i JOIN sub_orders s ON s.id = i."subOrderId" WHERE s."orderId" = o.id) AS lines,
                (SELECT count(*)::int FROM sub_orders s WHERE s."orderId" = o.id
                   AND s."subtotalVnd" <> (SELECT sum(i."lineTotalVnd") FROM order_items i WHERE i."subOrderId" = s.id)) +
                (SELECT count(*)::int FROM order_items i JOIN sub_orders s ON s.id = i."subOrderId" WHERE s."orderId" = o.id AND i."lineTotalVnd" <> i."unitPriceVnd" * i.quantity) AS bad_lines,
                (SELECT count(*)::int FROM order_items i JOIN sub_orders s ON s.id = i."subOrderId" JOIN products p ON p.id = i."productId"
                   WHERE s."orderId" = o.id AND (i."unitPriceVnd" <> p."priceVnd" OR p."producerId" <> s."producerId")) AS stale_prices
         FROM orders o WHERE o.id LIKE 'g%'`,
      );
      expect(orders.length).toBeGreaterThanOrEqual(3000);
      const start = startOfDay(addDays(today(), -366)).getTime();
      const end = startOfDay(today()).getTime();
      const code = new RegExp(`^[${ORDER_CODE_ALPHABET}]{5}-[${ORDER_CODE_ALPHABET}]{5}$`);
      for (const o of orders) {
        expect(o.code).toMatch(code);
        expect(o.created.getTime(), o.code).toBeGreaterThanOrEqual(start);
        expect(o.created.getTime(), o.code).toBeLessThan(end);
        expect([o.parts_subtotal, o.parts_shipping, o.total], o.code).toEqual([o.subtotal, o.shipping, o.subtotal + o.shipping]);
        expect(o.lines, o.code).toBeGreaterThan(0);
        expect(o.bad_lines + o.stale_prices, o.code).toBe(0);
        // A Vietnamese mobile, stored as the app stores what a buyer types.
        expect(o.digits, o.code).toMatch(/^0[35789]\d{8}$/);
        expect(o.phone.replace(/ /g, ""), o.code).toBe(o.digits);
      }
      // Orders across the whole year, the last weeks busier than the first.
      const months = new Set(orders.map((o) => o.created.toISOString().slice(0, 7)));
      expect(months.size).toBeGreaterThanOrEqual(12);
      const recent = orders.filter((o) => o.created.getTime() >= end - 30 * 86_400_000).length;
      const first = orders.filter((o) => o.created.getTime() < start + 31 * 86_400_000).length;
      expect(recent).toBeGreaterThan(first);
    });

    it("has every state and method, each part's history a legal path to its state, and money where the rules put it", async () => {
      const parts = await queryRows<{ id: string; status: SubOrderStatus; payment: PaymentStatus; method: PaymentMethod; amount: number; order_payment: PaymentStatus; cancel_reason: string | null; expires: Date | null; reported: Date | null; paid_at: Date | null; payee: string | null; producer_bin: string | null; note: string | null; code: string; siblings: number; index: number; paid_sum: number | null; card_paid: number | null; total: number; kinds: string[] }>(
        url(),
        `SELECT s.id, s.status::text AS status, s."paymentStatus"::text AS payment, o."paymentMethod"::text AS method, s."subtotalVnd" + s."shippingVnd" AS amount,
                o."paymentStatus"::text AS order_payment, s."cancelReason"::text AS cancel_reason, s."expiresAt" AS expires, s."transferReportedAt" AS reported,
                s."paidAt" AS paid_at, s."payeeBankBin" AS payee, p."bankBin" AS producer_bin, s."transferNote" AS note, o.code, o."totalVnd" AS total,
                (SELECT count(*)::int FROM sub_orders x WHERE x."orderId" = o.id) AS siblings,
                split_part(s.id, '-', 3)::int AS index,
                (SELECT sum(pay."amountVnd")::int FROM payments pay WHERE pay."subOrderId" = s.id AND pay.status = 'PAID') AS paid_sum,
                (SELECT sum(pay."amountVnd")::int FROM payments pay WHERE pay."orderId" = o.id AND pay."subOrderId" IS NULL AND pay.status = 'PAID') AS card_paid,
                ARRAY(SELECT e.kind FROM sub_order_events e WHERE e."subOrderId" = s.id ORDER BY e."createdAt", e.id) AS kinds
         FROM sub_orders s JOIN orders o ON o.id = s."orderId" JOIN producers p ON p.id = s."producerId" WHERE s.id LIKE 'g%'`,
      );
      const seen = { status: new Set<string>(), method: new Set<string>(), payment: new Set<string>(), reason: new Set<string>() };
      const endOfReferenceDay = startOfDay(addDays(today(), 1)).getTime();
      for (const p of parts) {
        seen.status.add(p.status);
        seen.method.add(p.method);
        seen.payment.add(p.payment);
        if (p.cancel_reason) seen.reason.add(p.cancel_reason);
        // Replay the history with the app's rule: every step was allowed where it was taken, and it ends in the stored state.
        expect(p.kinds[0], p.id).toBe("PLACED");
        let state = { status: "PLACED" as SubOrderStatus, paymentMethod: p.method, paymentStatus: "PENDING" as PaymentStatus };
        for (const kind of p.kinds.slice(1)) {
          if (kind === "TRANSFER_REPORTED") continue;
          if (kind === "PAID") {
            if (p.method !== "STRIPE") expect(canDo("MARK_PAID", state), `${p.id} ${p.kinds.join(">")}`).toBe(true);
            state = { ...state, paymentStatus: "PAID" };
            continue;
          }
          expect(canDo(KIND_OF[kind], state), `${p.id} ${p.kinds.join(">")}`).toBe(true);
          state = { ...state, status: kind as SubOrderStatus };
        }
        expect(state.status, p.id).toBe(p.status);
        expect(state.paymentStatus === "PAID", p.id).toBe(p.payment === "PAID");
        // Recorded money equals what the part (or the whole card order) costs.
        if (p.method === "STRIPE") {
          expect(p.card_paid ?? null, p.id).toBe(p.payment === "PAID" ? p.total : null);
        } else {
          expect(p.paid_sum ?? null, p.id).toBe(p.payment === "PAID" ? p.amount : null);
          if (p.payment === "PAID") expect(p.paid_at, p.id).not.toBeNull();
        }
        // Cash is received only once delivered; a transfer part ships only once paid.
        if (p.method === "COD" && p.payment === "PAID") expect(p.status, p.id).toBe("DELIVERED");
        if (p.method === "VIETQR" && ["SHIPPED", "DELIVERED", "DELIVERY_FAILED"].includes(p.status)) expect(p.payment, p.id).toBe("PAID");
        // A transfer goes to the producer's own account, with the note the buyer's app shows.
        if (p.method === "VIETQR") {
          expect(p.payee, p.id).toBe(p.producer_bin);
          expect(p.note, p.id).toBe(p.siblings > 1 ? `${p.code.replace("-", "")} ${p.index + 1}` : p.code.replace("-", ""));
        } else {
          expect(p.payee, p.id).toBeNull();
        }
        // Only an open part awaiting its producer or its transfer holds stock against an expiry, which falls after the reference day.
        if (p.expires) {
          expect(p.status, p.id).toBe("PLACED");
          expect(p.expires.getTime(), p.id).toBeGreaterThan(endOfReferenceDay);
        }
      }
      expect([...seen.status].sort()).toEqual(["CANCELLED", "CONFIRMED", "DELIVERED", "DELIVERY_FAILED", "PACKED", "PLACED", "RETURNED", "SHIPPED"].sort());
      expect([...seen.method].sort()).toEqual(["COD", "STRIPE", "VIETQR"]);
      expect([...seen.payment].sort()).toEqual(["CANCELLED", "EXPIRED", "PAID", "PENDING"]);
      expect([...seen.reason].sort()).toEqual(expect.arrayContaining(["BUYER_REQUEST", "OUT_OF_STOCK", "PAYMENT_NOT_RECEIVED", "UNCONFIRMED_EXPIRED", "UNPAID_EXPIRED"]));
      // Delivered is what a year of orders mostly ends in.
      expect(parts.filter((p) => p.status === "DELIVERED").length).toBeGreaterThan(parts.length * 0.6);

      // The order's payment state is its parts' (lib/order-status.ts), as the app keeps it after every step.
      const byOrder = new Map<string, typeof parts>();
      for (const p of parts) byOrder.set(p.code, [...(byOrder.get(p.code) ?? []), p]);
      for (const [code, list] of byOrder) {
        const current = list[0].method === "STRIPE" ? list[0].order_payment : "PENDING";
        expect(list[0].order_payment, code).toBe(orderPaymentStatus(list[0].method, current, list.map((p) => ({ status: p.status, paymentStatus: p.payment, cancelReason: p.cancel_reason as never }))));
      }
    });

    it("leaves nothing for the expiry job to release on the reference day, and no stock below zero", async () => {
      const [stock] = await queryRows<{ negative: number; held_off_sale: number }>(
        url(),
        `SELECT (SELECT count(*)::int FROM products WHERE stock < 0) AS negative,
                (SELECT count(*)::int FROM order_items i JOIN sub_orders s ON s.id = i."subOrderId" JOIN products p ON p.id = i."productId"
                  WHERE s.status IN ('PLACED', 'CONFIRMED', 'PACKED') AND p.status <> 'PUBLISHED') AS held_off_sale`,
      );
      expect(stock).toEqual({ negative: 0, held_off_sale: 0 });
      const before = await queryRows<{ status: string; n: number }>(url(), `SELECT status::text, count(*)::int AS n FROM sub_orders GROUP BY 1 ORDER BY 1`);
      // The last instant of the reference day in Vietnam: a server started on that day finds nothing due.
      expect(await expireUnpaidOrders(new Date(startOfDay(addDays(today(), 1)).getTime() - 1))).toBe(0);
      expect(await queryRows(url(), `SELECT status::text, count(*)::int AS n FROM sub_orders GROUP BY 1 ORDER BY 1`)).toEqual(before);
    });
  });
});
