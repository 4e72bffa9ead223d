import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { dateToDay, today as clockToday, type IsoDay } from "@/lib/clock";
import { defineList, pageWindow, type ListQuery } from "@/lib/list-query";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { foldText } from "@/lib/text-fold";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { assertInScope, authorizeList } from "@/server/auth/scope";
import { db } from "@/server/infra/db";
import { currentCommuneSql, inScope, listRegionsInScope, regionScope, type RegionOption, type RegionScope } from "@/server/regions/queries";
import { findProgramme, programmeSummary, type ProgrammeSummary } from "./programmes";

/*
 * Officers' reads for the programme screens. An officer works on the programmes of their own region
 * (a province officer: the province's and its communes'; a commune officer: the commune's; a national
 * officer: all, nationwide ones included), and every list works within the chosen programme's region,
 * which lies inside the officer's. Lists paginate in SQL: with the national data a province holds
 * hundreds of producers and the country thousands. Single records outside the officer's region are
 * not found.
 */

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The programme a back-office screen works in, with its region's scope and current communes. */
export interface ProgrammeContext {
  programme: ProgrammeSummary & { id: string };
  programmes: ProgrammeSummary[];
  scope: RegionScope;
  communes: RegionOption[];
}

export async function getProgrammeContext(viewer: Viewer | null, slug: string | null, day: IsoDay = clockToday()): Promise<ProgrammeContext | null> {
  const officerScope = await authorizeList(viewer, "programme.manage");
  const rows = await db.programme.findMany({
    where: officerScope.byRegion(),
    include: { region: { select: { slug: true, name: true, nameEn: true, level: true } } },
    orderBy: [{ isCurrent: "desc" }, { endYear: "desc" }, { startYear: "desc" }, { nameVi: "asc" }],
  });
  // The one asked for when the officer may see it, else their first (the current one when it is theirs).
  const chosen = rows.find((row) => row.slug === slug) ?? rows[0];
  if (!chosen) return null;
  const scope = await regionScope(chosen.regionId);
  const communes = scope === null ? [] : await listRegionsInScope(scope, day);
  return { programme: { id: chosen.id, ...programmeSummary(chosen) }, programmes: rows.map(programmeSummary), scope, communes };
}

/** A programme with its targets and subgroup baselines, for officers to edit. */
export async function getProgrammeForEditing(viewer: Viewer | null, slug: string | null) {
  const context = await getProgrammeContext(viewer, slug);
  const programme = context && (await findProgramme(context.programme.slug));
  if (!programme) return null;
  const subgroups = await db.subgroup.findMany({ select: { code: true, group: true, nameVi: true, nameEn: true }, orderBy: [{ position: "asc" }, { code: "asc" }] });
  return {
    id: programme.id,
    slug: programme.slug,
    nameVi: programme.nameVi,
    nameEn: programme.nameEn ?? "",
    reference: programme.reference ?? "",
    startYear: programme.startYear,
    endYear: programme.endYear,
    isCurrent: programme.isCurrent,
    region: programme.region,
    targets: programme.targets.map((t) => ({
      id: t.id,
      metric: t.metric,
      labelVi: t.labelVi,
      labelEn: t.labelEn,
      baseline: t.baseline,
      goal: t.goal,
      goalMax: t.goalMax,
      unit: t.unit,
    })),
    subgroups: subgroups.map((s) => ({ ...s, baseline: programme.subgroupBaselines.find((b) => b.subgroup.code === s.code)?.count ?? null })),
  };
}

/**
 * A list's scope narrowed to the officer's region: the programme's region normally lies inside it
 * already (getProgrammeContext), this keeps every list safe whatever scope it is handed.
 */
async function listScope(viewer: Viewer | null, scope: RegionScope): Promise<RegionScope> {
  const officer = await authorizeList(viewer, "programme.manage");
  if (officer.regionIds === null) return scope;
  const allowed = new Set(officer.regionIds);
  return scope === null ? officer.regionIds : scope.filter((id) => allowed.has(id));
}

/** Whether a producer or region lies in the officer's region (reads answer "not found" when not). */
async function inOfficerScope(viewer: Viewer, resource: { producerId: string } | { regionId: string }): Promise<boolean> {
  try {
    await assertInScope(viewer, resource);
    return true;
  } catch {
    return false;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every word of the folded query inside the folded text (accent-blind, like the public search). */
function matchesWords(column: Prisma.Sql, q: string | undefined): Prisma.Sql {
  const words = foldText(q ?? "").split(" ").filter(Boolean).slice(0, 8);
  if (words.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    words.map((word) => Prisma.sql`${column} LIKE ${`%${escapeLike(word)}%`}`),
    " AND ",
  );
}

// ───────────────────────────── Commitments ─────────────────────────────

export const COMMITMENT_STATUSES = ["complete", "partial", "none"] as const;

const ZSlug = z.string().regex(/^[a-z0-9-]{1,80}$/);

/**
 * The commitments list (lib/list-query, like every officer list): searched by name, filtered by
 * current commune and by how many of the five are recorded, sorted by producer, commune or that
 * count; the page and its CSV read the same query. `programme` is the programme's slug (its current
 * one when absent), carried by every link of the list.
 */
export const COMMITMENT_LIST = defineList({
  sorts: ["producer", "commune", "commitments"],
  defaultSort: "producer",
  filters: { programme: ZSlug, commune: ZSlug, status: z.enum(COMMITMENT_STATUSES) },
});

export type CommitmentListQuery = ListQuery<(typeof COMMITMENT_LIST.sorts)[number], typeof COMMITMENT_LIST.filters>;

export interface CommitmentChecklistRow {
  producerId: string;
  name: string;
  status: string;
  communeName: string;
  commitments: { kind: string; committedOn: IsoDay; evidence: string }[];
}

/** How many of the five a producer (`pr`) has recorded. */
const COMMITMENTS_DONE = Prisma.sql`(SELECT count(*) FROM producer_commitments k WHERE k."producerId" = pr.id)`;

function commitmentConditions(scope: RegionScope, query: CommitmentListQuery): Prisma.Sql {
  const done = COMMITMENTS_DONE;
  const filters = query.filters;
  const conditions = [
    inScope(Prisma.sql`pr."regionId"`, scope),
    matchesWords(Prisma.sql`pr."searchText"`, query.q),
    ...(filters.commune ? [Prisma.sql`cr.slug = ${filters.commune}`] : []),
    ...(filters.status === "complete" ? [Prisma.sql`${done} = ${COMMITMENT_KINDS.length}`] : []),
    ...(filters.status === "partial" ? [Prisma.sql`${done} BETWEEN 1 AND ${COMMITMENT_KINDS.length - 1}`] : []),
    ...(filters.status === "none" ? [Prisma.sql`${done} = 0`] : []),
  ];
  return Prisma.join(conditions, " AND ");
}

/**
 * The chosen column, then the producer's name, then its id: producers of one commune or with as many
 * commitments keep one order, and paging never repeats or skips one. The direction is one of two
 * words, never text from the URL.
 */
function commitmentOrder(query: CommitmentListQuery): Prisma.Sql {
  const dir = Prisma.raw(query.dir === "desc" ? "DESC" : "ASC");
  if (query.sort === "commune") return Prisma.sql`cr.name ${dir}, pr.name ASC, pr.id ASC`;
  if (query.sort === "commitments") return Prisma.sql`${COMMITMENTS_DONE} ${dir}, pr.name ASC, pr.id ASC`;
  return Prisma.sql`pr.name ${dir}, pr.id ${dir}`;
}

async function commitmentRows(scope: RegionScope, query: CommitmentListQuery, limit: number | null, skip: number) {
  const rows = await db.$queryRaw<
    { producerId: string; name: string; status: string; communeName: string; commitments: { kind: string; committedOn: string; evidence: string }[] | null }[]
  >`
    SELECT pr.id AS "producerId", pr.name, pr.status::text AS status, cr.name AS "communeName",
      (SELECT json_agg(json_build_object('kind', k.kind, 'committedOn', to_char(k."committedOn", 'YYYY-MM-DD'), 'evidence', k.evidence) ORDER BY k.kind)
         FROM producer_commitments k WHERE k."producerId" = pr.id) AS commitments
    FROM producers pr
    JOIN regions r ON r.id = pr."regionId"
    JOIN regions cr ON cr.id = ${currentCommuneSql(Prisma.sql`r`)}
    WHERE ${commitmentConditions(scope, query)}
    ORDER BY ${commitmentOrder(query)}
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`} OFFSET ${skip}`;
  return rows.map((row) => ({ ...row, commitments: row.commitments ?? [] }));
}

/** One page of the producers of a programme's region with the commitments recorded so far. */
export async function listCommitmentChecklist(viewer: Viewer | null, programmeScope: RegionScope, query: CommitmentListQuery): Promise<Page<CommitmentChecklistRow>> {
  const scope = await listScope(viewer, programmeScope);
  const { skip, take } = pageWindow(query);
  const [rows, count] = await Promise.all([
    commitmentRows(scope, query, take, skip),
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM producers pr JOIN regions r ON r.id = pr."regionId" JOIN regions cr ON cr.id = ${currentCommuneSql(Prisma.sql`r`)}
      WHERE ${commitmentConditions(scope, query)}`,
  ]);
  return { rows, total: count[0]?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Every row the filters select, in the list's order, for the CSV (the same query as the page, without the page). */
export async function exportCommitmentChecklist(viewer: Viewer | null, programmeScope: RegionScope, query: CommitmentListQuery): Promise<CommitmentChecklistRow[]> {
  return commitmentRows(await listScope(viewer, programmeScope), query, null, 0);
}

/**
 * The producers an officer picked to record one commitment for, as they stand now, with the day this
 * commitment was already recorded for each (such a producer is skipped), and how many picked ids are
 * not among them (unknown, or outside the officer's region: nothing of them is shown).
 */
export async function producersForCommitment(
  viewer: Viewer | null,
  ids: readonly string[],
  kind: (typeof COMMITMENT_KINDS)[number],
): Promise<{ items: { id: string; name: string; commune: string; status: string; recordedOn: IsoDay | null }[]; missing: number }> {
  const scope = await authorizeList(viewer, "programme.manage");
  const wanted = [...new Set(ids)];
  const rows = await db.producer.findMany({
    where: { ...scope.producers(), id: { in: wanted } },
    select: { id: true, name: true, status: true, region: { select: { name: true } }, commitments: { where: { kind }, select: { committedOn: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return {
    items: rows.map((p) => ({ id: p.id, name: p.name, commune: p.region.name, status: p.status, recordedOn: p.commitments[0] ? dateToDay(p.commitments[0].committedOn) : null })),
    missing: wanted.length - rows.length,
  };
}

/** One producer's programme record: commitments, stall support and organisation changes; or null. */
export async function getProducerProgrammeRecord(viewer: Viewer | null, producerId: string) {
  authorize(viewer, "programme.manage");
  if (!(await inOfficerScope(viewer, { producerId }))) return null;
  const p = await db.producer.findUnique({
    where: { id: producerId },
    select: {
      id: true,
      name: true,
      status: true,
      legalForm: true,
      region: { select: { id: true, name: true } },
      commitments: { select: { kind: true, committedOn: true, evidence: true } },
      stallSupports: { select: { id: true, supportedOn: true, place: true, amountVnd: true, reference: true }, orderBy: { supportedOn: "desc" } },
      organisationChanges: { select: { id: true, kind: true, changedOn: true, legalForm: true }, orderBy: { changedOn: "desc" } },
    },
  });
  if (!p) return null;
  return {
    producerId: p.id,
    name: p.name,
    status: p.status,
    legalForm: p.legalForm,
    regionId: p.region.id,
    communeName: p.region.name,
    commitments: p.commitments.map((c) => ({ kind: c.kind, committedOn: dateToDay(c.committedOn), evidence: c.evidence })),
    stallSupports: p.stallSupports.map((s) => ({ ...s, supportedOn: dateToDay(s.supportedOn) })),
    organisationChanges: p.organisationChanges.map((o) => ({ ...o, changedOn: dateToDay(o.changedOn) })),
  };
}

/** Up to 20 producers of a scope whose name matches, to pick one from (no 8,000-name dropdown). */
export async function findProducers(viewer: Viewer | null, programmeScope: RegionScope, q: string) {
  const scope = await listScope(viewer, programmeScope);
  if (!foldText(q)) return [];
  return db.$queryRaw<{ id: string; name: string; communeName: string }[]>`
    SELECT pr.id, pr.name, cr.name AS "communeName"
    FROM producers pr JOIN regions r ON r.id = pr."regionId" JOIN regions cr ON cr.id = ${currentCommuneSql(Prisma.sql`r`)}
    WHERE ${inScope(Prisma.sql`pr."regionId"`, scope)} AND ${matchesWords(Prisma.sql`pr."searchText"`, q)}
    ORDER BY pr.name, pr.id LIMIT 20`;
}

export async function getProducerName(viewer: Viewer | null, producerId: string) {
  authorize(viewer, "programme.manage");
  if (!(await inOfficerScope(viewer, { producerId }))) return null;
  return db.producer.findUnique({ where: { id: producerId }, select: { id: true, name: true, region: { select: { name: true } } } });
}

// ───────────────────────────── The record lists ─────────────────────────────
/*
 * The four record lists (stall support, organisations, commune teams, OCOP officers) stand on
 * lib/list-query like every officer list: searched by name without diacritics, sorted by a key the
 * spec names (anything else reads as the default), paged (20 or 50), and the page and its CSV read
 * one query in one order. Every order ends with the row's id after a readable second key, so rows
 * that tie keep one order and paging never repeats or skips one. `programme` is the programme's slug
 * (its current one when absent). Sort directions are one of two SQL words, never text from the URL.
 */

const direction = (query: { dir: "asc" | "desc" }) => Prisma.raw(query.dir === "desc" ? "DESC" : "ASC");

/** Reads a record list's rows: one page (`take`) or, for the CSV, every row in batches. */
type RowReader<T> = (skip: number, take: number) => Promise<T[]>;

async function pageOfRows<T>(query: { page: number; pageSize: number }, read: RowReader<T>, count: Promise<{ n: number }[]>): Promise<Page<T>> {
  const { skip, take } = pageWindow(query);
  const [rows, total] = await Promise.all([read(skip, take), count]);
  return { rows, total: total[0]?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

// ───────────────────────────── Stall support ─────────────────────────────

/** Newest support first by default (what an officer just recorded); also by producer, commune or amount. */
export const STALL_LIST = defineList({
  sorts: ["date", "producer", "commune", "amount"],
  defaultSort: "date",
  defaultDir: "desc",
  filters: { programme: ZSlug },
});

export type StallListQuery = ListQuery<(typeof STALL_LIST.sorts)[number], typeof STALL_LIST.filters>;

export interface StallSupportRow {
  id: string;
  producerId: string;
  producerName: string;
  communeName: string;
  supportedOn: IsoDay;
  place: string;
  amountVnd: number | null;
  reference: string;
}

function stallOrder(query: StallListQuery): Prisma.Sql {
  const dir = direction(query);
  if (query.sort === "producer") return Prisma.sql`pr.name ${dir}, s."supportedOn" DESC, s.id ASC`;
  if (query.sort === "commune") return Prisma.sql`cr.name ${dir}, pr.name ASC, s."supportedOn" DESC, s.id ASC`;
  // Support in kind has no amount: it comes last whichever way the amounts go.
  if (query.sort === "amount") return Prisma.sql`s."amountVnd" ${dir} NULLS LAST, pr.name ASC, s.id ASC`;
  return Prisma.sql`s."supportedOn" ${dir}, pr.name ASC, s.id ASC`;
}

function stallReader(scope: RegionScope, query: StallListQuery) {
  const from = Prisma.sql`
    FROM stall_supports s JOIN producers pr ON pr.id = s."producerId"
    JOIN regions r ON r.id = pr."regionId" JOIN regions cr ON cr.id = ${currentCommuneSql(Prisma.sql`r`)}
    WHERE ${inScope(Prisma.sql`pr."regionId"`, scope)} AND ${matchesWords(Prisma.sql`pr."searchText"`, query.q)}`;
  const read: RowReader<StallSupportRow> = async (skip, take) => {
    const rows = await db.$queryRaw<(Omit<StallSupportRow, "supportedOn"> & { supportedOn: Date })[]>`
      SELECT s.id, s."producerId", pr.name AS "producerName", cr.name AS "communeName", s."supportedOn", s.place, s."amountVnd", s.reference
      ${from} ORDER BY ${stallOrder(query)} LIMIT ${take} OFFSET ${skip}`;
    return rows.map((row) => ({ ...row, supportedOn: dateToDay(row.supportedOn) }));
  };
  return { read, count: () => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}` };
}

export async function listStallSupports(viewer: Viewer | null, programmeScope: RegionScope, query: StallListQuery): Promise<Page<StallSupportRow>> {
  const { read, count } = stallReader(await listScope(viewer, programmeScope), query);
  return pageOfRows(query, read, count());
}

/** Every row the search selects, in the list's order, read in batches for the CSV. */
export async function exportStallSupports(viewer: Viewer | null, programmeScope: RegionScope, query: StallListQuery): Promise<RowReader<StallSupportRow>> {
  return stallReader(await listScope(viewer, programmeScope), query).read;
}

export async function getStallSupport(viewer: Viewer | null, id: string) {
  authorize(viewer, "programme.manage");
  const s = await db.stallSupport.findUnique({ where: { id }, include: { producer: { select: { name: true } } } });
  if (!s || !(await inOfficerScope(viewer, { producerId: s.producerId }))) return null;
  return { ...s, supportedOn: dateToDay(s.supportedOn), producerName: s.producer.name };
}

// ───────────────────────────── Organisations founded or re-formed ─────────────────────────────

/**
 * Newest change first by default; also by name or commune. Not by kind or legal form: those columns
 * show translated words over codes, so an order by code would look random in either language.
 */
export const ORGANISATION_LIST = defineList({
  sorts: ["date", "name", "commune"],
  defaultSort: "date",
  defaultDir: "desc",
  filters: { programme: ZSlug },
});

export type OrganisationListQuery = ListQuery<(typeof ORGANISATION_LIST.sorts)[number], typeof ORGANISATION_LIST.filters>;

export interface OrganisationChangeRow {
  id: string;
  kind: string;
  name: string;
  legalForm: string;
  changedOn: IsoDay;
  communeName: string;
  producerName: string | null;
  registrationNumber: string;
}

function organisationOrder(query: OrganisationListQuery): Prisma.Sql {
  const dir = direction(query);
  if (query.sort === "name") return Prisma.sql`o.name ${dir}, o.id ${dir}`;
  if (query.sort === "commune") return Prisma.sql`cr.name ${dir}, o.name ASC, o.id ASC`;
  return Prisma.sql`o."changedOn" ${dir}, o.name ASC, o.id ASC`;
}

function organisationReader(scope: RegionScope, query: OrganisationListQuery) {
  const from = Prisma.sql`
    FROM organisation_changes o JOIN regions r ON r.id = o."regionId" JOIN regions cr ON cr.id = ${currentCommuneSql(Prisma.sql`r`)}
    LEFT JOIN producers pr ON pr.id = o."producerId"
    WHERE ${inScope(Prisma.sql`o."regionId"`, scope)} AND ${matchesWords(Prisma.sql`lower(unaccent(o.name))`, query.q)}`;
  const read: RowReader<OrganisationChangeRow> = async (skip, take) => {
    const rows = await db.$queryRaw<(Omit<OrganisationChangeRow, "changedOn"> & { changedOn: Date })[]>`
      SELECT o.id, o.kind::text AS kind, o.name, o."legalForm"::text AS "legalForm", o."changedOn", cr.name AS "communeName", pr.name AS "producerName", o."registrationNumber"
      ${from} ORDER BY ${organisationOrder(query)} LIMIT ${take} OFFSET ${skip}`;
    return rows.map((row) => ({ ...row, changedOn: dateToDay(row.changedOn) }));
  };
  return { read, count: () => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}` };
}

export async function listOrganisationChanges(viewer: Viewer | null, programmeScope: RegionScope, query: OrganisationListQuery): Promise<Page<OrganisationChangeRow>> {
  const { read, count } = organisationReader(await listScope(viewer, programmeScope), query);
  return pageOfRows(query, read, count());
}

export async function exportOrganisationChanges(viewer: Viewer | null, programmeScope: RegionScope, query: OrganisationListQuery): Promise<RowReader<OrganisationChangeRow>> {
  return organisationReader(await listScope(viewer, programmeScope), query).read;
}

export async function getOrganisationChange(viewer: Viewer | null, id: string) {
  authorize(viewer, "programme.manage");
  const o = await db.organisationChange.findUnique({ where: { id }, include: { producer: { select: { name: true } } } });
  if (!o || !(await inOfficerScope(viewer, { regionId: o.regionId }))) return null;
  return { ...o, changedOn: dateToDay(o.changedOn), producerName: o.producer?.name ?? null };
}

// ───────────────────────────── Commune teams ─────────────────────────────

/** By commune A→Z by default; also by the day the team was set up (communes without one last). */
export const TEAM_LIST = defineList({
  sorts: ["commune", "established"],
  defaultSort: "commune",
  filters: { programme: ZSlug },
});

export type TeamListQuery = ListQuery<(typeof TEAM_LIST.sorts)[number], typeof TEAM_LIST.filters>;

export interface CommuneTeamRow {
  regionId: string;
  name: string;
  team: { id: string; establishedOn: IsoDay; decisionNumber: string; members: string } | null;
}

function teamOrder(query: TeamListQuery): Prisma.Sql {
  const dir = direction(query);
  if (query.sort === "established") return Prisma.sql`t."establishedOn" ${dir} NULLS LAST, r.name ASC, r.id ASC`;
  return Prisma.sql`r.name ${dir}, r.id ${dir}`;
}

/**
 * The programme region's communes as they stand today (the context's list, which knows the 2025
 * mergers), narrowed to the officer's region, each with its team or none.
 */
async function teamReader(viewer: Viewer | null, context: ProgrammeContext, query: TeamListQuery) {
  const officer = await listScope(viewer, null);
  const allowed = officer === null ? null : new Set(officer);
  const communeIds = context.communes.map((c) => c.id).filter((id) => allowed === null || allowed.has(id));
  const from = Prisma.sql`
    FROM regions r LEFT JOIN commune_ocop_teams t ON t."regionId" = r.id
    WHERE ${inScope(Prisma.sql`r.id`, communeIds)} AND ${matchesWords(Prisma.sql`lower(unaccent(r.name))`, query.q)}`;
  const read: RowReader<CommuneTeamRow> = async (skip, take) => {
    const rows = await db.$queryRaw<{ regionId: string; name: string; teamId: string | null; establishedOn: Date | null; decisionNumber: string | null; members: string | null }[]>`
      SELECT r.id AS "regionId", r.name, t.id AS "teamId", t."establishedOn", t."decisionNumber", t.members
      ${from} ORDER BY ${teamOrder(query)} LIMIT ${take} OFFSET ${skip}`;
    return rows.map((row) => ({
      regionId: row.regionId,
      name: row.name,
      team: row.teamId && row.establishedOn ? { id: row.teamId, establishedOn: dateToDay(row.establishedOn), decisionNumber: row.decisionNumber ?? "", members: row.members ?? "" } : null,
    }));
  };
  return { read, count: () => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}` };
}

/** One page of the programme region's communes with their team, if any. */
export async function listCommuneTeams(viewer: Viewer | null, context: ProgrammeContext, query: TeamListQuery): Promise<Page<CommuneTeamRow>> {
  const { read, count } = await teamReader(viewer, context, query);
  return pageOfRows(query, read, count());
}

export async function exportCommuneTeams(viewer: Viewer | null, context: ProgrammeContext, query: TeamListQuery): Promise<RowReader<CommuneTeamRow>> {
  return (await teamReader(viewer, context, query)).read;
}

export async function getCommuneTeam(viewer: Viewer | null, regionId: string) {
  authorize(viewer, "programme.manage");
  const region = await db.region.findUnique({ where: { id: regionId }, select: { id: true, name: true, level: true, communeTeam: true } });
  if (!region || region.level !== "COMMUNE" || !(await inOfficerScope(viewer, { regionId }))) return null;
  const team = region.communeTeam;
  return { regionId: region.id, name: region.name, team: team && { ...team, establishedOn: dateToDay(team.establishedOn) } };
}

// ───────────────────────────── OCOP officers ─────────────────────────────

/**
 * By place of work (then name) by default, as the list always read; also by name, by the day they
 * started and by the day they were trained. Those with no such day come last whichever way the days go.
 */
export const STAFF_LIST = defineList({
  sorts: ["region", "name", "servingFrom", "trained"],
  defaultSort: "region",
  filters: { programme: ZSlug },
});

export type StaffListQuery = ListQuery<(typeof STAFF_LIST.sorts)[number], typeof STAFF_LIST.filters>;

export interface OcopStaffRow {
  id: string;
  name: string;
  position: string;
  regionName: string;
  servingFrom: IsoDay | null;
  servingUntil: IsoDay | null;
  trainedOn: IsoDay | null;
  training: string;
}

function staffOrder(query: StaffListQuery): Prisma.Sql {
  const dir = direction(query);
  if (query.sort === "name") return Prisma.sql`s.name ${dir}, s.id ${dir}`;
  if (query.sort === "servingFrom") return Prisma.sql`s."servingFrom" ${dir} NULLS LAST, s.name ASC, s.id ASC`;
  if (query.sort === "trained") return Prisma.sql`s."trainedOn" ${dir} NULLS LAST, s.name ASC, s.id ASC`;
  return Prisma.sql`r.name ${dir}, s.name ASC, s.id ASC`;
}

function staffReader(scope: RegionScope, query: StaffListQuery) {
  const from = Prisma.sql`
    FROM ocop_staff s JOIN regions r ON r.id = s."regionId"
    WHERE ${inScope(Prisma.sql`s."regionId"`, scope)} AND ${matchesWords(Prisma.sql`lower(unaccent(s.name))`, query.q)}`;
  const optional = (d: Date | null) => (d ? dateToDay(d) : null);
  const read: RowReader<OcopStaffRow> = async (skip, take) => {
    const rows = await db.$queryRaw<{ id: string; name: string; position: string; regionName: string; servingFrom: Date | null; servingUntil: Date | null; trainedOn: Date | null; training: string }[]>`
      SELECT s.id, s.name, s.position, r.name AS "regionName", s."servingFrom", s."servingUntil", s."trainedOn", s.training
      ${from} ORDER BY ${staffOrder(query)} LIMIT ${take} OFFSET ${skip}`;
    return rows.map((row) => ({ ...row, servingFrom: optional(row.servingFrom), servingUntil: optional(row.servingUntil), trainedOn: optional(row.trainedOn) }));
  };
  return { read, count: () => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}` };
}

export async function listOcopStaff(viewer: Viewer | null, programmeScope: RegionScope, query: StaffListQuery): Promise<Page<OcopStaffRow>> {
  const { read, count } = staffReader(await listScope(viewer, programmeScope), query);
  return pageOfRows(query, read, count());
}

export async function exportOcopStaff(viewer: Viewer | null, programmeScope: RegionScope, query: StaffListQuery): Promise<RowReader<OcopStaffRow>> {
  return staffReader(await listScope(viewer, programmeScope), query).read;
}

export async function getOcopStaff(viewer: Viewer | null, id: string) {
  authorize(viewer, "programme.manage");
  const s = await db.ocopStaff.findUnique({ where: { id } });
  if (!s || !(await inOfficerScope(viewer, { regionId: s.regionId }))) return null;
  const optional = (d: Date | null) => (d ? dateToDay(d) : null);
  return { ...s, servingFrom: optional(s.servingFrom), servingUntil: optional(s.servingUntil), trainedOn: optional(s.trainedOn) };
}

/** Where officers may serve within a scope: its communes and the areas (former districts) above them. */
export async function listStaffRegions(scope: RegionScope, day: IsoDay = clockToday()): Promise<RegionOption[]> {
  return scope === null ? [] : listRegionsInScope(scope, day, ["COMMUNE", "AREA", "DISTRICT", "PROVINCE"]);
}
