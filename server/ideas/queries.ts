import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { defineList, pageWindow, type ListPage, type ListQuery } from "@/lib/list-query";
import { OCOP_GROUPS } from "@/lib/ocop-groups";
import type { Viewer } from "@/server/auth/permissions";
import { authorizeList, narrowScope } from "@/server/auth/scope";
import { db } from "@/server/infra/db";

const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const IDEA_STATUSES = ["NEW", "UNDER_REVIEW", "ACCEPTED", "DECLINED"] as const;

/** The officers' inbox of product ideas (step 2 of the OCOP cycle). */
export const IDEA_LIST = defineList({
  sorts: ["created", "title", "status"],
  defaultSort: "created",
  defaultDir: "desc",
  filters: { status: z.enum(IDEA_STATUSES), group: z.enum(OCOP_GROUPS), region: ZId },
});

export type IdeaListQuery = ListQuery<(typeof IDEA_LIST.sorts)[number], typeof IDEA_LIST.filters>;

export interface IdeaRow {
  id: string;
  title: string;
  description: string;
  proposerName: string;
  proposerContact: string;
  commune: string | null;
  group: (typeof OCOP_GROUPS)[number] | null;
  status: (typeof IDEA_STATUSES)[number];
  reviewNote: string;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

/** Ideas name the commune they come from; one without a commune is for officers of the whole country. */
async function ideaWhere(viewer: Viewer, query: IdeaListQuery): Promise<Prisma.ProductIdeaWhereInput> {
  const scope = await narrowScope(await authorizeList(viewer, "idea.review"), query.filters.region);
  const f = query.filters;
  const and: Prisma.ProductIdeaWhereInput[] = [scope.byRegion()];
  if (f.status) and.push({ status: f.status });
  if (f.group) and.push({ group: f.group });
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    and.push({ OR: [{ title: contains }, { description: contains }, { proposerName: contains }, { proposerContact: contains }] });
  }
  return { AND: and };
}

function ideaOrder(query: IdeaListQuery): Prisma.ProductIdeaOrderByWithRelationInput[] {
  const by: Record<IdeaListQuery["sort"], Prisma.ProductIdeaOrderByWithRelationInput> = {
    created: { createdAt: query.dir },
    title: { title: query.dir },
    status: { status: query.dir },
  };
  return [by[query.sort], { createdAt: "desc" }, { id: "asc" }];
}

const ideaSelect = {
  id: true,
  title: true,
  description: true,
  proposerName: true,
  proposerContact: true,
  group: true,
  status: true,
  reviewNote: true,
  reviewedAt: true,
  createdAt: true,
  region: { select: { name: true } },
  reviewedBy: { select: { name: true } },
} satisfies Prisma.ProductIdeaSelect;

function toRow(i: Prisma.ProductIdeaGetPayload<{ select: typeof ideaSelect }>): IdeaRow {
  return {
    id: i.id,
    title: i.title,
    description: i.description,
    proposerName: i.proposerName,
    proposerContact: i.proposerContact,
    commune: i.region?.name ?? null,
    group: i.group,
    status: i.status,
    reviewNote: i.reviewNote ?? "",
    reviewedBy: i.reviewedBy?.name ?? null,
    reviewedAt: i.reviewedAt,
    createdAt: i.createdAt,
  };
}

export async function listIdeasForOfficer(viewer: Viewer, query: IdeaListQuery): Promise<ListPage<IdeaRow>> {
  const where = await ideaWhere(viewer, query);
  const [rows, total] = await Promise.all([
    db.productIdea.findMany({ where, orderBy: ideaOrder(query), select: ideaSelect, ...pageWindow(query) }),
    db.productIdea.count({ where }),
  ]);
  return { items: rows.map(toRow), total, page: query.page, pageSize: query.pageSize };
}

export async function ideaRowsForExport(viewer: Viewer, query: IdeaListQuery) {
  const where = await ideaWhere(viewer, query);
  return (skip: number, take: number) => db.productIdea.findMany({ where, orderBy: ideaOrder(query), select: ideaSelect, skip, take }).then((rows) => rows.map(toRow));
}

/** The ideas an officer picked for a bulk decision, as they stand now (others are left out). */
export async function ideasForConfirmation(viewer: Viewer, ids: readonly string[]): Promise<IdeaRow[]> {
  const scope = await authorizeList(viewer, "idea.review");
  const rows = await db.productIdea.findMany({ where: { ...scope.byRegion(), id: { in: [...ids] } }, orderBy: { createdAt: "desc" }, select: ideaSelect });
  return rows.map(toRow);
}
