import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addMonths, startOfDay, today } from "@/lib/clock";
import { parseListQuery } from "@/lib/list-query";
import { buildProducerSearchText } from "@/lib/search-text";
import { db } from "@/server/infra/db";
import { placeOrder } from "@/server/orders/mutations";
import { getOrderForOfficer, listOrdersForOfficer, officerOrderRowsForExport, ORDER_LIST, totalsByProducerAndMonth } from "@/server/orders/queries";
import { createOfficerViewer, createProduct, createProducer, createProvinceWithCommunes, createRegion } from "@/tests/factories";
import { checkoutFor } from "../support/orders";

beforeAll(() => {
  process.env.MAIL_DIR = mkdtempSync(path.join(os.tmpdir(), "ocop-orders-list-mail-"));
  process.env.SHIPPING_FEE_VND = "30000";
});

const listQuery = (params: Record<string, string> = {}) => parseListQuery(ORDER_LIST, { pageSize: "50", ...params });

/** A producer with a name officers search for (its folded search text written as the app writes it). */
async function namedProducer(name: string, regionId: string) {
  return createProducer({ name, regionId, searchText: buildProducerSearchText({ name }) });
}

/** A cash order of `quantity` × 100,000 ₫ from `producerId`, placed at the instant `at` (UTC). */
async function orderAt(producerId: string, at: string, quantity = 1): Promise<string> {
  const product = await createProduct({ producerId, priceVnd: 100000, stock: 50 });
  const { code } = await placeOrder(await checkoutFor([{ productId: product.id, quantity }]));
  await db.order.update({ where: { code }, data: { createdAt: new Date(at) } });
  await db.subOrder.updateMany({ where: { order: { code } }, data: { createdAt: new Date(at) } });
  return code;
}

async function codes(viewer: Parameters<typeof listOrdersForOfficer>[0], params: Record<string, string> = {}) {
  return (await listOrdersForOfficer(viewer, listQuery(params))).items.map((r) => r.code);
}

describe("the officers' orders list", () => {
  it("reads its date range as calendar days in Vietnam: 23:30 on the 1st in Hà Nội is the 1st, not the 2nd", async () => {
    const commune = await createRegion();
    const producer = await createProducer({ regionId: commune.id });
    const { viewer } = await createOfficerViewer({ regionId: commune.id });
    // 31 Oct 23:59:59, 1 Nov 23:30 and 2 Nov 00:00 in Vietnam (UTC+7).
    const lastOfOctober = await orderAt(producer.id, "2026-10-31T16:59:59Z");
    const lateOnFirst = await orderAt(producer.id, "2026-11-01T16:30:00Z");
    const midnightOfSecond = await orderAt(producer.id, "2026-11-01T17:00:00Z");

    expect(await codes(viewer, { from: "2026-11-01", to: "2026-11-01" })).toEqual([lateOnFirst]);
    expect(await codes(viewer, { from: "2026-11-02" })).toEqual([midnightOfSecond]);
    expect(await codes(viewer, { to: "2026-10-31" })).toEqual([lastOfOctober]);
    expect(await codes(viewer, { from: "2026-10-31", to: "2026-11-01" })).toEqual([lateOnFirst, lastOfOctober]);
    // A day that does not exist is no filter, not an error.
    expect((await codes(viewer, { from: "2026-02-30" })).sort()).toEqual([lastOfOctober, lateOnFirst, midnightOfSecond].sort());
  });

  it("sorts by date, total, status and producer, each both ways", async () => {
    const commune = await createRegion();
    const anh = await namedProducer("Hợp tác xã Ánh Dương", commune.id);
    const binh = await namedProducer("Hợp tác xã Bình Minh", commune.id);
    const { viewer } = await createOfficerViewer({ regionId: commune.id });
    // Totals: 1, 3 and 2 × 100,000 ₫ plus the same 30,000 ₫ delivery.
    const first = await orderAt(anh.id, "2026-11-10T03:00:00Z", 1);
    const second = await orderAt(binh.id, "2026-11-11T03:00:00Z", 3);
    const third = await orderAt(anh.id, "2026-11-12T03:00:00Z", 2);
    await db.subOrder.updateMany({ where: { order: { code: first } }, data: { status: "SHIPPED" } });
    await db.subOrder.updateMany({ where: { order: { code: third } }, data: { status: "CONFIRMED" } });

    expect(await codes(viewer)).toEqual([third, second, first]);
    expect(await codes(viewer, { sort: "date", dir: "asc" })).toEqual([first, second, third]);
    expect(await codes(viewer, { sort: "total", dir: "asc" })).toEqual([first, third, second]);
    expect(await codes(viewer, { sort: "total", dir: "desc" })).toEqual([second, third, first]);
    // The lifecycle's order: placed, then confirmed, then shipped.
    expect(await codes(viewer, { sort: "status", dir: "asc" })).toEqual([second, third, first]);
    expect(await codes(viewer, { sort: "status", dir: "desc" })).toEqual([first, third, second]);
    // By producer, then newest first.
    expect(await codes(viewer, { sort: "producer", dir: "asc" })).toEqual([third, first, second]);
    expect(await codes(viewer, { sort: "producer", dir: "desc" })).toEqual([second, third, first]);
    const totals = (await listOrdersForOfficer(viewer, listQuery({ sort: "total", dir: "asc" }))).items.map((r) => r.totalVnd);
    expect(totals).toEqual([130000, 230000, 330000]);
  });

  it("finds a producer's orders by its name typed without diacritics, and pages on the server", async () => {
    const commune = await createRegion();
    const anh = await namedProducer("Hợp tác xã Chè Ánh Dương", commune.id);
    const other = await namedProducer("Tổ hợp tác Mật ong Bản Giàng", commune.id);
    const { viewer } = await createOfficerViewer({ regionId: commune.id });
    const ours: string[] = [];
    for (let day = 1; day <= 22; day++) ours.push(await orderAt(anh.id, `2026-11-${String(day).padStart(2, "0")}T05:00:00Z`));
    await orderAt(other.id, "2026-11-05T05:00:00Z");

    const newestFirst = [...ours].reverse();
    const first = await listOrdersForOfficer(viewer, parseListQuery(ORDER_LIST, { q: "che anh duong", pageSize: "20" }));
    expect(first.total).toBe(22);
    expect(first.items.map((r) => r.code)).toEqual(newestFirst.slice(0, 20));
    const second = await listOrdersForOfficer(viewer, parseListQuery(ORDER_LIST, { q: "CHÈ ánh dương", pageSize: "20", page: "2" }));
    expect(second.items.map((r) => r.code)).toEqual(newestFirst.slice(20));
  });

  it("exports exactly the filtered rows, in the list's order", async () => {
    const commune = await createRegion();
    const producer = await createProducer({ regionId: commune.id });
    const { viewer } = await createOfficerViewer({ regionId: commune.id });
    const placed = [];
    for (let i = 0; i < 6; i++) placed.push(await orderAt(producer.id, `2026-11-0${i + 1}T05:00:00Z`, 1 + (i % 3)));
    await db.subOrder.updateMany({ where: { order: { code: { in: placed.slice(0, 2) } } }, data: { status: "CANCELLED" } });

    const filters: Record<string, string>[] = [{}, { status: "CANCELLED" }, { status: "PLACED", sort: "total", dir: "asc" }, { from: "2026-11-03", to: "2026-11-04" }];
    for (const params of filters) {
      const page = await listOrdersForOfficer(viewer, listQuery(params));
      const read = await officerOrderRowsForExport(viewer, listQuery(params));
      const exported = await read(0, 1000);
      expect(exported.map((r) => r.id)).toEqual(page.items.map((r) => r.id));
    }
    expect((await listOrdersForOfficer(viewer, listQuery({ status: "CANCELLED" }))).items.map((r) => r.code).sort()).toEqual(placed.slice(0, 2).sort());
  });

  it("a commune officer sees and exports only its producers' orders and parts, a province officer its province's; another region's order is not found", async () => {
    const { province, communeA, communeB, producerA, producerB } = await createProvinceWithCommunes();
    const elsewhere = await createProvinceWithCommunes();
    const inA = await orderAt(producerA.id, "2026-11-20T05:00:00Z");
    const inB = await orderAt(producerB.id, "2026-11-21T05:00:00Z");
    const outside = await orderAt(elsewhere.producerA.id, "2026-11-22T05:00:00Z");
    // One basket from producers of both communes.
    const a = await createProduct({ producerId: producerA.id, priceVnd: 50000 });
    const b = await createProduct({ producerId: producerB.id, priceVnd: 70000 });
    const { code: both } = await placeOrder(await checkoutFor([{ productId: a.id, quantity: 1 }, { productId: b.id, quantity: 1 }]));

    const communeOfficer = (await createOfficerViewer({ regionId: communeA.id })).viewer;
    const provinceOfficer = (await createOfficerViewer({ regionId: province.id })).viewer;
    const national = (await createOfficerViewer()).viewer;
    const all = [inA, inB, outside, both];
    const seen = async (viewer: typeof national, params: Record<string, string> = {}) => (await codes(viewer, params)).filter((c) => all.includes(c)).sort();
    const exported = async (viewer: typeof national) => (await (await officerOrderRowsForExport(viewer, listQuery()))(0, 10_000)).map((r) => r.code).filter((c) => all.includes(c)).sort();

    expect(await seen(communeOfficer)).toEqual([inA, both].sort());
    expect(await exported(communeOfficer)).toEqual([inA, both].sort());
    expect(await seen(provinceOfficer)).toEqual([inA, inB, both, both].sort());
    expect(await exported(provinceOfficer)).toEqual([inA, inB, both, both].sort());
    expect(await seen(national)).toEqual([...all, both].sort());
    // The province officer narrows to one commune; a commune outside its province narrows to nothing.
    expect(await seen(provinceOfficer, { region: communeB.id })).toEqual([inB, both].sort());
    expect(await seen(provinceOfficer, { region: elsewhere.communeA.id })).toEqual([]);
    // Of the shared basket the commune officer sees its own producer's part only, in the list and the detail.
    const rows = (await listOrdersForOfficer(communeOfficer, listQuery({ q: both }))).items;
    expect(rows.map((r) => r.producerId)).toEqual([producerA.id]);
    expect((await getOrderForOfficer(communeOfficer, both)).parts).toHaveLength(1);
    // Searching another region's order by its code finds nothing; opening it is "not found".
    expect(await codes(communeOfficer, { q: inB })).toEqual([]);
    await expect(getOrderForOfficer(communeOfficer, inB)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getOrderForOfficer(provinceOfficer, outside)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listOrdersForOfficer(null, listQuery())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("the officers' monthly totals of delivered goods", () => {
  /** Delivers the part of the order `code` at the instant `at` (UTC). */
  async function deliveredAt(code: string, at: Date) {
    await db.subOrder.updateMany({ where: { order: { code } }, data: { status: "DELIVERED", deliveredAt: at } });
  }
  /** The month (YYYY-MM) `monthsBack` months before this one in Vietnam, and its 15th at 10:00 there. */
  const monthsBefore = (monthsBack: number) => addMonths(`${today().slice(0, 7)}-01`, -monthsBack).slice(0, 7);
  const midMonth = (monthsBack: number) => new Date(`${monthsBefore(monthsBack)}-15T03:00:00Z`);

  it("newest month first and largest sales first, each producer apart even under one name, older months read only when the recent ones do not fill the table", async () => {
    const commune = await createRegion();
    const { viewer } = await createOfficerViewer({ regionId: commune.id });
    const { viewer: elsewhere } = await createOfficerViewer({ regionId: (await createRegion()).id });
    // Two producers of one name (names are not unique), and a third.
    const first = await namedProducer("Hợp tác xã Trùng Tên", commune.id);
    const second = await namedProducer("Hợp tác xã Trùng Tên", commune.id);
    const third = await namedProducer("Hộ kinh doanh Năm Trước", commune.id);
    const at = "2026-01-01T03:00:00Z";
    // This month: the first 1 + 3 × 100,000 ₫, the second 2 × 100,000 ₫; last month: the first 1 × 100,000 ₫.
    await deliveredAt(await orderAt(first.id, at, 1), midMonth(0));
    await deliveredAt(await orderAt(first.id, at, 3), midMonth(0));
    await deliveredAt(await orderAt(second.id, at, 2), midMonth(0));
    await deliveredAt(await orderAt(first.id, at, 1), midMonth(1));
    // Eleven months back, delivered in the first half hour of the month in Vietnam (still the 11th month back,
    // though the UTC date is the month before); and the evening before, twelve months back: out of the year.
    await deliveredAt(await orderAt(third.id, at, 5), new Date(startOfDay(`${monthsBefore(11)}-01`).getTime() + 30 * 60_000));
    await deliveredAt(await orderAt(third.id, at, 7), new Date(startOfDay(`${monthsBefore(11)}-01`).getTime() - 30 * 60_000));
    // Placed and not delivered: not a sale.
    await orderAt(third.id, at, 9);

    const row = (monthsBack: number, producer: { id: string; name: string }, orders: number, revenueVnd: number) => ({
      month: monthsBefore(monthsBack), producerId: producer.id, producerName: producer.name, orders, revenueVnd,
    });
    const year = [row(0, first, 2, 400000), row(0, second, 1, 200000), row(1, first, 1, 100000), row(11, third, 1, 500000)];
    expect(await totalsByProducerAndMonth(viewer)).toEqual(year);
    // A shorter table is the same rows cut short, whether or not this month and the last fill it.
    for (const limit of [1, 2, 3, 4]) expect(await totalsByProducerAndMonth(viewer, { limit })).toEqual(year.slice(0, limit));
    // Another commune's officer sees none of them.
    expect(await totalsByProducerAndMonth(elsewhere)).toEqual([]);
  });
});
