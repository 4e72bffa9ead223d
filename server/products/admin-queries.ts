import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { dayToDate, today } from "@/lib/clock";
import { defineList, pageWindow, type ListPage, type ListQuery } from "@/lib/list-query";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import { foldText } from "@/lib/text-fold";
import type { Viewer } from "@/server/auth/permissions";
import { authorizeList, narrowScope } from "@/server/auth/scope";
import { db } from "@/server/infra/db";

const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const PRODUCT_STATUSES = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "ARCHIVED"] as const;

/** The officers' products list (every status, every producer of the officer's region). */
export const PRODUCT_LIST = defineList({
  sorts: ["name", "producer", "price", "stock", "updated"],
  defaultSort: "updated",
  defaultDir: "desc",
  filters: {
    status: z.enum(PRODUCT_STATUSES),
    group: z.enum(OCOP_GROUPS),
    /** At least this many stars on a certificate valid today. */
    stars: z.enum(["3", "4", "5"]).transform(Number),
    /** "none": no valid 3★+ certificate today. */
    certified: z.enum(["yes", "none"]),
    /** Published products waiting for an officer to approve changes. */
    revision: z.enum(["pending"]),
    producer: ZId,
    region: ZId,
  },
});

export type ProductListQuery = ListQuery<(typeof PRODUCT_LIST.sorts)[number], typeof PRODUCT_LIST.filters>;

/** A certificate that gives a badge today: valid, 3★ or more, not past its end. */
function validCertificate(minStars = 3): Prisma.OcopCertificateWhereInput {
  return { status: "VALID", stars: { gte: minStars }, validUntil: { gte: dayToDate(today()) } };
}

async function productWhere(viewer: Viewer, query: ProductListQuery): Promise<Prisma.ProductWhereInput> {
  const scope = await narrowScope(await authorizeList(viewer, "product.review"), query.filters.region);
  const f = query.filters;
  const folded = foldText(query.q);
  const and: Prisma.ProductWhereInput[] = [scope.ofProducer()];
  if (f.status) and.push({ status: f.status });
  if (f.group) and.push({ group: f.group });
  if (f.producer) and.push({ producerId: f.producer });
  if (f.stars) and.push({ certificates: { some: validCertificate(f.stars) } });
  if (f.certified === "yes") and.push({ certificates: { some: validCertificate() } });
  if (f.certified === "none") and.push({ certificates: { none: validCertificate() } });
  if (f.revision === "pending") and.push({ status: "PUBLISHED", NOT: { pendingRevision: { equals: Prisma.DbNull } } });
  // searchText holds the folded names, producer, commune, group and subgroup (trigram index); a GTIN is typed as digits.
  if (folded) and.push({ OR: [{ searchText: { contains: folded } }, ...(/^\d{8,14}$/.test(query.q) ? [{ gtin: { contains: query.q } }] : [])] });
  return { AND: and };
}

function productOrder(query: ProductListQuery): Prisma.ProductOrderByWithRelationInput[] {
  const by: Record<ProductListQuery["sort"], Prisma.ProductOrderByWithRelationInput> = {
    name: { nameVi: query.dir },
    producer: { producer: { name: query.dir } },
    price: { priceVnd: query.dir },
    stock: { stock: query.dir },
    updated: { updatedAt: query.dir },
  };
  return [by[query.sort], { id: "asc" }];
}

const productRowSelect = {
  id: true,
  slug: true,
  nameVi: true,
  status: true,
  group: true,
  priceVnd: true,
  unit: true,
  stock: true,
  gtin: true,
  updatedAt: true,
  pendingRevision: true,
  producer: { select: { id: true, name: true, status: true, region: { select: { name: true } } } },
} satisfies Prisma.ProductSelect;

export interface ProductRow {
  id: string;
  slug: string;
  nameVi: string;
  status: (typeof PRODUCT_STATUSES)[number];
  group: (typeof OCOP_GROUPS)[number];
  priceVnd: number;
  unit: string;
  stock: number;
  gtin: string | null;
  updatedAt: Date;
  /** A published product with changes waiting for review. */
  revisionPending: boolean;
  producerId: string;
  producerName: string;
  producerSuspended: boolean;
  commune: string;
  /** Stars of the best certificate valid today (3★+), or null. */
  stars: number | null;
}

async function toRows(rows: Prisma.ProductGetPayload<{ select: typeof productRowSelect }>[]): Promise<ProductRow[]> {
  const best = await db.ocopCertificate.groupBy({
    by: ["productId"],
    where: { productId: { in: rows.map((r) => r.id) }, ...validCertificate() },
    _max: { stars: true },
  });
  const stars = new Map(best.map((b) => [b.productId, b._max.stars]));
  return rows.map((p) => ({
    id: p.id,
    slug: p.slug,
    nameVi: p.nameVi,
    status: p.status,
    group: p.group,
    priceVnd: p.priceVnd,
    unit: p.unit,
    stock: p.stock,
    gtin: p.gtin,
    updatedAt: p.updatedAt,
    revisionPending: p.status === "PUBLISHED" && p.pendingRevision !== null,
    producerId: p.producer.id,
    producerName: p.producer.name,
    producerSuspended: p.producer.status === "SUSPENDED",
    commune: p.producer.region.name,
    stars: stars.get(p.id) ?? null,
  }));
}

/** One page of the products of the officer's region, filtered and sorted. */
export async function listProductsForOfficer(viewer: Viewer, query: ProductListQuery): Promise<ListPage<ProductRow>> {
  const where = await productWhere(viewer, query);
  const [rows, total] = await Promise.all([
    db.product.findMany({ where, orderBy: productOrder(query), select: productRowSelect, ...pageWindow(query) }),
    db.product.count({ where }),
  ]);
  return { items: await toRows(rows), total, page: query.page, pageSize: query.pageSize };
}

/** Every product the same filters select, in the list's order, batch by batch: the list's CSV. */
export async function productRowsForExport(viewer: Viewer, query: ProductListQuery) {
  const where = await productWhere(viewer, query);
  return async (skip: number, take: number) => toRows(await db.product.findMany({ where, orderBy: productOrder(query), select: productRowSelect, skip, take }));
}

/** The products an officer picked for a bulk action, as they stand now (others are left out). */
export async function productsForConfirmation(viewer: Viewer, ids: readonly string[]): Promise<ProductRow[]> {
  const scope = await authorizeList(viewer, "product.review");
  return toRows(await db.product.findMany({ where: { ...scope.ofProducer(), id: { in: [...ids] } }, orderBy: { nameVi: "asc" }, select: productRowSelect }));
}
