import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { dateToDay } from "@/lib/clock";
import { defineList, pageWindow, type ListPage, type ListQuery } from "@/lib/list-query";
import { foldText } from "@/lib/text-fold";
import type { Viewer } from "@/server/auth/permissions";
import { authorizeList, narrowScope, type RegionScope } from "@/server/auth/scope";
import { db } from "@/server/infra/db";

const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The officers' producers list: search, filters and sorts its URL may carry (lib/list-query). */
export const PRODUCER_LIST = defineList({
  sorts: ["name", "commune", "products", "status", "registeredOn"],
  defaultSort: "name",
  filters: {
    status: z.enum(["ACTIVE", "SUSPENDED"]),
    legalForm: z.enum(["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"]),
    region: ZId,
  },
});

export type ProducerListQuery = ListQuery<(typeof PRODUCER_LIST.sorts)[number], typeof PRODUCER_LIST.filters>;

async function producerWhere(viewer: Viewer, query: ProducerListQuery): Promise<Prisma.ProducerWhereInput> {
  const scope: RegionScope = await narrowScope(await authorizeList(viewer, "producer.manage"), query.filters.region);
  const folded = foldText(query.q);
  return {
    ...scope.producers(),
    ...(query.filters.status ? { status: query.filters.status } : {}),
    ...(query.filters.legalForm ? { legalForm: query.filters.legalForm } : {}),
    // searchText holds the folded name, commune, province, legal form and representative (trigram index).
    ...(folded ? { OR: [{ searchText: { contains: folded } }, { email: { contains: query.q.toLowerCase() } }, { phone: { contains: query.q } }] } : {}),
  };
}

function producerOrder(query: ProducerListQuery): Prisma.ProducerOrderByWithRelationInput[] {
  const dir = query.dir;
  const by: Record<ProducerListQuery["sort"], Prisma.ProducerOrderByWithRelationInput> = {
    name: { name: dir },
    commune: { region: { name: dir } },
    products: { products: { _count: dir } },
    status: { status: dir },
    registeredOn: { registeredOn: dir },
  };
  return [by[query.sort], { name: "asc" }, { id: "asc" }];
}

const producerRowSelect = {
  id: true,
  slug: true,
  name: true,
  legalForm: true,
  status: true,
  suspendedReason: true,
  phone: true,
  email: true,
  representative: true,
  registeredOn: true,
  region: { select: { name: true, parent: { select: { name: true } } } },
  _count: { select: { products: true, users: true } },
} satisfies Prisma.ProducerSelect;

type ProducerRowData = Prisma.ProducerGetPayload<{ select: typeof producerRowSelect }>;

export interface ProducerRow {
  id: string;
  slug: string;
  name: string;
  legalForm: ProducerRowData["legalForm"];
  status: ProducerRowData["status"];
  suspendedReason: string | null;
  phone: string | null;
  email: string | null;
  representative: string | null;
  registeredOn: string;
  commune: string;
  area: string | null;
  products: number;
  accounts: number;
}

function toRow(p: ProducerRowData): ProducerRow {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    legalForm: p.legalForm,
    status: p.status,
    suspendedReason: p.suspendedReason,
    phone: p.phone,
    email: p.email,
    representative: p.representative,
    registeredOn: dateToDay(p.registeredOn),
    commune: p.region.name,
    area: p.region.parent?.name ?? null,
    products: p._count.products,
    accounts: p._count.users,
  };
}

/** One page of the producers an officer manages (within their region), filtered and sorted. */
export async function listProducersForAdmin(viewer: Viewer, query: ProducerListQuery): Promise<ListPage<ProducerRow>> {
  const where = await producerWhere(viewer, query);
  const [rows, total] = await Promise.all([
    db.producer.findMany({ where, orderBy: producerOrder(query), select: producerRowSelect, ...pageWindow(query) }),
    db.producer.count({ where }),
  ]);
  return { items: rows.map(toRow), total, page: query.page, pageSize: query.pageSize };
}

/** Every producer the same filters select, in the list's order, batch by batch: the list's CSV. */
export async function producerRowsForExport(viewer: Viewer, query: ProducerListQuery) {
  const where = await producerWhere(viewer, query);
  return (skip: number, take: number) => db.producer.findMany({ where, orderBy: producerOrder(query), select: producerRowSelect, skip, take }).then((rows) => rows.map(toRow));
}

/** The producers an officer picked for a bulk action, as they stand now (others are left out). */
export async function producersForConfirmation(viewer: Viewer, ids: readonly string[]): Promise<ProducerRow[]> {
  const scope = await authorizeList(viewer, "producer.manage");
  const rows = await db.producer.findMany({ where: { ...scope.producers(), id: { in: [...ids] } }, orderBy: { name: "asc" }, select: producerRowSelect });
  return rows.map(toRow);
}

/** Producers matching a search, for pickers (an account's producer): a few names, never all 8,000. */
export async function searchProducersForPicker(viewer: Viewer, q: string, take = 20): Promise<{ id: string; name: string; commune: string; status: string }[]> {
  const scope = await authorizeList(viewer, "account.manage");
  const folded = foldText(q);
  if (folded.length < 2) return [];
  const rows = await db.producer.findMany({
    where: { ...scope.producers(), searchText: { contains: folded } },
    orderBy: [{ status: "asc" }, { name: "asc" }],
    take,
    select: { id: true, name: true, status: true, region: { select: { name: true } } },
  });
  return rows.map((p) => ({ id: p.id, name: p.name, commune: p.region.name, status: p.status }));
}
