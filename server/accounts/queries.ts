import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { now } from "@/lib/clock";
import { defineList, pageWindow, type ListPage, type ListQuery } from "@/lib/list-query";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { authorizeList, narrowScope, type RegionScope } from "@/server/auth/scope";
import { db } from "@/server/infra/db";

const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** An account's state as officers see it: signed up, invited (no password yet), or disabled. */
export type AccountState = "ACTIVE" | "INVITED" | "DISABLED";

export const ACCOUNT_LIST = defineList({
  sorts: ["name", "email", "lastLogin", "created"],
  defaultSort: "created",
  defaultDir: "desc",
  filters: {
    role: z.enum(["PRODUCER", "ADMIN"]),
    state: z.enum(["ACTIVE", "INVITED", "DISABLED"]),
    producer: ZId,
    region: ZId,
  },
});

export type AccountListQuery = ListQuery<(typeof ACCOUNT_LIST.sorts)[number], typeof ACCOUNT_LIST.filters>;

/**
 * The accounts an officer manages: producer accounts of producers in the officer's region and officer
 * accounts of the region and below. Officers of the whole country see every account.
 */
export function accountsInScope(scope: RegionScope): Prisma.UserWhereInput {
  if (scope.national) return {};
  return { OR: [{ role: "PRODUCER", producer: scope.producers() }, { role: "ADMIN", ...scope.byRegion() }] };
}

const STATE_WHERE: Record<AccountState, Prisma.UserWhereInput> = {
  ACTIVE: { active: true, passwordHash: { not: null } },
  INVITED: { active: true, passwordHash: null },
  DISABLED: { active: false },
};

async function accountWhere(viewer: Viewer, query: AccountListQuery): Promise<Prisma.UserWhereInput> {
  const scope = await narrowScope(await authorizeList(viewer, "account.manage"), query.filters.region);
  const q = query.q.toLowerCase();
  const and: Prisma.UserWhereInput[] = [accountsInScope(scope)];
  if (query.filters.role) and.push({ role: query.filters.role });
  if (query.filters.state) and.push(STATE_WHERE[query.filters.state]);
  if (query.filters.producer) and.push({ producerId: query.filters.producer });
  if (q) and.push({ OR: [{ email: { contains: q } }, { name: { contains: query.q, mode: "insensitive" } }, { producer: { name: { contains: query.q, mode: "insensitive" } } }] });
  return { AND: and };
}

function accountOrder(query: AccountListQuery): Prisma.UserOrderByWithRelationInput[] {
  const by: Record<AccountListQuery["sort"], Prisma.UserOrderByWithRelationInput> = {
    name: { name: query.dir },
    email: { email: query.dir },
    lastLogin: { lastLoginAt: { sort: query.dir, nulls: "last" } },
    created: { createdAt: query.dir },
  };
  return [by[query.sort], { id: "asc" }];
}

const accountSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  passwordHash: true,
  lastLoginAt: true,
  createdAt: true,
  producer: { select: { id: true, name: true } },
  region: { select: { name: true } },
  invitations: { where: { usedAt: null }, orderBy: { expiresAt: "desc" }, take: 1, select: { expiresAt: true } },
} satisfies Prisma.UserSelect;

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  role: "PRODUCER" | "ADMIN";
  state: AccountState;
  producerId: string | null;
  producerName: string | null;
  /** Officers: their region's name; null for an officer of the whole country. */
  regionName: string | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  /** Invited accounts: when the latest unused link stops working (null: none left). */
  invitationExpiresAt: Date | null;
  invitationExpired: boolean;
}

function toRow(u: Prisma.UserGetPayload<{ select: typeof accountSelect }>): AccountRow {
  const expiresAt = u.invitations[0]?.expiresAt ?? null;
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    state: !u.active ? "DISABLED" : u.passwordHash ? "ACTIVE" : "INVITED",
    producerId: u.producer?.id ?? null,
    producerName: u.producer?.name ?? null,
    regionName: u.region?.name ?? null,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
    invitationExpiresAt: u.passwordHash ? null : expiresAt,
    invitationExpired: !u.passwordHash && (!expiresAt || expiresAt <= now()),
  };
}

export async function listAccounts(viewer: Viewer, query: AccountListQuery): Promise<ListPage<AccountRow>> {
  const where = await accountWhere(viewer, query);
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, orderBy: accountOrder(query), select: accountSelect, ...pageWindow(query) }),
    db.user.count({ where }),
  ]);
  return { items: rows.map(toRow), total, page: query.page, pageSize: query.pageSize };
}

export async function accountRowsForExport(viewer: Viewer, query: AccountListQuery) {
  const where = await accountWhere(viewer, query);
  return (skip: number, take: number) =>
    db.user.findMany({ where, orderBy: accountOrder(query), select: accountSelect, skip, take }).then((rows) => rows.map(toRow));
}

/** The accounts an officer picked for a bulk action, as they stand now (others are left out). */
export async function accountsForConfirmation(viewer: Viewer, ids: readonly string[]): Promise<AccountRow[]> {
  const scope = await authorizeList(viewer, "account.manage");
  const rows = await db.user.findMany({
    where: { AND: [accountsInScope(scope), { id: { in: [...ids] } }] },
    orderBy: { name: "asc" },
    select: accountSelect,
  });
  return rows.map(toRow);
}

/** Regions an officer may give a new officer account: their own and the ones one level below. */
export async function regionsForOfficerAccounts(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  authorize(viewer, "account.manage");
  // The officer's own region and the level just below it lie inside the officer's scope by
  // construction. (The scope's byRegion() is for records that carry a regionId; a Region has none.)
  const own = viewer.regionId ? await db.region.findUnique({ where: { id: viewer.regionId }, select: { id: true, name: true } }) : null;
  const below = await db.region.findMany({
    where: { parentId: viewer.regionId, validTo: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return [...(own ? [own] : []), ...below];
}
