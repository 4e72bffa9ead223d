import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { bankByBin } from "@/lib/banks";
import { provinceByCode } from "@/lib/delivery-estimate";
import { addDays, addMonths, startOfDay, today } from "@/lib/clock";
import { readEnv } from "@/lib/env";
import { defineList, pageWindow, ZDay, type ListPage, type ListQuery } from "@/lib/list-query";
import { AppError } from "@/lib/errors";
import { normalizeOrderCode } from "@/lib/order-code";
import { allowedActions, amountToCollect, awaitsPaymentBeforeShipping, transferReceiptSkip, type CancelReason, type FulfilmentAction, type PaymentMethod, type PaymentStatus, PAYMENT_STATUSES, SUB_ORDER_STATUSES, type SubOrderStatus } from "@/lib/order-status";
import { phoneDigits } from "@/lib/phone";
import { foldText } from "@/lib/text-fold";
import { ruleKind, shippingRuleOf, type ShippingRule, type ShippingRuleKind } from "@/lib/shipping";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { authorizeList, narrowScope } from "@/server/auth/scope";
import { cachedRead } from "@/server/infra/cached-read";
import { CacheTags } from "@/server/infra/cache-tags";
import { db } from "@/server/infra/db";
import { isCardPaymentEnabled } from "@/server/payments/stripe-client";
import { districtPayee, partTransferPayload, producerPayee, transferQrSvg } from "@/server/payments/vietqr";
import { priceOrder } from "./pricing";
import { MAX_LINE_QUANTITY, type CartLine } from "./schemas";

/** Only what anyone may see: published products of active producers. Anything else in a cart is just "no longer available". */
const PUBLIC_PRODUCT = { status: "PUBLISHED", producer: { status: "ACTIVE" } } satisfies Prisma.ProductWhereInput;

// ───────────────────────────── Cart ─────────────────────────────

export interface CartViewLine {
  productId: string;
  slug: string;
  name: string;
  unit: string;
  unitPriceVnd: number;
  quantity: number;
  lineTotalVnd: number;
  stock: number;
  /** The most this line may hold: the stock, capped per buyer. */
  maxQuantity: number;
  ageRestricted: boolean;
}

export interface ShippingExplained {
  kind: ShippingRuleKind;
  flatVnd: number;
  perKgVnd: number;
  freeAboveVnd: number | null;
  weightGrams: number;
  /** How much more of this producer's goods would make delivery free (null: not applicable). */
  missingForFreeVnd: number | null;
}

export interface CartGroup {
  producerId: string;
  producerName: string;
  provinceCode: string | null;
  lines: CartViewLine[];
  subtotalVnd: number;
  shippingVnd: number;
  shipping: ShippingExplained;
}

export interface CartView {
  groups: CartGroup[];
  /** Lines whose product is no longer on sale: counted, never named (a forged cookie learns nothing). */
  unavailableCount: number;
  subtotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  units: number;
  /** False while any line is unavailable or asks for more than is in stock. */
  orderable: boolean;
  ageRestricted: boolean;
  paymentMethods: PaymentMethod[];
}

function explain(rule: ShippingRule, subtotalVnd: number, weightGrams: number): ShippingExplained {
  return {
    kind: ruleKind(rule),
    flatVnd: rule.flatVnd,
    perKgVnd: rule.perKgVnd,
    freeAboveVnd: rule.freeAboveVnd,
    weightGrams,
    missingForFreeVnd: rule.freeAboveVnd !== null && subtotalVnd < rule.freeAboveVnd ? rule.freeAboveVnd - subtotalVnd : null,
  };
}

/** The province code above a region (commune → former areas → province), from the loaded tree. */
async function provinceCodesOf(regionIds: readonly string[]): Promise<Map<string, string | null>> {
  if (regionIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ start: string; code: string }[]>`
    WITH RECURSIVE up AS (
      SELECT id AS start, id, "parentId", level, code FROM regions WHERE id = ANY(${[...new Set(regionIds)]})
      UNION ALL
      SELECT up.start, r.id, r."parentId", r.level, r.code FROM regions r JOIN up ON r.id = up."parentId"
    )
    SELECT start, code FROM up WHERE level = 'PROVINCE'`;
  const map = new Map<string, string | null>(regionIds.map((id) => [id, null]));
  for (const row of rows) map.set(row.start, row.code);
  return map;
}

/** The cart as the database sees it now: current prices and stock, grouped by producer, fees by each producer's rule. */
export async function getCartView(lines: readonly CartLine[], locale: string): Promise<CartView> {
  const products = await db.product.findMany({
    where: { id: { in: lines.map((l) => l.productId) }, ...PUBLIC_PRODUCT },
    select: {
      id: true, slug: true, nameVi: true, nameEn: true, unit: true, unitEn: true, priceVnd: true, stock: true, weightGrams: true, ageRestricted: true,
      producer: { select: { id: true, name: true, regionId: true, bankBin: true, bankAccount: true, bankAccountName: true, shippingFlatVnd: true, shippingPerKgVnd: true, shippingFreeAboveVnd: true } },
    },
  });
  const byId = new Map(products.map((p) => [p.id, p]));
  const fee = readEnv().SHIPPING_FEE_VND;
  const shown = lines.filter((l) => byId.has(l.productId));
  const producers = new Map(products.map((p) => [p.producer.id, p.producer]));
  const rules = new Map([...producers.values()].map((p) => [p.id, shippingRuleOf(p, fee)]));
  const priced = priceOrder(
    shown.map((line) => {
      const p = byId.get(line.productId)!;
      return { ...line, producerId: p.producer.id, unitPriceVnd: p.priceVnd, weightGrams: p.weightGrams ?? 0 };
    }),
    (id) => rules.get(id)!,
  );
  const provinces = await provinceCodesOf([...producers.values()].map((p) => p.regionId));
  // Lines no longer on sale are left out (and said so), not ordered: they never block the rest.
  let orderable = shown.length > 0;
  const groups: CartGroup[] = priced.groups.map((group) => {
    const producer = producers.get(group.producerId)!;
    return {
      producerId: producer.id,
      producerName: producer.name,
      provinceCode: provinces.get(producer.regionId) ?? null,
      subtotalVnd: group.subtotalVnd,
      shippingVnd: group.shippingVnd,
      shipping: explain(rules.get(producer.id)!, group.subtotalVnd, group.weightGrams),
      lines: group.lines.map((line) => {
        const product = byId.get(line.productId)!;
        if (product.stock < line.quantity) orderable = false;
        return {
          productId: product.id,
          slug: product.slug,
          name: (locale === "en" && product.nameEn) || product.nameVi,
          unit: (locale === "en" && product.unitEn) || product.unit,
          unitPriceVnd: product.priceVnd,
          quantity: line.quantity,
          lineTotalVnd: line.lineTotalVnd,
          stock: product.stock,
          maxQuantity: Math.min(product.stock, MAX_LINE_QUANTITY),
          ageRestricted: product.ageRestricted,
        };
      }),
    };
  });
  const paymentMethods: PaymentMethod[] = ["COD"];
  if (producers.size > 0 && [...producers.values()].every((p) => producerPayee(p) ?? districtPayee())) paymentMethods.push("VIETQR");
  if (isCardPaymentEnabled()) paymentMethods.push("STRIPE");
  return {
    groups,
    unavailableCount: lines.length - shown.length,
    subtotalVnd: priced.subtotalVnd,
    shippingVnd: priced.shippingVnd,
    totalVnd: priced.totalVnd,
    units: shown.reduce((sum, l) => sum + l.quantity, 0),
    orderable,
    ageRestricted: products.some((p) => p.ageRestricted),
    paymentMethods,
  };
}

/** A public product as the cart needs it (by slug, what the catalogue page knows), or null when it cannot be ordered. */
export async function findOrderableProduct(slug: string): Promise<{ id: string; stock: number } | null> {
  if (!slug) return null;
  return db.product.findFirst({ where: { slug, ...PUBLIC_PRODUCT }, select: { id: true, stock: true } });
}

/** The cart's lines still on sale: what checkout orders. */
export async function orderableLines(lines: readonly CartLine[]): Promise<CartLine[]> {
  const ids = new Set((await db.product.findMany({ where: { id: { in: lines.map((l) => l.productId) }, ...PUBLIC_PRODUCT }, select: { id: true } })).map((p) => p.id));
  return lines.filter((l) => ids.has(l.productId));
}

/** The stock of a product still on sale, by id (the cart's steppers), or null. */
export async function orderableStockOf(productId: string): Promise<number | null> {
  const product = await db.product.findFirst({ where: { id: productId, ...PUBLIC_PRODUCT }, select: { stock: true } });
  return product?.stock ?? null;
}

// ───────────────────────────── Product page: ordering facts ─────────────────────────────

export interface OrderingInfo {
  stock: number;
  maxQuantity: number;
  ageRestricted: boolean;
  weightGrams: number | null;
  shipping: ShippingExplained;
  /** Where the parcel leaves from, for the delivery estimate. */
  provinceCode: string | null;
  provinceName: string | null;
  provinceNameEn: string | null;
}

async function readOrderingInfo(slug: string): Promise<OrderingInfo | null> {
  const product = await db.product.findFirst({
    where: { slug, ...PUBLIC_PRODUCT },
    select: { stock: true, ageRestricted: true, weightGrams: true, producer: { select: { regionId: true, shippingFlatVnd: true, shippingPerKgVnd: true, shippingFreeAboveVnd: true } } },
  });
  if (!product) return null;
  const rule = shippingRuleOf(product.producer, readEnv().SHIPPING_FEE_VND);
  const provinceCode = (await provinceCodesOf([product.producer.regionId])).get(product.producer.regionId) ?? null;
  return {
    stock: product.stock,
    maxQuantity: Math.min(product.stock, MAX_LINE_QUANTITY),
    ageRestricted: product.ageRestricted,
    weightGrams: product.weightGrams,
    shipping: explain(rule, 0, 0),
    provinceCode,
    provinceName: provinceByCode(provinceCode)?.name ?? null,
    provinceNameEn: provinceByCode(provinceCode)?.nameEn ?? null,
  };
}

/** Cached with the product's page: every stock change and product edit expires the product's tag. */
export const getOrderingInfo = cachedRead("orders:ordering-info", readOrderingInfo, (slug) => [CacheTags.catalogue, CacheTags.product(slug)]);

// ───────────────────────────── Buyer's order page ─────────────────────────────

/** True when `contact` is the email or phone the order was placed with. */
export async function orderContactMatches(code: string, contact: string): Promise<boolean> {
  const canonical = normalizeOrderCode(code);
  if (!canonical) return false;
  const order = await db.order.findUnique({ where: { code: canonical }, select: { email: true, phoneDigits: true } });
  if (!order) return false;
  const typed = contact.trim();
  if (typed.includes("@")) return !!order.email && typed.toLowerCase() === order.email.toLowerCase();
  const digits = phoneDigits(typed);
  return !!digits && digits === order.phoneDigits;
}

export interface PartEvent {
  kind: string;
  actor: "BUYER" | "PRODUCER" | "OFFICER" | "SYSTEM";
  at: Date;
  carrier: string | null;
  trackingNumber: string | null;
  reason: CancelReason | null;
  note: string | null;
}

function eventView(e: { kind: string; actor: PartEvent["actor"]; createdAt: Date; detail: Prisma.JsonValue }): PartEvent {
  const d = (e.detail ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" && v ? v : null);
  return { kind: e.kind, actor: e.actor, at: e.createdAt, carrier: str(d.carrier), trackingNumber: str(d.trackingNumber), reason: (str(d.reason) as CancelReason | null) ?? null, note: str(d.note) };
}

export interface TransferView {
  svg: string;
  bankBin: string;
  /** The bank's name from the official list (lib/banks.ts); the BIN only when the list does not know it. */
  bankName: string;
  accountNumber: string;
  accountName: string | null;
  toDistrict: boolean;
  amountVnd: number;
  note: string;
  /** The buyer said the money was sent (expiry paused). */
  reportedAt: Date | null;
}

export interface BuyerPartView {
  id: string;
  producerName: string;
  producerPhone: string | null;
  producerEmail: string | null;
  status: SubOrderStatus;
  paymentStatus: PaymentStatus;
  subtotalVnd: number;
  shippingVnd: number;
  expiresAt: Date | null;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: CancelReason | null;
  items: { name: string; unit: string; unitPriceVnd: number; quantity: number; lineTotalVnd: number }[];
  events: PartEvent[];
  transfer: TransferView | null;
}

export interface BuyerOrderView {
  code: string;
  customerName: string;
  phone: string;
  email: string | null;
  address: string;
  note: string;
  createdAt: Date;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  subtotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  expiresAt: Date | null;
  cancellable: boolean;
  parts: BuyerPartView[];
}

const partSelect = {
  id: true, status: true, paymentStatus: true, subtotalVnd: true, shippingVnd: true, expiresAt: true, carrier: true, trackingNumber: true, cancelReason: true, cancelNote: true,
  payeeBankBin: true, payeeAccount: true, payeeAccountName: true, payeeIsDistrict: true, transferNote: true, transferReportedAt: true, createdAt: true,
  producer: { select: { id: true, name: true, phone: true, email: true, addressLine: true, regionId: true } },
  items: { select: { productId: true, productName: true, unit: true, unitPriceVnd: true, quantity: true, lineTotalVnd: true } },
  events: { orderBy: { createdAt: "asc" }, select: { kind: true, actor: true, createdAt: true, detail: true } },
} satisfies Prisma.SubOrderSelect;

async function transferOf(
  method: PaymentMethod,
  part: { status: SubOrderStatus; paymentStatus: PaymentStatus; subtotalVnd: number; shippingVnd: number; payeeBankBin: string | null; payeeAccount: string | null; payeeAccountName: string | null; payeeIsDistrict: boolean; transferNote: string | null; transferReportedAt: Date | null },
): Promise<TransferView | null> {
  if (method !== "VIETQR" || part.paymentStatus !== "PENDING" || part.status === "CANCELLED" || part.status === "RETURNED") return null;
  if (!part.payeeBankBin || !part.payeeAccount || !part.transferNote) return null;
  const amountVnd = part.subtotalVnd + part.shippingVnd;
  const payload = partTransferPayload({ payeeBankBin: part.payeeBankBin, payeeAccount: part.payeeAccount, amountVnd, transferNote: part.transferNote });
  return {
    svg: await transferQrSvg(payload),
    bankBin: part.payeeBankBin,
    bankName: bankByBin(part.payeeBankBin)?.shortName ?? part.payeeBankBin,
    accountNumber: part.payeeAccount,
    accountName: part.payeeAccountName,
    toDistrict: part.payeeIsDistrict,
    amountVnd,
    note: part.transferNote,
    reportedAt: part.transferReportedAt,
  };
}

/** The order as its buyer sees it. Callers must have checked the buyer's proof (see order-access). */
export async function getOrderForBuyer(code: string): Promise<BuyerOrderView | null> {
  const canonical = normalizeOrderCode(code);
  if (!canonical) return null;
  const order = await db.order.findUnique({
    where: { code: canonical },
    select: {
      id: true, code: true, customerName: true, phone: true, email: true, addressLine: true, province: true, commune: true, note: true, createdAt: true,
      paymentMethod: true, paymentStatus: true, subtotalVnd: true, shippingVnd: true, totalVnd: true, expiresAt: true,
      subOrders: { orderBy: { createdAt: "asc" }, select: partSelect },
    },
  });
  if (!order) return null;
  const statuses = order.subOrders.map((s) => s.status);
  const parts: BuyerPartView[] = [];
  for (const s of order.subOrders) {
    parts.push({
      id: s.id,
      producerName: s.producer.name,
      producerPhone: s.producer.phone,
      producerEmail: s.producer.email,
      status: s.status,
      paymentStatus: s.paymentStatus,
      subtotalVnd: s.subtotalVnd,
      shippingVnd: s.shippingVnd,
      expiresAt: s.paymentStatus === "PENDING" && !["CANCELLED", "RETURNED"].includes(s.status) ? s.expiresAt : null,
      carrier: s.carrier,
      trackingNumber: s.trackingNumber,
      cancelReason: s.cancelReason,
      items: s.items.map((i) => ({ name: i.productName, unit: i.unit, unitPriceVnd: i.unitPriceVnd, quantity: i.quantity, lineTotalVnd: i.lineTotalVnd })),
      events: s.events.map(eventView),
      transfer: await transferOf(order.paymentMethod, s),
    });
  }
  return {
    code: order.code,
    customerName: order.customerName,
    phone: order.phone,
    email: order.email,
    address: [order.addressLine, order.commune, order.province].join(", "),
    note: order.note,
    createdAt: order.createdAt,
    paymentMethod: order.paymentMethod,
    paymentStatus: order.paymentStatus,
    subtotalVnd: order.subtotalVnd,
    shippingVnd: order.shippingVnd,
    totalVnd: order.totalVnd,
    expiresAt: order.paymentStatus === "PENDING" ? order.expiresAt : null,
    cancellable: statuses.some((s) => s !== "CANCELLED") && statuses.every((s) => ["PLACED", "CONFIRMED", "PACKED", "CANCELLED"].includes(s)),
    parts,
  };
}

/** The QR payload of one part still awaiting a transfer, for the buyer's saved PNG. */
export async function getPartTransferPayload(code: string, subOrderId: string): Promise<{ payload: string; note: string } | null> {
  const canonical = normalizeOrderCode(code);
  if (!canonical) return null;
  const part = await db.subOrder.findFirst({
    where: { id: subOrderId, order: { code: canonical, paymentMethod: "VIETQR" }, paymentStatus: "PENDING", status: { notIn: ["CANCELLED", "RETURNED"] } },
    select: { subtotalVnd: true, shippingVnd: true, payeeBankBin: true, payeeAccount: true, transferNote: true },
  });
  if (!part?.payeeBankBin || !part.payeeAccount || !part.transferNote) return null;
  return {
    payload: partTransferPayload({ payeeBankBin: part.payeeBankBin, payeeAccount: part.payeeAccount, amountVnd: part.subtotalVnd + part.shippingVnd, transferNote: part.transferNote }),
    note: part.transferNote,
  };
}

// ───────────────────────────── Producer (studio) ─────────────────────────────

export interface ProducerSubOrderRow {
  id: string;
  code: string;
  createdAt: Date;
  customerName: string;
  status: SubOrderStatus;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  subtotalVnd: number;
  shippingVnd: number;
  transferReported: boolean;
}

const STUDIO_PAGE_SIZE = 25;

/** A producer's own parts, newest first, a page at a time; other producers' parts are simply not in the query. */
export async function listSubOrdersForProducer(
  viewer: Viewer | null,
  { status, page = 1 }: { status?: SubOrderStatus; page?: number } = {},
): Promise<{ rows: ProducerSubOrderRow[]; total: number; page: number; pageSize: number }> {
  authorize(viewer, "order.fulfilOwn");
  const where: Prisma.SubOrderWhereInput = { producerId: ownProducerId(viewer), ...(status ? { status } : {}) };
  const [rows, total] = await Promise.all([
    db.subOrder.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * STUDIO_PAGE_SIZE,
      take: STUDIO_PAGE_SIZE,
      select: { id: true, status: true, paymentStatus: true, subtotalVnd: true, shippingVnd: true, createdAt: true, transferReportedAt: true, order: { select: { code: true, customerName: true, paymentMethod: true } } },
    }),
    db.subOrder.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id, code: r.order.code, createdAt: r.createdAt, customerName: r.order.customerName, status: r.status, paymentMethod: r.order.paymentMethod,
      paymentStatus: r.paymentStatus, subtotalVnd: r.subtotalVnd, shippingVnd: r.shippingVnd, transferReported: !!r.transferReportedAt,
    })),
    total,
    page,
    pageSize: STUDIO_PAGE_SIZE,
  };
}

/** What waits for the producer: new parts to confirm, and transfers the buyer says were sent. */
export async function countSubOrdersToConfirm(viewer: Viewer | null): Promise<{ toConfirm: number; transfersToCheck: number }> {
  authorize(viewer, "order.fulfilOwn");
  const producerId = ownProducerId(viewer);
  const [toConfirm, transfersToCheck] = await Promise.all([
    db.subOrder.count({ where: { producerId, status: "PLACED" } }),
    db.subOrder.count({ where: { producerId, paymentStatus: "PENDING", transferReportedAt: { not: null }, status: { notIn: ["CANCELLED", "RETURNED"] } } }),
  ]);
  return { toConfirm, transfersToCheck };
}

export interface SubOrderDetail extends ProducerSubOrderRow {
  orderId: string;
  producerName: string;
  phone: string;
  email: string | null;
  address: string;
  note: string;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: CancelReason | null;
  cancelNote: string | null;
  expiresAt: Date | null;
  /** Goods and delivery the courier collects at the door (cash parts only). */
  amountToCollectVnd: number;
  transferNote: string | null;
  payee: { bankName: string; accountNumber: string; accountName: string | null; toDistrict: boolean } | null;
  sender: { name: string; phone: string | null; address: string };
  items: { name: string; unit: string; unitPriceVnd: number; quantity: number; lineTotalVnd: number }[];
  events: PartEvent[];
  /** What may be done now (lib/order-status.ts), the same list the use case accepts. */
  actions: FulfilmentAction[];
  awaitingTransfer: boolean;
}

async function subOrderDetail(where: Prisma.SubOrderWhereInput): Promise<SubOrderDetail | null> {
  const row = await db.subOrder.findFirst({
    where,
    select: {
      ...partSelect,
      cancelNote: true,
      order: { select: { id: true, code: true, customerName: true, phone: true, email: true, addressLine: true, commune: true, province: true, note: true, paymentMethod: true } },
    },
  });
  if (!row) return null;
  const producerRegion = await db.region.findUnique({ where: { id: row.producer.regionId }, select: { name: true } });
  const state = { status: row.status, paymentMethod: row.order.paymentMethod, paymentStatus: row.paymentStatus };
  return {
    id: row.id,
    orderId: row.order.id,
    producerName: row.producer.name,
    code: row.order.code,
    createdAt: row.createdAt,
    customerName: row.order.customerName,
    phone: row.order.phone,
    email: row.order.email,
    address: [row.order.addressLine, row.order.commune, row.order.province].join(", "),
    note: row.order.note,
    status: row.status,
    paymentMethod: row.order.paymentMethod,
    paymentStatus: row.paymentStatus,
    subtotalVnd: row.subtotalVnd,
    shippingVnd: row.shippingVnd,
    transferReported: !!row.transferReportedAt,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    cancelReason: row.cancelReason,
    cancelNote: row.cancelNote,
    expiresAt: row.expiresAt,
    amountToCollectVnd: amountToCollect({ ...state, subtotalVnd: row.subtotalVnd, shippingVnd: row.shippingVnd }),
    transferNote: row.transferNote,
    payee:
      row.payeeBankBin && row.payeeAccount
        ? { bankName: bankByBin(row.payeeBankBin)?.shortName ?? row.payeeBankBin, accountNumber: row.payeeAccount, accountName: row.payeeAccountName, toDistrict: row.payeeIsDistrict }
        : null,
    sender: { name: row.producer.name, phone: row.producer.phone, address: [row.producer.addressLine, producerRegion?.name].filter(Boolean).join(", ") },
    items: row.items.map((i) => ({ name: i.productName, unit: i.unit, unitPriceVnd: i.unitPriceVnd, quantity: i.quantity, lineTotalVnd: i.lineTotalVnd })),
    events: row.events.map(eventView),
    actions: allowedActions(state),
    awaitingTransfer: awaitsPaymentBeforeShipping(state),
  };
}

export async function getSubOrderForProducer(viewer: Viewer | null, subOrderId: string): Promise<SubOrderDetail> {
  authorize(viewer, "order.fulfilOwn");
  const detail = await subOrderDetail({ id: subOrderId, producerId: ownProducerId(viewer) });
  if (!detail) throw new AppError("NOT_FOUND");
  // A producer records money only into its own account; the district confirms its own.
  if (detail.payee?.toDistrict) detail.actions = detail.actions.filter((a) => a !== "MARK_PAID");
  return detail;
}

/**
 * Rows for the producer's CSV export: one line per item of its own parts, the list's status filter
 * applied, newest first. Read batch by batch (server/infra/csv-download.ts `inBatches`) in a stable
 * order (ties broken by the line's id), so a busy producer's year of orders comes out whole, never cut
 * at a row limit.
 */
export async function exportRowsForProducer(viewer: Viewer | null, { status }: { status?: SubOrderStatus } = {}) {
  authorize(viewer, "order.fulfilOwn");
  const where: Prisma.OrderItemWhereInput = { subOrder: { producerId: ownProducerId(viewer), ...(status ? { status } : {}) } };
  return async (skip: number, take: number) => (await db.orderItem.findMany({ where, orderBy: [{ subOrder: { createdAt: "desc" } }, { id: "asc" }], skip, take, select: producerExportSelect })).map(toProducerExportRow);
}

const producerExportSelect = {
  productName: true, unit: true, unitPriceVnd: true, quantity: true, lineTotalVnd: true,
  subOrder: {
    select: {
      status: true, paymentStatus: true, createdAt: true, subtotalVnd: true, shippingVnd: true, carrier: true, trackingNumber: true,
      order: { select: { code: true, customerName: true, phone: true, addressLine: true, commune: true, province: true, paymentMethod: true, note: true } },
    },
  },
} satisfies Prisma.OrderItemSelect;

function toProducerExportRow(r: Prisma.OrderItemGetPayload<{ select: typeof producerExportSelect }>) {
  return {
    code: r.subOrder.order.code,
    createdAt: r.subOrder.createdAt,
    status: r.subOrder.status,
    paymentMethod: r.subOrder.order.paymentMethod,
    paymentStatus: r.subOrder.paymentStatus,
    customer: r.subOrder.order.customerName,
    phone: r.subOrder.order.phone,
    address: [r.subOrder.order.addressLine, r.subOrder.order.commune, r.subOrder.order.province].join(", "),
    product: r.productName,
    unit: r.unit,
    quantity: r.quantity,
    unitPrice: r.unitPriceVnd,
    lineTotal: r.lineTotalVnd,
    shipping: r.subOrder.shippingVnd,
    toCollect: amountToCollect({ status: r.subOrder.status, paymentMethod: r.subOrder.order.paymentMethod, paymentStatus: r.subOrder.paymentStatus, subtotalVnd: r.subOrder.subtotalVnd, shippingVnd: r.subOrder.shippingVnd }),
    carrier: r.subOrder.carrier ?? "",
    trackingNumber: r.subOrder.trackingNumber ?? "",
    note: r.subOrder.order.note,
  };
}

// ───────────────────────────── Officers ─────────────────────────────

const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * The officers' orders list (lib/list-query): one row per order part, that is per producer of an
 * order, so status, producer and region are each row's own and a regional officer sees only the parts
 * of its producers. Search is an order code (any case, with or without the dash), a phone (any way of
 * writing it), an email, or a producer's name typed with or without diacritics; the date range is in
 * calendar days in Vietnam.
 */
export const ORDER_LIST = defineList({
  sorts: ["date", "total", "status", "producer"],
  defaultSort: "date",
  defaultDir: "desc",
  filters: {
    status: z.enum(SUB_ORDER_STATUSES),
    payment: z.enum(PAYMENT_STATUSES),
    from: ZDay,
    to: ZDay,
    region: ZId,
  },
});

export type OrderListQuery = ListQuery<(typeof ORDER_LIST.sorts)[number], typeof ORDER_LIST.filters>;

async function officerOrderWhere(viewer: Viewer | null, query: OrderListQuery): Promise<Prisma.SubOrderWhereInput> {
  const scope = await narrowScope(await authorizeList(viewer, "order.viewAll"), query.filters.region);
  const f = query.filters;
  const and: Prisma.SubOrderWhereInput[] = [scope.ofProducer()];
  if (query.q) {
    const code = normalizeOrderCode(query.q);
    const digits = phoneDigits(query.q);
    if (code) and.push({ order: { code } });
    else if (query.q.includes("@")) and.push({ order: { email: query.q.toLowerCase() } });
    else if (digits) and.push({ order: { phoneDigits: digits } });
    // The producer's folded name (trigram index), as on the producers list.
    else and.push({ producer: { searchText: { contains: foldText(query.q) } } });
  }
  if (f.status) and.push({ status: f.status });
  if (f.payment) and.push({ paymentStatus: f.payment });
  // Days are Vietnam's: an order at 23:30 on the 1st in Hà Nội is the 1st's, though it is the 1st 16:30 UTC.
  if (f.from) and.push({ createdAt: { gte: startOfDay(f.from) } });
  if (f.to) and.push({ createdAt: { lt: startOfDay(addDays(f.to, 1)) } });
  return { AND: and };
}

function officerOrderBy(query: OrderListQuery): Prisma.SubOrderOrderByWithRelationInput[] {
  const by: Record<OrderListQuery["sort"], Prisma.SubOrderOrderByWithRelationInput> = {
    date: { createdAt: query.dir },
    // The amount the buyer pays for the whole order (what a call or a bank statement quotes).
    total: { order: { totalVnd: query.dir } },
    // The lifecycle's order (the enum's): placed, confirmed, packed, shipped, delivered, …
    status: { status: query.dir },
    producer: { producer: { name: query.dir } },
  };
  return [by[query.sort], { createdAt: "desc" }, { id: "asc" }];
}

const officerOrderSelect = {
  id: true, status: true, paymentStatus: true, subtotalVnd: true, shippingVnd: true, createdAt: true, carrier: true, trackingNumber: true,
  producer: { select: { id: true, name: true, region: { select: { name: true } } } },
  order: { select: { code: true, customerName: true, phone: true, email: true, addressLine: true, commune: true, province: true, paymentMethod: true, totalVnd: true } },
} satisfies Prisma.SubOrderSelect;

export interface OfficerOrderRow {
  /** The part's id. */
  id: string;
  code: string;
  createdAt: Date;
  customerName: string;
  phone: string;
  email: string | null;
  address: string;
  producerId: string;
  producerName: string;
  commune: string;
  status: SubOrderStatus;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  subtotalVnd: number;
  shippingVnd: number;
  /** The whole order's total, as the buyer pays it. */
  totalVnd: number;
  carrier: string | null;
  trackingNumber: string | null;
}

function toOfficerRow(r: Prisma.SubOrderGetPayload<{ select: typeof officerOrderSelect }>): OfficerOrderRow {
  return {
    id: r.id, code: r.order.code, createdAt: r.createdAt, customerName: r.order.customerName, phone: r.order.phone, email: r.order.email,
    address: [r.order.addressLine, r.order.commune, r.order.province].join(", "),
    producerId: r.producer.id, producerName: r.producer.name, commune: r.producer.region.name,
    status: r.status, paymentMethod: r.order.paymentMethod, paymentStatus: r.paymentStatus,
    subtotalVnd: r.subtotalVnd, shippingVnd: r.shippingVnd, totalVnd: r.order.totalVnd, carrier: r.carrier, trackingNumber: r.trackingNumber,
  };
}

/** One page of the order parts of the officer's region, searched, filtered and sorted on the server. */
export async function listOrdersForOfficer(viewer: Viewer | null, query: OrderListQuery): Promise<ListPage<OfficerOrderRow>> {
  const where = await officerOrderWhere(viewer, query);
  const [rows, total] = await Promise.all([
    db.subOrder.findMany({ where, orderBy: officerOrderBy(query), select: officerOrderSelect, ...pageWindow(query) }),
    db.subOrder.count({ where }),
  ]);
  return { items: rows.map(toOfficerRow), total, page: query.page, pageSize: query.pageSize };
}

/** Every part the same filters select, in the list's order, batch by batch: the list's CSV. */
export async function officerOrderRowsForExport(viewer: Viewer | null, query: OrderListQuery) {
  const where = await officerOrderWhere(viewer, query);
  return async (skip: number, take: number) => (await db.subOrder.findMany({ where, orderBy: officerOrderBy(query), select: officerOrderSelect, skip, take })).map(toOfficerRow);
}

/**
 * What a bulk "transfer received" on ticked parts would record, before anything does: each part of the
 * officer's region with the amount its payment records (goods and delivery, what the buyer transfers
 * for it), its transfer note (as on the bank statement), and why it is skipped where the rule does not
 * allow it (`transferReceiptSkip`). Parts outside the region are simply not there.
 */
export async function subOrdersForTransferConfirmation(viewer: Viewer | null, ids: readonly string[]) {
  const scope = await authorizeList(viewer, "order.viewAll");
  const rows = await db.subOrder.findMany({
    where: { ...scope.ofProducer(), id: { in: [...ids] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, status: true, paymentStatus: true, subtotalVnd: true, shippingVnd: true, transferNote: true, producer: { select: { name: true } }, order: { select: { code: true, customerName: true, paymentMethod: true } } },
  });
  const items = rows.map((r) => ({
    id: r.id,
    code: r.order.code,
    customerName: r.order.customerName,
    producerName: r.producer.name,
    status: r.status,
    paymentMethod: r.order.paymentMethod,
    paymentStatus: r.paymentStatus,
    transferNote: r.transferNote,
    amountVnd: r.subtotalVnd + r.shippingVnd,
    skipped: transferReceiptSkip({ status: r.status, paymentMethod: r.order.paymentMethod, paymentStatus: r.paymentStatus }),
  }));
  return { items, totalVnd: items.filter((i) => !i.skipped).reduce((sum, i) => sum + i.amountVnd, 0) };
}

/** One order with every part, for an officer. */
export async function getOrderForOfficer(viewer: Viewer | null, code: string) {
  const scope = await authorizeList(viewer, "order.viewAll");
  const canonical = normalizeOrderCode(code);
  if (!canonical) throw new AppError("NOT_FOUND");
  const order = await db.order.findUnique({
    where: { code: canonical },
    select: { id: true, code: true, createdAt: true, paymentMethod: true, paymentStatus: true, totalVnd: true, subOrders: { where: scope.ofProducer(), orderBy: { createdAt: "asc" }, select: { id: true } } },
  });
  // Outside the officer's region: not found, like everything else there.
  if (!order || order.subOrders.length === 0) throw new AppError("NOT_FOUND");
  const parts: SubOrderDetail[] = [];
  for (const s of order.subOrders) {
    const detail = await subOrderDetail({ id: s.id });
    if (!detail) continue;
    // Officers record money received (audited); the parcel's steps are the producer's.
    detail.actions = detail.actions.filter((a) => a === "MARK_PAID");
    parts.push(detail);
  }
  return { ...order, parts };
}

export interface ProducerMonthTotal {
  month: string;
  producerId: string;
  producerName: string;
  orders: number;
  revenueVnd: number;
}

/**
 * Goods delivered per producer and calendar month of delivery (Vietnam time), this month and the 11
 * before it, newest month first and the largest sales first within a month. A part counts once its
 * goods reached the buyer (DELIVERED): an order just placed, a transfer not yet made, a parcel on its
 * way, failed at the door, returned or cancelled is not a sale. Goods only, without the delivery fee
 * (the courier's, not the producer's).
 */
export async function totalsByProducerAndMonth(viewer: Viewer | null, { limit = 60 }: { limit?: number } = {}): Promise<ProducerMonthTotal[]> {
  const scope = await authorizeList(viewer, "order.viewAll");
  const regions = scope.regionIds ? [...scope.regionIds] : null;
  const thisMonth = `${today().slice(0, 7)}-01`;
  // Months come newest first, so when this month and the last already fill `limit` rows, no older
  // month can be among them: the year's other ten months (most of the parts) are not read. At national
  // scale that is the usual case (sub_orders(status, "deliveredAt") finds the two months); a small
  // region with fewer rows reads the whole year, which is small too.
  const recent = await deliveredTotalsSince(startOfDay(addMonths(thisMonth, -1)), regions, limit);
  return recent.length >= limit ? recent : deliveredTotalsSince(startOfDay(addMonths(thisMonth, -11)), regions, limit);
}

async function deliveredTotalsSince(since: Date, regions: string[] | null, limit: number): Promise<ProducerMonthTotal[]> {
  // Summed per producer id, not name (two producers may share one), and named only for the rows kept.
  const rows = await db.$queryRaw<{ month: string; producer_id: string; producer_name: string; orders: number; revenue: bigint }[]>`
    WITH totals AS (
      SELECT to_char(s."deliveredAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
             s."producerId" AS producer_id, count(*)::int AS orders, sum(s."subtotalVnd")::bigint AS revenue
      FROM sub_orders s
      WHERE s.status = 'DELIVERED' AND s."deliveredAt" >= ${since}
        AND (${regions}::text[] IS NULL OR s."producerId" IN (SELECT id FROM producers WHERE "regionId" = ANY(${regions}::text[])))
      GROUP BY 1, 2 ORDER BY 1 DESC, 4 DESC, 2 LIMIT ${limit}
    )
    SELECT t.month, t.producer_id, p.name AS producer_name, t.orders, t.revenue
    FROM totals t JOIN producers p ON p.id = t.producer_id
    ORDER BY t.month DESC, t.revenue DESC, t.producer_id`;
  return rows.map((r) => ({ month: r.month, producerId: r.producer_id, producerName: r.producer_name, orders: r.orders, revenueVnd: Number(r.revenue) }));
}
