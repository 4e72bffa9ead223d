import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { addDays, startOfDay } from "@/lib/clock";
import { defineList, pageWindow, ZDay, type ListPage, type ListQuery } from "@/lib/list-query";
import type { Viewer } from "@/server/auth/permissions";
import { authorizeList, narrowScope } from "@/server/auth/scope";
import { db } from "@/server/infra/db";

const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * The audit log as officers read it: newest first, filtered by what, by whom, about what and when;
 * sortable by when and by who. "What" and "about" are not sortable: they show translated words while
 * the log holds codes ("fair.close"), so an order by code would look random in either language.
 */
export const AUDIT_LIST = defineList({
  sorts: ["when", "who"],
  defaultSort: "when",
  defaultDir: "desc",
  filters: {
    /** An action code ("producer.suspend") or a whole family ("producer"). */
    action: z.string().regex(/^[a-zA-Z]{1,40}(\.[a-zA-Z]{1,40})?$/),
    entity: z.string().regex(/^[A-Za-z]{1,40}$/),
    entityId: ZId,
    actor: ZId,
    /** Calendar days in Vietnam, inclusive. */
    from: ZDay,
    to: ZDay,
    region: ZId,
  },
});

export type AuditListQuery = ListQuery<(typeof AUDIT_LIST.sorts)[number], typeof AUDIT_LIST.filters>;

async function auditWhere(viewer: Viewer, query: AuditListQuery): Promise<Prisma.AuditLogWhereInput> {
  const scope = await narrowScope(await authorizeList(viewer, "audit.view"), query.filters.region);
  const f = query.filters;
  const and: Prisma.AuditLogWhereInput[] = [scope.byRegion()];
  if (f.action) and.push(f.action.includes(".") ? { action: f.action } : { action: { startsWith: `${f.action}.` } });
  if (f.entity) and.push({ entityType: f.entity });
  if (f.entityId) and.push({ entityId: f.entityId });
  if (f.actor) and.push({ actorId: f.actor });
  // Days are Vietnam's: "from 30/11" starts at 00:00 in Hà Nội, not in UTC.
  if (f.from) and.push({ createdAt: { gte: startOfDay(f.from) } });
  if (f.to) and.push({ createdAt: { lt: startOfDay(addDays(f.to, 1)) } });
  if (query.q) and.push({ OR: [{ actor: { name: { contains: query.q, mode: "insensitive" } } }, { actor: { email: { contains: query.q.toLowerCase() } } }, { entityId: query.q }] });
  return { AND: and };
}

const entrySelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

type EntryData = Prisma.AuditLogGetPayload<{ select: typeof entrySelect }>;

/** A field that changed, with both values as text. */
export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

export interface AuditEntry {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  /** What the entry is about, by name ("HTX Chè Cao Bồ"), when it still exists. */
  entityName: string | null;
  /** The back-office page of what the entry is about, when there is one. */
  entityHref: string | null;
  createdAt: Date;
  actorName: string | null;
  actorEmail: string | null;
  changes: AuditChange[];
}

/** Bookkeeping fields nobody reviews: left out of the changes shown. */
const QUIET_FIELDS = new Set(["id", "createdAt", "updatedAt", "searchText", "slug", "pendingRevision", "badgeStars", "badgeStarsUntil", "certifiedUntil"]);
/** Fields holding the id of something with a name: shown by that name. */
const NAMED_ID_FIELDS: Record<string, "region" | "producer" | "product" | "subgroup"> = {
  regionId: "region",
  certificateRegionId: "region",
  producerId: "producer",
  productId: "product",
  subgroupId: "subgroup",
};
const MAX_VALUE = 300;

function asText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/**
 * The fields an entry changed: every field of `after` (or of `before`, for a removal) whose value
 * differs. Ids of other records are left out, except those with a name (`names`, by id).
 */
export function auditChanges(before: unknown, after: unknown, names: ReadonlyMap<string, string> = new Map()): AuditChange[] {
  const b = before && typeof before === "object" && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  const fields = Object.keys(after !== null && after !== undefined ? a : b);
  const shown = (field: string, value: unknown) => (NAMED_ID_FIELDS[field] && typeof value === "string" ? (names.get(value) ?? value) : asText(value));
  return fields
    .filter((field) => !QUIET_FIELDS.has(field) && (!field.endsWith("Id") || field in NAMED_ID_FIELDS))
    .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
    .map((field) => ({ field, before: shown(field, b[field]), after: shown(field, a[field]) }));
}

/** Names of the records entries point to by id (a producer's commune, a product's producer). */
async function namesOfIds(entries: readonly EntryData[]): Promise<Map<string, string>> {
  const ids: Record<"region" | "producer" | "product" | "subgroup", Set<string>> = { region: new Set(), producer: new Set(), product: new Set(), subgroup: new Set() };
  for (const e of entries) {
    for (const side of [e.before, e.after]) {
      if (!side || typeof side !== "object" || Array.isArray(side)) continue;
      for (const [field, value] of Object.entries(side)) if (NAMED_ID_FIELDS[field] && typeof value === "string") ids[NAMED_ID_FIELDS[field]].add(value);
    }
  }
  const [regions, producers, products, subgroups] = await Promise.all([
    db.region.findMany({ where: { id: { in: [...ids.region] } }, select: { id: true, name: true } }),
    db.producer.findMany({ where: { id: { in: [...ids.producer] } }, select: { id: true, name: true } }),
    db.product.findMany({ where: { id: { in: [...ids.product] } }, select: { id: true, nameVi: true } }),
    db.subgroup.findMany({ where: { id: { in: [...ids.subgroup] } }, select: { id: true, nameVi: true } }),
  ]);
  return new Map([...regions.map((r) => [r.id, r.name]), ...producers.map((p) => [p.id, p.name]), ...products.map((p) => [p.id, p.nameVi]), ...subgroups.map((g) => [g.id, g.nameVi])] as [string, string][]);
}

/** Names and pages of what a page of entries is about: one query per kind of thing. */
async function describeEntities(entries: readonly EntryData[]): Promise<Map<string, { name: string; href: string | null }>> {
  const idsOf = (type: string) => [...new Set(entries.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const found = new Map<string, { name: string; href: string | null }>();
  const put = (type: string, id: string, name: string, href: string | null) => found.set(`${type}:${id}`, { name, href });
  const [producers, products, certificates, fairs, requests, ideas, users, programmes, orders] = await Promise.all([
    db.producer.findMany({ where: { id: { in: idsOf("Producer") } }, select: { id: true, name: true } }),
    db.product.findMany({ where: { id: { in: idsOf("Product") } }, select: { id: true, nameVi: true } }),
    db.ocopCertificate.findMany({ where: { id: { in: idsOf("OcopCertificate") } }, select: { id: true, productId: true, decisionNumber: true, product: { select: { nameVi: true } } } }),
    db.fair.findMany({ where: { id: { in: idsOf("Fair") } }, select: { id: true, nameVi: true } }),
    db.boothRequest.findMany({ where: { id: { in: idsOf("BoothRequest") } }, select: { id: true, fairId: true, producer: { select: { name: true } }, fair: { select: { nameVi: true } } } }),
    db.productIdea.findMany({ where: { id: { in: idsOf("ProductIdea") } }, select: { id: true, title: true } }),
    db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, name: true, email: true } }),
    db.programme.findMany({ where: { id: { in: idsOf("Programme") } }, select: { id: true, nameVi: true } }),
    db.order.findMany({ where: { id: { in: idsOf("Order") } }, select: { id: true, code: true } }),
  ]);
  for (const p of producers) put("Producer", p.id, p.name, `/admin/producers/${p.id}`);
  for (const p of products) put("Product", p.id, p.nameVi, `/admin/products?q=${encodeURIComponent(p.nameVi)}`);
  for (const c of certificates) put("OcopCertificate", c.id, `${c.product.nameVi} · ${c.decisionNumber}`, `/admin/certificates/${c.productId}`);
  for (const f of fairs) put("Fair", f.id, f.nameVi, `/admin/fairs/${f.id}`);
  for (const r of requests) put("BoothRequest", r.id, `${r.producer.name} · ${r.fair.nameVi}`, `/admin/fairs/${r.fairId}`);
  for (const i of ideas) put("ProductIdea", i.id, i.title, `/admin/ideas?q=${encodeURIComponent(i.title)}`);
  for (const u of users) put("User", u.id, `${u.name} (${u.email})`, `/admin/accounts?q=${encodeURIComponent(u.email)}`);
  for (const p of programmes) put("Programme", p.id, p.nameVi, "/admin/programme");
  for (const o of orders) put("Order", o.id, o.code, `/admin/orders?q=${encodeURIComponent(o.code)}`);
  return found;
}

async function toEntries(rows: EntryData[]): Promise<AuditEntry[]> {
  const [entities, names] = await Promise.all([describeEntities(rows), namesOfIds(rows)]);
  return rows.map((e) => {
    const entity = entities.get(`${e.entityType}:${e.entityId}`);
    return {
      id: e.id,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      entityName: entity?.name ?? null,
      entityHref: entity?.href ?? null,
      createdAt: e.createdAt,
      actorName: e.actor?.name ?? null,
      actorEmail: e.actor?.email ?? null,
      changes: auditChanges(e.before, e.after, names),
    };
  });
}

/**
 * The log's order: the chosen column, then newest first, then the id, so entries stamped at the same
 * instant by the same person keep one order and paging never repeats or skips one. By who, the
 * system's entries (no person) come last going A→Z and first going Z→A, as PostgreSQL orders nulls.
 */
function auditOrder(query: AuditListQuery): Prisma.AuditLogOrderByWithRelationInput[] {
  if (query.sort === "who") return [{ actor: { name: query.dir } }, { createdAt: "desc" }, { id: "desc" }];
  return [{ createdAt: query.dir }, { id: query.dir }];
}

/** One page of the audit log of the officer's region, newest first unless asked otherwise. */
export async function listAuditLog(viewer: Viewer, query: AuditListQuery): Promise<ListPage<AuditEntry>> {
  const where = await auditWhere(viewer, query);
  const orderBy = auditOrder(query);
  const [rows, total] = await Promise.all([db.auditLog.findMany({ where, orderBy, select: entrySelect, ...pageWindow(query) }), db.auditLog.count({ where })]);
  return { items: await toEntries(rows), total, page: query.page, pageSize: query.pageSize };
}

export async function auditRowsForExport(viewer: Viewer, query: AuditListQuery) {
  const where = await auditWhere(viewer, query);
  const orderBy = auditOrder(query);
  return async (skip: number, take: number) => toEntries(await db.auditLog.findMany({ where, orderBy, select: entrySelect, skip, take }));
}

/** The officers whose actions the log can be filtered by: those of the viewer's region and below. */
export async function auditActors(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  const scope = await authorizeList(viewer, "audit.view");
  return db.user.findMany({ where: { role: "ADMIN", ...scope.byRegion() }, orderBy: { name: "asc" }, take: 500, select: { id: true, name: true } });
}
