import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dayOf } from "@/lib/clock";
import { formatDay } from "@/lib/format";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { normalizeOrderCode } from "@/lib/order-code";
import type { SubOrderStatus } from "@/lib/order-status";
import { authorize, ownProducerId, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";
import { isCardPaymentEnabled } from "@/server/payments/stripe-client";
import { choosePayee, orderTransferPayload, transferQrSvg } from "@/server/payments/vietqr";
import type { CartLine } from "./schemas";

export interface CartViewLine {
  productId: string;
  slug: string;
  name: string;
  unit: string;
  unitPriceVnd: number;
  quantity: number;
  lineTotalVnd: number;
  stock: number;
  available: boolean;
}

export interface CartView {
  groups: { producerId: string; producerName: string; lines: CartViewLine[]; subtotalVnd: number; shippingVnd: number }[];
  subtotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  /** False while any line is unavailable or asks for more than is in stock. */
  orderable: boolean;
  paymentMethods: ("COD" | "VIETQR" | "STRIPE")[];
}

/** The cart as the database sees it now: current prices and stock, grouped by producer. */
export async function getCartView(lines: readonly CartLine[], locale: string): Promise<CartView> {
  const products = await db.product.findMany({
    where: { id: { in: lines.map((l) => l.productId) } },
    select: {
      id: true, slug: true, nameVi: true, nameEn: true, unit: true, unitEn: true, priceVnd: true, stock: true, status: true,
      producer: { select: { id: true, name: true, status: true, bankBin: true, bankAccount: true, bankAccountName: true } },
    },
  });
  const byId = new Map(products.map((p) => [p.id, p]));
  const fee = readEnv().SHIPPING_FEE_VND;
  const groups = new Map<string, CartView["groups"][number]>();
  let orderable = lines.length > 0;
  for (const line of lines) {
    const product = byId.get(line.productId);
    // A product that vanished from the catalogue is dropped silently: nothing about it may be shown.
    if (!product) continue;
    const available = product.status === "PUBLISHED" && product.producer.status === "ACTIVE";
    if (!available || product.stock < line.quantity) orderable = false;
    const group = groups.get(product.producer.id) ?? { producerId: product.producer.id, producerName: product.producer.name, lines: [], subtotalVnd: 0, shippingVnd: fee };
    const lineTotalVnd = product.priceVnd * line.quantity;
    group.lines.push({
      productId: product.id,
      slug: product.slug,
      name: (locale === "en" && product.nameEn) || product.nameVi,
      unit: (locale === "en" && product.unitEn) || product.unit,
      unitPriceVnd: product.priceVnd,
      quantity: line.quantity,
      lineTotalVnd,
      stock: available ? product.stock : 0,
      available,
    });
    if (available) group.subtotalVnd += lineTotalVnd;
    groups.set(product.producer.id, group);
  }
  const list = [...groups.values()];
  const subtotalVnd = list.reduce((sum, g) => sum + g.subtotalVnd, 0);
  const shippingVnd = list.reduce((sum, g) => sum + g.shippingVnd, 0);
  const producers = [...new Map(products.map((p) => [p.producer.id, p.producer])).values()];
  const paymentMethods: CartView["paymentMethods"] = ["COD"];
  if (choosePayee(producers)) paymentMethods.push("VIETQR");
  if (isCardPaymentEnabled()) paymentMethods.push("STRIPE");
  return { groups: list, subtotalVnd, shippingVnd, totalVnd: subtotalVnd + shippingVnd, orderable: orderable && list.length > 0, paymentMethods };
}

/** The id behind a public product slug, when it can be ordered. */
export async function findOrderableProductId(slug: string): Promise<string | null> {
  if (!slug) return null;
  const product = await db.product.findFirst({ where: { slug, status: "PUBLISHED", producer: { status: "ACTIVE" } }, select: { id: true } });
  return product?.id ?? null;
}

function digits(text: string): string {
  const d = text.replace(/\D/g, "");
  return d.startsWith("84") ? `0${d.slice(2)}` : d;
}

/** True when `contact` is the email or phone the order was placed with. */
export async function orderContactMatches(code: string, contact: string): Promise<boolean> {
  const canonical = normalizeOrderCode(code);
  if (!canonical) return false;
  const order = await db.order.findUnique({ where: { code: canonical }, select: { email: true, phone: true } });
  if (!order) return false;
  const typed = contact.trim();
  if (typed.includes("@")) return typed.toLowerCase() === order.email.toLowerCase();
  return digits(typed).length >= 9 && digits(typed) === digits(order.phone);
}

const orderSelect = {
  id: true, code: true, customerName: true, phone: true, email: true, addressLine: true, province: true, commune: true, note: true,
  paymentMethod: true, paymentStatus: true, subtotalVnd: true, shippingVnd: true, totalVnd: true, expiresAt: true, createdAt: true, stripeSessionId: true,
  subOrders: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true, status: true, subtotalVnd: true, shippingVnd: true, shippedAt: true,
      producer: { select: { id: true, name: true, bankBin: true, bankAccount: true, bankAccountName: true } },
      items: { select: { productId: true, productName: true, unit: true, unitPriceVnd: true, quantity: true, lineTotalVnd: true } },
    },
  },
} satisfies Prisma.OrderSelect;

export interface BuyerOrderView {
  code: string;
  customerName: string;
  phone: string;
  email: string;
  address: string;
  note: string;
  paymentMethod: "COD" | "VIETQR" | "STRIPE";
  paymentStatus: "PENDING" | "PAID" | "EXPIRED" | "CANCELLED" | "REFUNDED";
  subtotalVnd: number;
  shippingVnd: number;
  totalVnd: number;
  expiresAt: Date | null;
  cancellable: boolean;
  parts: { producerName: string; status: SubOrderStatus; subtotalVnd: number; shippingVnd: number; items: { name: string; unit: string; unitPriceVnd: number; quantity: number; lineTotalVnd: number }[] }[];
  transfer: { payload: string; svg: string; bankBin: string; accountNumber: string; accountName: string | null; note: string } | null;
}

/** The order as its buyer sees it. Callers must have checked the buyer's proof (see order-access). */
export async function getOrderForBuyer(code: string): Promise<BuyerOrderView | null> {
  const canonical = normalizeOrderCode(code);
  if (!canonical) return null;
  const order = await db.order.findUnique({ where: { code: canonical }, select: orderSelect });
  if (!order) return null;
  let transfer: BuyerOrderView["transfer"] = null;
  if (order.paymentMethod === "VIETQR" && order.paymentStatus === "PENDING") {
    const payee = choosePayee(order.subOrders.map((s) => s.producer));
    if (payee) {
      const payload = orderTransferPayload(payee, order);
      transfer = { payload, svg: await transferQrSvg(payload), bankBin: payee.bankBin, accountNumber: payee.accountNumber, accountName: payee.accountName, note: order.code.replace("-", "") };
    }
  }
  const statuses = order.subOrders.map((s) => s.status);
  return {
    code: order.code,
    customerName: order.customerName,
    phone: order.phone,
    email: order.email,
    address: [order.addressLine, order.commune, order.province].join(", "),
    note: order.note,
    paymentMethod: order.paymentMethod,
    paymentStatus: order.paymentStatus,
    subtotalVnd: order.subtotalVnd,
    shippingVnd: order.shippingVnd,
    totalVnd: order.totalVnd,
    expiresAt: order.paymentStatus === "PENDING" ? order.expiresAt : null,
    cancellable: statuses.some((s) => s !== "CANCELLED") && !statuses.some((s) => s === "SHIPPED" || s === "DELIVERED"),
    parts: order.subOrders.map((s) => ({
      producerName: s.producer.name,
      status: s.status,
      subtotalVnd: s.subtotalVnd,
      shippingVnd: s.shippingVnd,
      items: s.items.map((i) => ({ name: i.productName, unit: i.unit, unitPriceVnd: i.unitPriceVnd, quantity: i.quantity, lineTotalVnd: i.lineTotalVnd })),
    })),
    transfer,
  };
}

export interface ProducerSubOrderRow {
  id: string;
  code: string;
  createdAt: Date;
  customerName: string;
  status: SubOrderStatus;
  paymentMethod: "COD" | "VIETQR" | "STRIPE";
  paymentStatus: "PENDING" | "PAID" | "EXPIRED" | "CANCELLED" | "REFUNDED";
  subtotalVnd: number;
  shippingVnd: number;
}

/** A producer's own sub-orders, newest first; other producers' parts are simply not in the query. */
export async function listSubOrdersForProducer(viewer: Viewer | null, { status, take = 200 }: { status?: SubOrderStatus; take?: number } = {}): Promise<ProducerSubOrderRow[]> {
  authorize(viewer, "order.fulfilOwn");
  const rows = await db.subOrder.findMany({
    where: { producerId: ownProducerId(viewer), ...(status ? { status } : {}) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, status: true, subtotalVnd: true, shippingVnd: true, createdAt: true, order: { select: { code: true, customerName: true, paymentMethod: true, paymentStatus: true } } },
  });
  return rows.map((r) => ({ id: r.id, code: r.order.code, createdAt: r.createdAt, customerName: r.order.customerName, status: r.status, paymentMethod: r.order.paymentMethod, paymentStatus: r.order.paymentStatus, subtotalVnd: r.subtotalVnd, shippingVnd: r.shippingVnd }));
}

export interface ProducerSubOrderDetail extends ProducerSubOrderRow {
  orderId: string;
  phone: string;
  address: string;
  note: string;
  items: { name: string; unit: string; unitPriceVnd: number; quantity: number; lineTotalVnd: number }[];
  /** This producer receives the transfer and may record it as paid. */
  canMarkPaid: boolean;
}

export async function getSubOrderForProducer(viewer: Viewer | null, subOrderId: string): Promise<ProducerSubOrderDetail> {
  authorize(viewer, "order.fulfilOwn");
  const row = await db.subOrder.findFirst({
    where: { id: subOrderId, producerId: ownProducerId(viewer) },
    select: {
      id: true, status: true, subtotalVnd: true, shippingVnd: true, createdAt: true,
      items: { select: { productName: true, unit: true, unitPriceVnd: true, quantity: true, lineTotalVnd: true } },
      order: {
        select: {
          id: true, code: true, customerName: true, phone: true, addressLine: true, commune: true, province: true, note: true, paymentMethod: true, paymentStatus: true,
          subOrders: { select: { producer: { select: { id: true, bankBin: true, bankAccount: true, bankAccountName: true } } } },
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const payee = choosePayee(row.order.subOrders.map((s) => s.producer));
  return {
    id: row.id,
    orderId: row.order.id,
    code: row.order.code,
    createdAt: row.createdAt,
    customerName: row.order.customerName,
    phone: row.order.phone,
    address: [row.order.addressLine, row.order.commune, row.order.province].join(", "),
    note: row.order.note,
    status: row.status,
    paymentMethod: row.order.paymentMethod,
    paymentStatus: row.order.paymentStatus,
    subtotalVnd: row.subtotalVnd,
    shippingVnd: row.shippingVnd,
    items: row.items.map((i) => ({ name: i.productName, unit: i.unit, unitPriceVnd: i.unitPriceVnd, quantity: i.quantity, lineTotalVnd: i.lineTotalVnd })),
    canMarkPaid: row.order.paymentMethod !== "STRIPE" && row.order.paymentStatus === "PENDING" && payee?.producerId === viewer.producerId,
  };
}

/** Rows for the producer's CSV export: one line per item of its own sub-orders. */
/** The producer's order lines for its CSV file; the day is written the way the reader's language writes it (lib/format). */
export async function exportRowsForProducer(viewer: Viewer | null, locale: string) {
  authorize(viewer, "order.fulfilOwn");
  const rows = await db.orderItem.findMany({
    where: { subOrder: { producerId: ownProducerId(viewer) } },
    orderBy: [{ subOrder: { createdAt: "desc" } }],
    take: 10_000,
    select: {
      productName: true, unit: true, unitPriceVnd: true, quantity: true, lineTotalVnd: true,
      subOrder: { select: { status: true, createdAt: true, order: { select: { code: true, customerName: true, phone: true, addressLine: true, commune: true, province: true, paymentMethod: true, paymentStatus: true } } } },
    },
  });
  return rows.map((r) => ({
    code: r.subOrder.order.code,
    date: formatDay(dayOf(r.subOrder.createdAt), locale),
    status: r.subOrder.status,
    customer: r.subOrder.order.customerName,
    phone: r.subOrder.order.phone,
    address: [r.subOrder.order.addressLine, r.subOrder.order.commune, r.subOrder.order.province].join(", "),
    product: r.productName,
    unit: r.unit,
    quantity: r.quantity,
    unitPrice: r.unitPriceVnd,
    lineTotal: r.lineTotalVnd,
    payment: `${r.subOrder.order.paymentMethod}/${r.subOrder.order.paymentStatus}`,
  }));
}

export interface OfficerOrderRow {
  id: string;
  code: string;
  createdAt: Date;
  paymentMethod: "COD" | "VIETQR" | "STRIPE";
  paymentStatus: "PENDING" | "PAID" | "EXPIRED" | "CANCELLED" | "REFUNDED";
  totalVnd: number;
  producers: string[];
}

export async function listOrdersForOfficer(viewer: Viewer | null, { take = 100 }: { take?: number } = {}): Promise<OfficerOrderRow[]> {
  authorize(viewer, "order.viewAll");
  const rows = await db.order.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, code: true, createdAt: true, paymentMethod: true, paymentStatus: true, totalVnd: true, subOrders: { select: { producer: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ id: r.id, code: r.code, createdAt: r.createdAt, paymentMethod: r.paymentMethod, paymentStatus: r.paymentStatus, totalVnd: r.totalVnd, producers: r.subOrders.map((s) => s.producer.name) }));
}

/** Goods sold per producer and calendar month (Vietnam time), cancelled parts left out. */
export async function totalsByProducerAndMonth(viewer: Viewer | null): Promise<{ month: string; producerName: string; orders: number; revenueVnd: number }[]> {
  authorize(viewer, "order.viewAll");
  // createdAt is a UTC timestamp without zone: read it as UTC, then take its month in Vietnam.
  const rows = await db.$queryRaw<{ month: string; producer_name: string; orders: number; revenue: number }[]>`
    SELECT to_char((s."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
           p.name AS producer_name, count(*)::int AS orders, sum(s."subtotalVnd")::int AS revenue
    FROM sub_orders s JOIN producers p ON p.id = s."producerId"
    WHERE s.status <> 'CANCELLED'
    GROUP BY 1, 2 ORDER BY 1 DESC, 2`;
  return rows.map((r) => ({ month: r.month, producerName: r.producer_name, orders: r.orders, revenueVnd: r.revenue }));
}
