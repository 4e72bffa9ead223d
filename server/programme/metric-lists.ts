import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { addDays, dateToDay, today as clockToday, type IsoDay } from "@/lib/clock";
import { PROGRAMME_METRICS, programmePeriod } from "@/lib/programme-figures";
import { db } from "@/server/infra/db";
import { currentCommuneSql, inScope, regionScope, type RegionScope } from "@/server/regions/queries";
import { certifiedProductsSql, inForceSql, upgradesSql } from "./as-of";
import { EXPIRY_WINDOW_DAYS } from "./figures";
import { findProgramme, programmeSummary, type ProgrammeSummary } from "./programmes";

/*
 * The rows behind each figure, one page at a time, counted exactly as the figure is (same SQL pieces,
 * same day): a national-scale region lists thousands of products, so lists paginate in SQL.
 */

/** A list behind every figure of the programme, and the certificates ending soon (the dashboard's warning). */
const LIST_KINDS = [...PROGRAMME_METRICS, "certificates_expiring"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export function isListKind(value: string): value is ListKind {
  return (LIST_KINDS as readonly string[]).includes(value);
}

const LIST_PAGE_SIZE = 50;

export interface ListFilters {
  stars?: number;
  group?: string;
  subgroup?: string;
  /** A current commune's slug (records at pre-reform communes merged into it included). */
  commune?: string;
  year?: number;
  legalForm?: string;
  kind?: string;
}

export interface ProductListRow {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  /** Listed publicly (published, active producer): the row may link to the product page. */
  listed: boolean;
  producerName: string;
  communeName: string;
  stars: number;
  decisionNumber: string;
  decisionDate: IsoDay;
  validUntil: IsoDay;
}

export interface OrganisationListRow {
  id: string;
  name: string;
  legalForm: string;
  kind: string;
  changedOn: IsoDay;
  communeName: string;
  producerSlug: string | null;
}

export interface ProducerListRow {
  slug: string;
  name: string;
  legalForm: string;
  communeName: string;
  /** Stalls: the latest support in the period; commitments: the day the fifth commitment was made. */
  day: IsoDay;
  /** Stalls: where the latest supported stall is. */
  place: string | null;
  /** Stalls: how many supports in the period. */
  times: number | null;
}

export interface CommuneListRow {
  slug: string;
  name: string;
  nameEn: string | null;
  /** The day its OCOP team was established, when it had one on the as-of day. */
  teamSince: IsoDay | null;
  decisionNumber: string | null;
}

export interface StaffListRow {
  regionSlug: string;
  regionName: string;
  regionNameEn: string | null;
  serving: number;
  trained: number;
}

type Rows =
  | { kind: "products"; rows: ProductListRow[] }
  | { kind: "organisations"; rows: OrganisationListRow[] }
  | { kind: "producers"; rows: ProducerListRow[] }
  | { kind: "communes"; rows: CommuneListRow[] }
  | { kind: "staff"; rows: StaffListRow[] };

export type MetricList = Rows & {
  programme: ProgrammeSummary;
  asOf: IsoDay;
  frozen: boolean;
  total: number;
  page: number;
  pageSize: number;
  /** The commune filter's name, when it names one. */
  communeName: string | null;
};

const where = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty);
const offset = (page: number) => (page - 1) * LIST_PAGE_SIZE;

async function productRows(selection: Prisma.Sql, filters: ListFilters, page: number) {
  const conditions: Prisma.Sql[] = [];
  if (filters.stars !== undefined) conditions.push(Prisma.sql`b.stars = ${filters.stars}`);
  if (filters.group) conditions.push(Prisma.sql`p."group"::text = ${filters.group}`);
  if (filters.subgroup) conditions.push(Prisma.sql`sg.code = ${filters.subgroup}`);
  if (filters.commune) conditions.push(Prisma.sql`cr.slug = ${filters.commune}`);
  if (filters.year !== undefined) conditions.push(Prisma.sql`extract(year FROM b."decisionDate")::int = ${filters.year}`);
  const from = Prisma.sql`
    FROM sel b
    JOIN products p ON p.id = b."productId"
    JOIN producers pr ON pr.id = p."producerId"
    JOIN regions r ON r.id = pr."regionId"
    JOIN regions cr ON cr.id = ${currentCommuneSql(Prisma.sql`r`)}
    LEFT JOIN subgroups sg ON sg.id = p."subgroupId"
    ${where(conditions)}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<
      { slug: string; nameVi: string; nameEn: string | null; listed: boolean; producerName: string; communeName: string; stars: number; decisionNumber: string; decisionDate: Date; validUntil: Date }[]
    >`
      WITH sel AS (${selection})
      SELECT p.slug, p."nameVi", p."nameEn", (p.status = 'PUBLISHED' AND pr.status = 'ACTIVE') AS listed, pr.name AS "producerName",
        cr.name AS "communeName", b.stars, b."decisionNumber", b."decisionDate", b."validUntil"
      ${from}
      ORDER BY p."nameVi", p.id
      LIMIT ${LIST_PAGE_SIZE} OFFSET ${offset(page)}`,
    db.$queryRaw<{ n: number }[]>`WITH sel AS (${selection}) SELECT count(*)::int AS n ${from}`,
  ]);
  return {
    kind: "products" as const,
    rows: rows.map((row) => ({ ...row, decisionDate: dateToDay(row.decisionDate), validUntil: dateToDay(row.validUntil) })),
    total: count[0]?.n ?? 0,
  };
}

function expiringSql(scope: RegionScope, day: IsoDay): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (c."productId")
      c."productId", p."producerId", c.stars, c.id AS "certificateId", c."decisionNumber", c."decisionDate", c."validUntil"
    FROM ocop_certificates c JOIN products p ON p.id = c."productId" JOIN producers pr ON pr.id = p."producerId"
    WHERE c.stars >= 3 AND ${inScope(Prisma.sql`pr."regionId"`, scope)} AND ${inForceSql(Prisma.sql`c`, day)}
      AND c."validUntil" <= ${addDays(day, EXPIRY_WINDOW_DAYS)}::date
    ORDER BY c."productId", c."validUntil"`;
}

async function organisationRows(scope: RegionScope, start: IsoDay, asOf: IsoDay, filters: ListFilters, page: number) {
  const conditions = [
    inScope(Prisma.sql`o."regionId"`, scope),
    Prisma.sql`o."changedOn" BETWEEN ${start}::date AND ${asOf}::date`,
    ...(filters.legalForm ? [Prisma.sql`o."legalForm"::text = ${filters.legalForm}`] : []),
    ...(filters.kind ? [Prisma.sql`o.kind::text = ${filters.kind}`] : []),
    ...(filters.commune ? [Prisma.sql`cr.slug = ${filters.commune}`] : []),
  ];
  const from = Prisma.sql`
    FROM organisation_changes o
    JOIN regions r ON r.id = o."regionId"
    JOIN regions cr ON cr.id = ${currentCommuneSql(Prisma.sql`r`)}
    LEFT JOIN producers pr ON pr.id = o."producerId"
    ${where(conditions)}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; legalForm: string; kind: string; changedOn: Date; communeName: string; producerSlug: string | null }[]>`
      SELECT o.id, o.name, o."legalForm"::text AS "legalForm", o.kind::text AS kind, o."changedOn", cr.name AS "communeName", pr.slug AS "producerSlug"
      ${from}
      ORDER BY o."changedOn" DESC, o.name, o.id
      LIMIT ${LIST_PAGE_SIZE} OFFSET ${offset(page)}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}`,
  ]);
  return { kind: "organisations" as const, rows: rows.map((row) => ({ ...row, changedOn: dateToDay(row.changedOn) })), total: count[0]?.n ?? 0 };
}

async function producerRows(selection: Prisma.Sql, filters: ListFilters, page: number) {
  const conditions = [
    ...(filters.legalForm ? [Prisma.sql`pr."legalForm"::text = ${filters.legalForm}`] : []),
    ...(filters.commune ? [Prisma.sql`cr.slug = ${filters.commune}`] : []),
  ];
  const from = Prisma.sql`
    FROM sel s
    JOIN producers pr ON pr.id = s."producerId"
    JOIN regions r ON r.id = pr."regionId"
    JOIN regions cr ON cr.id = ${currentCommuneSql(Prisma.sql`r`)}
    ${where(conditions)}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; legalForm: string; communeName: string; day: Date; place: string | null; times: number | null }[]>`
      WITH sel AS (${selection})
      SELECT pr.slug, pr.name, pr."legalForm"::text AS "legalForm", cr.name AS "communeName", s.day, s.place, s.times
      ${from}
      ORDER BY pr.name, pr.id
      LIMIT ${LIST_PAGE_SIZE} OFFSET ${offset(page)}`,
    db.$queryRaw<{ n: number }[]>`WITH sel AS (${selection}) SELECT count(*)::int AS n ${from}`,
  ]);
  return { kind: "producers" as const, rows: rows.map((row) => ({ ...row, day: dateToDay(row.day) })), total: count[0]?.n ?? 0 };
}

/** Producers supported in [start, asOf], with their latest support. */
function stallsSql(scope: RegionScope, start: IsoDay, asOf: IsoDay): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (s."producerId") s."producerId", s."supportedOn" AS day, s.place,
      (count(*) OVER (PARTITION BY s."producerId"))::int AS times
    FROM stall_supports s JOIN producers pr ON pr.id = s."producerId"
    WHERE ${inScope(Prisma.sql`pr."regionId"`, scope)} AND s."supportedOn" BETWEEN ${start}::date AND ${asOf}::date
    ORDER BY s."producerId", s."supportedOn" DESC, s.id`;
}

/** OCOP producers on `day` with all five commitments made by then, and the day the last one was made. */
function committedSql(scope: RegionScope, day: IsoDay): Prisma.Sql {
  return Prisma.sql`
    SELECT k."producerId", max(k."committedOn") AS day, NULL::text AS place, NULL::int AS times
    FROM producer_commitments k
    WHERE k."committedOn" <= ${day}::date AND k."producerId" IN (SELECT b."producerId" FROM (${certifiedProductsSql(scope, day)}) b)
    GROUP BY k."producerId"
    HAVING count(DISTINCT k.kind) = 5`;
}

async function communeRows(scope: RegionScope, day: IsoDay, filters: ListFilters, page: number) {
  const conditions = [
    Prisma.sql`r.level = 'COMMUNE'`,
    inScope(Prisma.sql`r.id`, scope),
    Prisma.sql`(r."validFrom" IS NULL OR r."validFrom" <= ${day}::date) AND (r."validTo" IS NULL OR r."validTo" >= ${day}::date)`,
    ...(filters.commune ? [Prisma.sql`r.slug = ${filters.commune}`] : []),
  ];
  const from = Prisma.sql`FROM regions r LEFT JOIN commune_ocop_teams t ON t."regionId" = r.id AND t."establishedOn" <= ${day}::date ${where(conditions)}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; nameEn: string | null; teamSince: Date | null; decisionNumber: string | null }[]>`
      SELECT r.slug, r.name, r."nameEn", t."establishedOn" AS "teamSince", t."decisionNumber"
      ${from}
      ORDER BY r.name, r.id
      LIMIT ${LIST_PAGE_SIZE} OFFSET ${offset(page)}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}`,
  ]);
  return {
    kind: "communes" as const,
    rows: rows.map((row) => ({ ...row, teamSince: row.teamSince && dateToDay(row.teamSince) })),
    total: count[0]?.n ?? 0,
  };
}

/** Serving and trained officers per region: counts only, no names (they are people, not open data). */
async function staffRows(scope: RegionScope, day: IsoDay, filters: ListFilters, page: number) {
  const conditions = [
    inScope(Prisma.sql`s."regionId"`, scope),
    Prisma.sql`(s."servingFrom" IS NULL OR s."servingFrom" <= ${day}::date) AND (s."servingUntil" IS NULL OR s."servingUntil" >= ${day}::date)`,
    ...(filters.commune ? [Prisma.sql`r.slug = ${filters.commune}`] : []),
  ];
  const grouped = Prisma.sql`
    SELECT r.slug AS "regionSlug", r.name AS "regionName", r."nameEn" AS "regionNameEn",
      count(*)::int AS serving, count(*) FILTER (WHERE s."trainedOn" <= ${day}::date)::int AS trained
    FROM ocop_staff s JOIN regions r ON r.id = s."regionId"
    ${where(conditions)}
    GROUP BY r.id, r.slug, r.name, r."nameEn"`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<StaffListRow[]>`${grouped} ORDER BY r.name, r.id LIMIT ${LIST_PAGE_SIZE} OFFSET ${offset(page)}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${grouped}) g`,
  ]);
  return { kind: "staff" as const, rows, total: count[0]?.n ?? 0 };
}

/**
 * One page of what a figure counts, for a programme (by slug; without one, the programme `/programme`
 * shows), counted on the figure's own day. Null when there is no such programme.
 */
export async function listMetricEntries(
  slug: string | null,
  kind: ListKind,
  filters: ListFilters = {},
  page = 1,
  today: IsoDay = clockToday(),
): Promise<MetricList | null> {
  const programme = await findProgramme(slug);
  if (!programme) return null;
  const { start, asOf, frozen } = programmePeriod(programme.startYear, programme.endYear, today);
  const scope = await regionScope(programme.regionId);

  let result: Rows & { total: number };
  switch (kind) {
    case "products_3star_plus":
      result = await productRows(certifiedProductsSql(scope, asOf), filters, page);
      break;
    case "tourism_products":
      result = await productRows(certifiedProductsSql(scope, asOf), { ...filters, group: "TOURISM" }, page);
      break;
    case "upgrades_3_to_4":
      result = await productRows(upgradesSql(scope, 3, 4, start, asOf), filters, page);
      break;
    case "upgrades_4_to_5":
      result = await productRows(upgradesSql(scope, 4, 5, start, asOf), filters, page);
      break;
    case "certificates_expiring":
      result = await productRows(expiringSql(scope, today), filters, page);
      break;
    case "new_economic_organisations":
      result = await organisationRows(scope, start, asOf, filters, page);
      break;
    case "stalls_supported":
      result = await producerRows(stallsSql(scope, start, asOf), filters, page);
      break;
    case "producers_all_commitments":
      result = await producerRows(committedSql(scope, asOf), filters, page);
      break;
    case "communes_with_team":
      result = await communeRows(scope, asOf, filters, page);
      break;
    case "staff_trained":
      result = await staffRows(scope, asOf, filters, page);
      break;
  }

  const communeName = filters.commune ? ((await db.region.findUnique({ where: { slug: filters.commune }, select: { name: true } }))?.name ?? null) : null;
  return {
    ...result,
    programme: programmeSummary(programme),
    asOf: kind === "certificates_expiring" ? today : asOf,
    frozen: kind === "certificates_expiring" ? false : frozen,
    page,
    pageSize: LIST_PAGE_SIZE,
    communeName,
  };
}
