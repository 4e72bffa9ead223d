/**
 * Orders for the national-scale data (prisma/seed/generate-national.ts): a year of SYNTHETIC orders
 * before the generator's reference day, written exactly as the app would have left them.
 *
 * Each order is simulated step by step on a timeline, with the app's own rules: it is placed (the
 * order, one part per producer, lines at the product's price, the producer's delivery fee, a code from
 * lib/order-code.ts, the payee and transfer note fixed for a transfer), then each part is paid,
 * confirmed, packed, shipped, delivered, cash recorded, cancelled with a reason, expired, failed at
 * the door, shipped again or returned, every step checked against lib/order-status.ts (`canDo`) and
 * recorded in the part's history. What had not happened by the reference day is cut off, so recent
 * orders are still open and old ones are settled. The order's payment state is derived from its
 * parts' (`orderPaymentStatus`), as the app does after every step.
 *
 * Stock: the app holds the units of an open order by taking them off `products.stock` when the order
 * is placed and putting them back when a part is cancelled, expires or is returned
 * (server/orders/stock.ts). The generated stock is the shelf count on the reference day, that is
 * after those holds; no order is generated that could not have been placed: none for a product or
 * producer that is not on sale.
 *
 * Expiry: an unconfirmed cash part or an unpaid transfer part carries its expiry (COD_CONFIRM_HOURS,
 * UNPAID_ORDER_TTL_MINUTES, defaults 48 h and 60 min). Open parts still carrying one were placed
 * within the last day before the reference day and expire after it ends, so the expiry job does not
 * rewrite the data the moment a server starts on the reference day; the others were expired by the
 * "system" as the job would have. Card orders are either paid within minutes or expired (never a
 * session still open).
 */
import type pg from "pg";
import { addDays, startOfDay } from "../../lib/clock";
import { generateOrderCode } from "../../lib/order-code";
import { canDo, orderPaymentStatus, type CancelReason, type FulfilmentAction, type PaymentMethod, type PaymentStatus, type SubOrderStatus } from "../../lib/order-status";
import { PROVINCES } from "../../lib/delivery-estimate";
import { parsePhone } from "../../lib/phone";
import { BulkInsert, isoTimestamp } from "./bulk-insert";

export interface OrderProduct {
  id: string;
  nameVi: string;
  nameEn: string | null;
  unit: string;
  unitEn: string | null;
  priceVnd: number;
}

export interface OrderSeller {
  id: string;
  /** The producer's own account for transfers, or null (then no transfer order reaches it). */
  payee: { bankBin: string; bankAccount: string; bankAccountName: string } | null;
  products: readonly OrderProduct[];
}

interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export interface OrderCounts {
  orders: number;
  orderParts: number;
  orderItems: number;
  orderEvents: number;
  payments: number;
}

/** The site's default delivery fee (lib/env.ts SHIPPING_FEE_VND): generated producers have no rule of their own. */
const SHIPPING_FEE_VND = 30_000;
/** lib/env.ts defaults: how long an unconfirmed cash part and an unpaid transfer part hold their stock. */
const COD_CONFIRM_MS = 48 * 3_600_000;
const TRANSFER_TTL_MS = 60 * 60_000;
/** A card session lives at most 23 h and our expiry waits 5 min more (server/orders/mutations.ts). */
const CARD_EXPIRY_MS = 23 * 3_600_000 + 5 * 60_000;
const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trương", "Đinh"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quốc", "Thanh", "Xuân", "Hoài", "Gia", "Bảo", "Kim"];
const GIVEN = ["An", "Anh", "Bình", "Châu", "Cường", "Dũng", "Duyên", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "My", "Nam", "Nga", "Nhung", "Phong", "Phương", "Quân", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trinh", "Tú", "Tuấn", "Vy", "Yến"];
const STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung", "Hùng Vương", "Nguyễn Huệ", "Phan Chu Trinh", "Điện Biên Phủ", "Bà Triệu", "Lê Duẩn"];
/** Mobile prefixes of the Vietnamese numbering plan (Viettel, Vinaphone, MobiFone, Vietnamobile). */
const MOBILE_PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "090", "091", "093", "094", "096", "097", "098"];
const NOTES = ["Giao giờ hành chính giúp em.", "Gọi trước khi giao.", "Gói làm quà biếu, không để hóa đơn trong hộp.", "Giao buổi chiều.", "Để hàng ở bảo vệ nếu không có người nhận."];
const CARRIERS: readonly { name: string; tracking: (r: Random) => string | null }[] = [
  { name: "GHN", tracking: (r) => `GHN${r.int(10_000_000, 99_999_999)}` },
  { name: "GHTK", tracking: (r) => `S${r.int(1_000_000, 9_999_999)}.BO.${r.int(10_000_000, 99_999_999)}` },
  { name: "Viettel Post", tracking: (r) => String(r.int(1_000_000_000, 1_999_999_999)) },
  { name: "VNPost", tracking: (r) => `EL${r.int(100_000_000, 999_999_999)}VN` },
  { name: "J&T Express", tracking: (r) => `8${r.int(100_000_000, 999_999_999)}` },
  { name: "Tự giao", tracking: () => null },
];
const PRODUCER_REASONS: readonly [CancelReason, number][] = [
  ["OUT_OF_STOCK", 0.35],
  ["BUYER_UNREACHABLE", 0.25],
  ["BUYER_REQUEST", 0.25],
  ["ADDRESS_UNSERVED", 0.1],
  ["OTHER", 0.05],
];

type Actor = "BUYER" | "PRODUCER" | "OFFICER" | "SYSTEM";

/** One part of an order as the app keeps it, moved along by `apply`. */
interface Part {
  id: string;
  seller: OrderSeller;
  index: number;
  createdMs: number;
  status: SubOrderStatus;
  paymentStatus: PaymentStatus;
  subtotalVnd: number;
  shippingVnd: number;
  paidMs: number | null;
  expiresMs: number | null;
  transferReportedMs: number | null;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: CancelReason | null;
  cancelNote: string | null;
  confirmedMs: number | null;
  shippedMs: number | null;
  deliveredMs: number | null;
  failedMs: number | null;
  returnedMs: number | null;
  cancelledMs: number | null;
  updatedMs: number;
  events: { kind: string; actor: Actor; ms: number; detail: Record<string, unknown> | null }[];
  lines: { product: OrderProduct; quantity: number }[];
}

/** A step of a part's timeline: a fulfilment action, money, or the buyer's "I have transferred". */
type Step =
  | { at: number; action: Exclude<FulfilmentAction, "CANCEL" | "MARK_PAID">; carrier?: string | null; trackingNumber?: string | null }
  | { at: number; action: "CANCEL"; reason: CancelReason; actor: Actor; note?: string | null }
  | { at: number; action: "MARK_PAID"; actor: Actor }
  | { at: number; action: "REPORT_TRANSFER" };

export async function insertNationalOrders(
  client: pg.ClientBase,
  o: { random: Random; tag: string; today: string; orders: number; chunkSize: number; sellers: readonly OrderSeller[]; communeNames: readonly string[] },
): Promise<OrderCounts> {
  const { random } = o;
  const counts: OrderCounts = { orders: 0, orderParts: 0, orderItems: 0, orderEvents: 0, payments: 0 };
  if (o.orders === 0 || o.sellers.length === 0) return counts;
  /** The reference day begins (midnight in Vietnam): every order was placed before it. */
  const endMs = startOfDay(o.today).getTime();
  const between = (from: number, to: number) => from + Math.floor(random.next() * (to - from));

  const orderInsert = new BulkInsert(client, "orders", [
    ["id", "text"], ["code", "text"], ["customerName", "text"], ["phone", "text"], ["phoneDigits", "text"], ["email", "text"], ["addressLine", "text"],
    ["province", "text"], ["commune", "text"], ["provinceCode", "text"], ["note", "text"], ["locale", "text"], ["paymentMethod", '"PaymentMethod"'],
    ["paymentStatus", '"PaymentStatus"'], ["subtotalVnd", "int4"], ["shippingVnd", "int4"], ["totalVnd", "int4"], ["stripeSessionId", "text"],
    ["paidAt", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
  ], o.chunkSize);
  const partInsert = new BulkInsert(client, "sub_orders", [
    ["id", "text"], ["orderId", "text"], ["producerId", "text"], ["status", '"SubOrderStatus"'], ["subtotalVnd", "int4"], ["shippingVnd", "int4"],
    ["paymentStatus", '"PaymentStatus"'], ["paidAt", "timestamp"], ["expiresAt", "timestamp"], ["payeeBankBin", "text"], ["payeeAccount", "text"],
    ["payeeAccountName", "text"], ["payeeIsDistrict", "bool"], ["transferNote", "text"], ["transferReportedAt", "timestamp"], ["carrier", "text"],
    ["trackingNumber", "text"], ["cancelReason", '"CancelReason"'], ["cancelNote", "text"], ["confirmedAt", "timestamp"], ["shippedAt", "timestamp"],
    ["deliveredAt", "timestamp"], ["failedAt", "timestamp"], ["returnedAt", "timestamp"], ["cancelledAt", "timestamp"], ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ], o.chunkSize, [orderInsert]);
  const itemInsert = new BulkInsert(client, "order_items", [
    ["id", "text"], ["subOrderId", "text"], ["productId", "text"], ["productName", "text"], ["unit", "text"], ["unitPriceVnd", "int4"], ["quantity", "int4"],
    ["lineTotalVnd", "int4"],
  ], o.chunkSize, [partInsert]);
  const eventInsert = new BulkInsert(client, "sub_order_events", [
    ["id", "text"], ["subOrderId", "text"], ["kind", "text"], ["actor", '"OrderActor"'], ["detail", "jsonb"], ["createdAt", "timestamp"],
  ], o.chunkSize, [partInsert]);
  const paymentInsert = new BulkInsert(client, "payments", [
    ["id", "text"], ["orderId", "text"], ["subOrderId", "text"], ["method", '"PaymentMethod"'], ["status", '"PaymentStatus"'], ["amountVnd", "int4"],
    ["providerRef", "text"], ["paidAt", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
  ], o.chunkSize, [partInsert]);

  // A few producers sell most (cooperatives with a shop and a following), most sell a little: the
  // seller of a part is drawn with a cube-law skew over the list, so the first takes ~5 % of parts.
  const pickSeller = () => o.sellers[Math.min(o.sellers.length - 1, Math.floor(o.sellers.length * random.next() ** 3))];
  const codes = new Set<string>();
  let paymentSeq = 0;

  for (let n = 0; n < o.orders; n++) {
    const orderId = `g${o.tag}-o${n}`;
    // More orders lately (the marketplace grows): ages skew towards the reference day; hours are
    // Vietnam's daytime, 07:00 to 22:00.
    const daysBefore = 1 + Math.floor(365 * random.next() ** 1.4);
    const createdMs = startOfDay(addDays(o.today, -daysBefore)).getTime() + between(7 * HOUR, 22 * HOUR);
    const m = random.next();
    let method: PaymentMethod = m < 0.58 ? "COD" : m < 0.88 ? "VIETQR" : "STRIPE";

    // Parts: one producer for most orders, two or three for some.
    const partCount = Math.min(o.sellers.length, random.next() < 0.85 ? 1 : random.next() < 0.8 ? 2 : 3);
    const chosen = new Set<OrderSeller>();
    for (let tries = 0; chosen.size < partCount && tries < 20; tries++) {
      const seller = pickSeller();
      // A transfer is paid to each producer's own account: such an order goes to producers that have one.
      if (method === "VIETQR" && !seller.payee) continue;
      chosen.add(seller);
    }
    if (chosen.size === 0) {
      method = "COD";
      chosen.add(pickSeller());
    }

    let code = generateOrderCode();
    while (codes.has(code)) code = generateOrderCode();
    codes.add(code);

    const parts: Part[] = [...chosen].map((seller, index) => {
      const lines: Part["lines"] = [];
      const lineCount = Math.min(seller.products.length, random.next() < 0.7 ? 1 : random.next() < 0.75 ? 2 : 3);
      const used = new Set<OrderProduct>();
      for (let tries = 0; used.size < lineCount && tries < 10; tries++) used.add(random.pick(seller.products));
      for (const product of used) lines.push({ product, quantity: random.next() < 0.6 ? 1 : random.next() < 0.7 ? random.int(2, 3) : random.int(4, 10) });
      const subtotalVnd = lines.reduce((sum, l) => sum + l.product.priceVnd * l.quantity, 0);
      return {
        id: `${orderId}-${index}`, seller, index, createdMs, status: "PLACED", paymentStatus: "PENDING", subtotalVnd, shippingVnd: SHIPPING_FEE_VND,
        paidMs: null, expiresMs: method === "COD" ? createdMs + COD_CONFIRM_MS : method === "VIETQR" ? createdMs + TRANSFER_TTL_MS : null,
        transferReportedMs: null, carrier: null, trackingNumber: null, cancelReason: null, cancelNote: null, confirmedMs: null, shippedMs: null,
        deliveredMs: null, failedMs: null, returnedMs: null, cancelledMs: null, updatedMs: createdMs,
        events: [{ kind: "PLACED", actor: "BUYER", ms: createdMs, detail: null }], lines,
      };
    });
    const subtotalVnd = parts.reduce((sum, p) => sum + p.subtotalVnd, 0);
    const shippingVnd = parts.reduce((sum, p) => sum + p.shippingVnd, 0);

    // The card payment of the whole order: paid within minutes, or the session expired unpaid.
    let orderPayment: PaymentStatus = "PENDING";
    let cardPaidMs: number | null = null;
    if (method === "STRIPE") {
      if (random.next() < 0.9 || createdMs + CARD_EXPIRY_MS > endMs) {
        cardPaidMs = createdMs + between(MIN, 15 * MIN);
        orderPayment = "PAID";
      } else {
        orderPayment = "EXPIRED";
      }
    }
    // The buyer cancels the whole order before anything shipped (not a paid card order: that needs a refund).
    // A transfer is cancelled before its TTL runs out (else it had expired), cash within a few hours.
    const buyerCancelMs = method !== "STRIPE" && random.next() < 0.03 ? createdMs + between(10 * MIN, method === "VIETQR" ? 55 * MIN : 6 * HOUR) : null;

    for (const part of parts) {
      const steps = planPart(method, { random, between, cardPaidMs, buyerCancelMs, createdMs, endMs });
      for (const step of steps) {
        if (step.at > endMs) break;
        apply(part, method, step);
      }
    }

    const paid = orderPaymentStatus(method, orderPayment, parts);
    const paidParts = parts.filter((p) => p.paidMs !== null);
    const orderPaidMs = paid === "PAID" ? (cardPaidMs ?? Math.max(...paidParts.map((p) => p.paidMs!))) : null;
    const person = `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
    // Parsed as the checkout parses what a buyer types: stored in its display and comparable forms.
    let phone = parsePhone(`${random.pick(MOBILE_PREFIXES)}${random.int(1_000_000, 9_999_999)}`);
    while (!phone) phone = parsePhone(`${random.pick(MOBILE_PREFIXES)}${random.int(1_000_000, 9_999_999)}`);
    const email = random.next() < 0.45 ? `${slugName(person)}.${random.int(10, 9999)}@example.com` : null;
    const province = random.pick(PROVINCES);
    const english = random.next() < 0.04;
    const updatedMs = Math.max(createdMs, ...parts.map((p) => p.updatedMs));
    await orderInsert.push(
      orderId, code, person, phone.display, phone.digits, email,
      `Số ${random.int(1, 300)} đường ${random.pick(STREETS)}, thôn ${random.int(1, 12)}`,
      province.fullName, `Xã ${random.pick(o.communeNames)}`, province.code,
      random.next() < 0.15 ? random.pick(NOTES) : "", english ? "en" : "vi", method, paid, subtotalVnd, shippingVnd, subtotalVnd + shippingVnd,
      method === "STRIPE" ? `cs_gen_${o.tag}_${n}` : null,
      orderPaidMs === null ? null : isoTimestamp(orderPaidMs), isoTimestamp(createdMs), isoTimestamp(updatedMs),
    );
    if (cardPaidMs !== null) {
      await paymentInsert.push(`g${o.tag}-pay${paymentSeq++}`, orderId, null, "STRIPE", "PAID", subtotalVnd + shippingVnd, `pi_gen_${o.tag}_${n}`, isoTimestamp(cardPaidMs), isoTimestamp(cardPaidMs), isoTimestamp(cardPaidMs));
    }
    for (const part of parts) {
      const payee = method === "VIETQR" ? part.seller.payee : null;
      await partInsert.push(
        part.id, orderId, part.seller.id, part.status, part.subtotalVnd, part.shippingVnd, part.paymentStatus, ts(part.paidMs), ts(part.expiresMs),
        payee?.bankBin ?? null, payee?.bankAccount ?? null, payee?.bankAccountName ?? null, false,
        // As server/payments/vietqr.ts transferNoteFor: the code without its dash, and the part's number when there are several.
        payee ? (parts.length > 1 ? `${code.replace("-", "")} ${part.index + 1}` : code.replace("-", "")) : null,
        ts(part.transferReportedMs), part.carrier, part.trackingNumber, part.cancelReason, part.cancelNote, ts(part.confirmedMs), ts(part.shippedMs),
        ts(part.deliveredMs), ts(part.failedMs), ts(part.returnedMs), ts(part.cancelledMs), isoTimestamp(part.createdMs), isoTimestamp(part.updatedMs),
      );
      for (const [j, line] of part.lines.entries()) {
        const { product } = line;
        await itemInsert.push(
          `${part.id}-i${j}`, part.id, product.id, (english && product.nameEn) || product.nameVi, (english && product.unitEn) || product.unit,
          product.priceVnd, line.quantity, product.priceVnd * line.quantity,
        );
      }
      for (const [e, event] of part.events.entries()) {
        await eventInsert.push(`${part.id}-e${e}`, part.id, event.kind, event.actor, event.detail === null ? null : JSON.stringify(event.detail), isoTimestamp(event.ms));
      }
      // Money a payee recorded for its part (a transfer received, cash collected at the door).
      if (method !== "STRIPE" && part.paidMs !== null) {
        const at = isoTimestamp(part.paidMs);
        await paymentInsert.push(`g${o.tag}-pay${paymentSeq++}`, orderId, part.id, method, "PAID", part.subtotalVnd + part.shippingVnd, null, at, at, at);
      }
    }
  }
  for (const insert of [orderInsert, partInsert, itemInsert, eventInsert, paymentInsert]) await insert.flush();
  counts.orders = orderInsert.total;
  counts.orderParts = partInsert.total;
  counts.orderItems = itemInsert.total;
  counts.orderEvents = eventInsert.total;
  counts.payments = paymentInsert.total;
  return counts;
}

const ts = (ms: number | null) => (ms === null ? null : isoTimestamp(ms));

/** "Nguyễn Thị Mai" → "nguyen.thi.mai" for a synthetic address at example.com. */
function slugName(person: string): string {
  return person
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .split(" ")
    .join(".");
}

/**
 * What will happen to one part, in time order, if nothing stops it: the timeline is cut at the
 * reference day by the caller, so a recent order is left where it stands.
 */
function planPart(
  method: PaymentMethod,
  c: {
    random: Random;
    between: (from: number, to: number) => number;
    cardPaidMs: number | null;
    buyerCancelMs: number | null;
    createdMs: number;
    endMs: number;
  },
): Step[] {
  const { random, between, createdMs, endMs } = c;
  const steps: Step[] = [];
  if (method === "STRIPE") {
    // The webhook records the card payment for every part; an expired session releases every part.
    if (c.cardPaidMs === null) return [{ at: createdMs + CARD_EXPIRY_MS, action: "CANCEL", reason: "UNPAID_EXPIRED", actor: "SYSTEM" }];
    steps.push({ at: c.cardPaidMs, action: "MARK_PAID", actor: "SYSTEM" });
  }
  if (c.buyerCancelMs !== null) return [...steps, { at: c.buyerCancelMs, action: "CANCEL", reason: "BUYER_REQUEST", actor: "BUYER" }];

  let transferPaidMs: number | null = null;
  if (method === "VIETQR") {
    // Some buyers never transfer: the part expires after the TTL (the job's "system" cancellation).
    if (random.next() < 0.12) return [{ at: createdMs + TRANSFER_TTL_MS, action: "CANCEL", reason: "UNPAID_EXPIRED", actor: "SYSTEM" }];
    const reported = createdMs + between(3 * MIN, 50 * MIN);
    steps.push({ at: reported, action: "REPORT_TRANSFER" });
    if (random.next() < 0.04) {
      // Reported but never arrived: the producer cancels after checking its account for a few days.
      return [...steps, { at: reported + between(2 * DAY, 4 * DAY), action: "CANCEL", reason: "PAYMENT_NOT_RECEIVED", actor: "PRODUCER" }];
    }
    transferPaidMs = reported + between(30 * MIN, 30 * HOUR);
  }
  // A cash order its producer never confirmed expires after COD_CONFIRM_HOURS (only where that is already past).
  if (method === "COD" && random.next() < 0.02 && createdMs + COD_CONFIRM_MS <= endMs) {
    return [{ at: createdMs + COD_CONFIRM_MS, action: "CANCEL", reason: "UNCONFIRMED_EXPIRED", actor: "SYSTEM" }];
  }

  // Cancelled by the producer before shipping (out of stock, buyer unreachable …), with its reason.
  if (random.next() < 0.06) {
    let r = random.next();
    const reason = PRODUCER_REASONS.find(([, share]) => (r -= share) <= 0)?.[0] ?? "OTHER";
    // Within the hours a part may stay unconfirmed, so no part left open here expires on the reference day.
    const at = createdMs + between(70 * MIN, 20 * HOUR);
    if (random.next() < 0.5) steps.push({ at: createdMs + between(61 * MIN, 70 * MIN), action: "CONFIRM" });
    if (transferPaidMs !== null && transferPaidMs < at) steps.push({ at: transferPaidMs, action: "MARK_PAID", actor: "PRODUCER" });
    steps.push({ at, action: "CANCEL", reason, actor: "PRODUCER", note: reason === "OTHER" ? "Khách đổi địa chỉ sang nơi không giao được." : null });
    return steps.sort((a, b) => a.at - b.at);
  }

  // The happy path, with the producer's pace; the transfer is recorded when it shows on the statement.
  let t = createdMs + between(61 * MIN, 20 * HOUR);
  steps.push({ at: t, action: "CONFIRM" });
  if (random.next() < 0.7) {
    t += between(HOUR, 24 * HOUR);
    steps.push({ at: t, action: "PACK" });
  }
  if (transferPaidMs !== null) {
    steps.push({ at: transferPaidMs, action: "MARK_PAID", actor: "PRODUCER" });
    // A transfer part ships only once paid.
    t = Math.max(t, transferPaidMs);
  }
  const carrier = random.pick(CARRIERS);
  const ship = () => ({ carrier: carrier.name, trackingNumber: carrier.tracking(random) });
  t += between(2 * HOUR, 30 * HOUR);
  steps.push({ at: t, action: "SHIP", ...ship() });
  if (random.next() < 0.03) {
    t += between(DAY, 3 * DAY);
    steps.push({ at: t, action: "FAIL_DELIVERY" });
    // Some parcels wait on a call to the buyer that never comes through: left where they failed.
    const decision = random.next();
    if (decision < 0.1) return steps.sort((a, b) => a.at - b.at);
    if (decision < 0.55) {
      t += between(2 * DAY, 6 * DAY);
      steps.push({ at: t, action: "RETURN" });
      return steps.sort((a, b) => a.at - b.at);
    }
    t += between(12 * HOUR, 2 * DAY);
    steps.push({ at: t, action: "SHIP", ...ship() });
  }
  t += between(18 * HOUR, 4 * DAY);
  steps.push({ at: t, action: "DELIVER" });
  // Cash is recorded once the courier has paid it over; a few producers never record it.
  if (method === "COD" && random.next() < 0.97) steps.push({ at: t + between(HOUR, 3 * DAY), action: "MARK_PAID", actor: "PRODUCER" });
  return steps.sort((a, b) => a.at - b.at);
}

/** One step, as the app's use case does it (server/orders/mutations.ts), refused if the app would refuse it. */
function apply(part: Part, method: PaymentMethod, step: Step): void {
  const state = { status: part.status, paymentMethod: method, paymentStatus: part.paymentStatus };
  const record = (kind: string, actor: Actor, detail: Record<string, unknown> | null = null) => part.events.push({ kind, actor, ms: step.at, detail });
  part.updatedMs = step.at;
  switch (step.action) {
    case "REPORT_TRANSFER":
      part.transferReportedMs = step.at;
      part.expiresMs = null;
      record("TRANSFER_REPORTED", "BUYER");
      return;
    case "MARK_PAID":
      // The card webhook pays parts of a PENDING card order; a payee records cash or a transfer.
      if (method !== "STRIPE" && !canDo("MARK_PAID", state)) throw new Error(`generated an illegal payment of a ${method} part in ${part.status}`);
      part.paymentStatus = "PAID";
      part.paidMs = step.at;
      part.expiresMs = null;
      record("PAID", step.actor);
      return;
    case "CANCEL":
      if (!canDo("CANCEL", state)) throw new Error(`generated an illegal cancellation of a part in ${part.status}`);
      part.status = "CANCELLED";
      part.cancelledMs = step.at;
      part.cancelReason = step.reason;
      part.cancelNote = step.note ?? null;
      part.expiresMs = null;
      if (part.paymentStatus === "PENDING") part.paymentStatus = step.reason === "UNPAID_EXPIRED" || step.reason === "UNCONFIRMED_EXPIRED" ? "EXPIRED" : "CANCELLED";
      record("CANCELLED", step.actor, { reason: step.reason });
      return;
    default: {
      if (!canDo(step.action, state)) throw new Error(`generated an illegal ${step.action} of a ${method} part in ${part.status}/${part.paymentStatus}`);
      const target = ({ CONFIRM: "CONFIRMED", PACK: "PACKED", SHIP: "SHIPPED", DELIVER: "DELIVERED", FAIL_DELIVERY: "DELIVERY_FAILED", RETURN: "RETURNED" } as const)[step.action];
      if (part.status === "PLACED") {
        part.confirmedMs = step.at;
        if (method === "COD") part.expiresMs = null;
      }
      part.status = target;
      let detail: Record<string, unknown> | null = null;
      if (step.action === "SHIP") {
        part.shippedMs = step.at;
        part.carrier = step.carrier ?? null;
        part.trackingNumber = step.trackingNumber ?? null;
        part.expiresMs = null;
        detail = { carrier: part.carrier, trackingNumber: part.trackingNumber };
      }
      if (step.action === "DELIVER") part.deliveredMs = step.at;
      if (step.action === "FAIL_DELIVERY") part.failedMs = step.at;
      if (step.action === "RETURN") {
        part.returnedMs = step.at;
        if (part.paymentStatus === "PENDING") part.paymentStatus = "CANCELLED";
      }
      record(target, "PRODUCER", detail);
    }
  }
}
