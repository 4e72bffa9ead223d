import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { addDays, today as clockToday, type IsoDay } from "@/lib/clock";
import {
  isProgrammeMetric,
  programmePeriod,
  STATE_METRICS,
  targetProgress,
  wholePercent,
  type ProgrammeMetric,
} from "@/lib/programme-figures";
import { db } from "@/server/infra/db";
import { currentCommuneSql, inScope, regionScope, type RegionScope } from "@/server/regions/queries";
import { certifiedProductsSql, inForceSql, upgradesSql } from "./as-of";
import { findProgramme, programmeSummary, type ProgrammeSummary } from "./programmes";

/*
 * A programme's figures, counted in SQL within its region (server/regions: the subtree plus the
 * pre-reform communes merged into it) as of one day: today while the period runs, its last day once
 * it has ended (then today's state is given beside the frozen one). Definitions: docs/programme.md.
 */

export const EXPIRY_WINDOW_DAYS = 90;

export interface CountRow {
  key: string;
  count: number;
}

export interface NamedCountRow extends CountRow {
  name: string;
  nameEn: string | null;
}

export interface SubgroupRow extends NamedCountRow {
  group: string | null;
  /** The resolution's own figure for this subgroup at the start of the period, when it gives one. */
  baseline: number | null;
}

export interface TargetFigure {
  id: string;
  metric: string;
  labelVi: string;
  labelEn: string;
  baseline: number;
  goal: number;
  goalMax: number | null;
  unit: string;
  /** The figure as of `asOf`; null when the metric key is not one the site computes. */
  value: number | null;
  /** For a past period and a state metric: the same figure today. Otherwise null. */
  today: number | null;
  percent: number;
  reached: boolean;
}

export interface ShareFigure {
  /** How many have it (complete commitments, a team, training). */
  count: number;
  /** Out of how many (OCOP producers, communes, serving officers). */
  of: number;
  percent: number;
}

/** What a programme's region looks like on one day. */
export interface StateFigures {
  certified: {
    total: number;
    byStars: CountRow[];
    byGroup: CountRow[];
    bySubgroup: SubgroupRow[];
    byCommune: NamedCountRow[];
    byYear: CountRow[];
  };
  tourismProducts: number;
  commitments: ShareFigure;
  communeTeams: ShareFigure;
  staffTrained: ShareFigure;
}

/** What happened in the region from the start of the period to the as-of day. */
export interface EventFigures {
  upgrades3To4: number;
  upgrades4To5: number;
  newOrganisations: { total: number; byLegalForm: CountRow[]; byKind: CountRow[] };
  stallsSupported: number;
  ideasByCommune: NamedCountRow[];
}

export interface ProgrammeFigures extends StateFigures, EventFigures {
  programme: ProgrammeSummary;
  /** The day the figures are counted on. */
  asOf: IsoDay;
  /** Today, in Vietnam. */
  today: IsoDay;
  /** The period has ended: the figures are frozen as of its last day (`asOf`). */
  frozen: boolean;
  targets: TargetFigure[];
  /** For a past period: the state today, beside the frozen one. Null while the period runs. */
  now: { certifiedTotal: number; tourismProducts: number; commitments: ShareFigure; communeTeams: ShareFigure; staffTrained: ShareFigure } | null;
  /** Certificates in force today whose last day is within 90 days (always today: it is work to do). */
  expiringSoon: number;
}

const share = (count: number, of: number): ShareFigure => ({ count, of, percent: wholePercent(count, of) });

/** Regions by id, for breakdown rows keyed by the region's slug. */
async function regionsById(ids: string[]): Promise<Map<string, { slug: string; name: string; nameEn: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.region.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true, nameEn: true } });
  return new Map(rows.map((row) => [row.id, { slug: row.slug, name: row.name, nameEn: row.nameEn }]));
}

function regionRows(cells: { key: string; count: number }[], regions: Map<string, { slug: string; name: string; nameEn: string | null }>): NamedCountRow[] {
  return byCountThenName(
    cells.flatMap((cell) => {
      const region = regions.get(cell.key);
      return region ? [{ key: region.slug, count: cell.count, name: region.name, nameEn: region.nameEn }] : [];
    }),
  );
}

function byCountThenName<T extends { count: number; name: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi"));
}

/** The region's OCOP products on `day`, broken down, and the shares of the programme's other state targets. */
async function stateFigures(scope: RegionScope, day: IsoDay, subgroupBaselines: ReadonlyMap<string, number> = new Map()): Promise<StateFigures> {
  const [cells, subgroups, commitments, teams, staff] = await Promise.all([
    db.$queryRaw<{ dim: string; key: string | null; count: number }[]>`
      WITH badge AS (${certifiedProductsSql(scope, day)}),
      facts AS (
        SELECT b.stars, p."group"::text AS "group", sg.code AS subgroup, ${currentCommuneSql(Prisma.sql`r`)} AS commune,
          extract(year FROM b."decisionDate")::int AS year
        FROM badge b
        JOIN products p ON p.id = b."productId"
        JOIN producers pr ON pr.id = p."producerId"
        JOIN regions r ON r.id = pr."regionId"
        LEFT JOIN subgroups sg ON sg.id = p."subgroupId"
      )
      SELECT
        CASE WHEN GROUPING(stars) = 0 THEN 'stars' WHEN GROUPING("group") = 0 THEN 'group' WHEN GROUPING(subgroup) = 0 THEN 'subgroup'
             WHEN GROUPING(commune) = 0 THEN 'commune' WHEN GROUPING(year) = 0 THEN 'year' ELSE 'total' END AS dim,
        COALESCE(stars::text, "group", subgroup, commune, year::text) AS key,
        count(*)::int AS count
      FROM facts
      GROUP BY GROUPING SETS ((stars), ("group"), (subgroup), (commune), (year), ())`,
    db.subgroup.findMany({ select: { id: true, code: true, group: true, nameVi: true, nameEn: true, position: true }, orderBy: [{ position: "asc" }, { code: "asc" }] }),
    db.$queryRaw<{ producers: number; complete: number }[]>`
      WITH badge AS (${certifiedProductsSql(scope, day)}),
      ocop AS (SELECT DISTINCT "producerId" FROM badge)
      SELECT count(*)::int AS producers,
        count(*) FILTER (WHERE (
          SELECT count(DISTINCT k.kind) FROM producer_commitments k WHERE k."producerId" = ocop."producerId" AND k."committedOn" <= ${day}::date
        ) = 5)::int AS complete
      FROM ocop`,
    db.$queryRaw<{ communes: number; withTeam: number }[]>`
      SELECT count(*)::int AS communes, count(t.id) FILTER (WHERE t."establishedOn" <= ${day}::date)::int AS "withTeam"
      FROM regions r LEFT JOIN commune_ocop_teams t ON t."regionId" = r.id
      WHERE r.level = 'COMMUNE' AND ${inScope(Prisma.sql`r.id`, scope)}
        AND (r."validFrom" IS NULL OR r."validFrom" <= ${day}::date) AND (r."validTo" IS NULL OR r."validTo" >= ${day}::date)`,
    db.$queryRaw<{ serving: number; trained: number }[]>`
      SELECT count(*)::int AS serving, count(*) FILTER (WHERE s."trainedOn" <= ${day}::date)::int AS trained
      FROM ocop_staff s
      WHERE ${inScope(Prisma.sql`s."regionId"`, scope)}
        AND (s."servingFrom" IS NULL OR s."servingFrom" <= ${day}::date) AND (s."servingUntil" IS NULL OR s."servingUntil" >= ${day}::date)`,
  ]);

  const dim = (name: string) => cells.filter((cell) => cell.dim === name);
  const total = dim("total")[0]?.count ?? 0;
  const byGroup = dim("group").map((c) => ({ key: c.key ?? "", count: c.count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

  const subgroupCounts = new Map(dim("subgroup").map((c) => [c.key ?? "", c.count]));
  const bySubgroup: SubgroupRow[] = [];
  for (const s of subgroups) {
    const count = subgroupCounts.get(s.code) ?? 0;
    const baseline = subgroupBaselines.get(s.code) ?? null;
    if (count > 0 || baseline !== null) bySubgroup.push({ key: s.code, name: s.nameVi, nameEn: s.nameEn, group: s.group, count, baseline });
  }
  const unclassified = subgroupCounts.get("") ?? 0;
  if (unclassified > 0) bySubgroup.push({ key: "", name: "", nameEn: null, group: null, count: unclassified, baseline: null });
  bySubgroup.sort((a, b) => b.count - a.count || (b.baseline ?? 0) - (a.baseline ?? 0) || a.name.localeCompare(b.name, "vi"));

  const communeCells = dim("commune").flatMap((c) => (c.key ? [{ key: c.key, count: c.count }] : []));
  const byCommune = regionRows(communeCells, await regionsById(communeCells.map((c) => c.key)));

  return {
    certified: {
      total,
      byStars: [3, 4, 5].map((stars) => ({ key: String(stars), count: dim("stars").find((c) => c.key === String(stars))?.count ?? 0 })),
      byGroup,
      bySubgroup,
      byCommune,
      byYear: dim("year").map((c) => ({ key: c.key ?? "", count: c.count })).sort((a, b) => a.key.localeCompare(b.key)),
    },
    tourismProducts: byGroup.find((row) => row.key === "TOURISM")?.count ?? 0,
    commitments: share(commitments[0]?.complete ?? 0, commitments[0]?.producers ?? 0),
    communeTeams: share(teams[0]?.withTeam ?? 0, teams[0]?.communes ?? 0),
    staffTrained: share(staff[0]?.trained ?? 0, staff[0]?.serving ?? 0),
  };
}

/** Events in the region between `start` and `asOf` (nothing when `asOf` is before `start`). */
async function eventFigures(scope: RegionScope, start: IsoDay, asOf: IsoDay): Promise<EventFigures> {
  const [up34, up45, organisations, stalls, ideas] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${upgradesSql(scope, 3, 4, start, asOf)}) u`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${upgradesSql(scope, 4, 5, start, asOf)}) u`,
    db.$queryRaw<{ legalForm: string | null; kind: string | null; count: number }[]>`
      SELECT o."legalForm"::text AS "legalForm", o.kind::text AS kind, count(DISTINCT COALESCE(o."producerId", o.id))::int AS count
      FROM organisation_changes o
      WHERE ${inScope(Prisma.sql`o."regionId"`, scope)} AND o."changedOn" BETWEEN ${start}::date AND ${asOf}::date
      GROUP BY GROUPING SETS ((o."legalForm"), (o.kind), ())`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT s."producerId")::int AS n
      FROM stall_supports s JOIN producers pr ON pr.id = s."producerId"
      WHERE ${inScope(Prisma.sql`pr."regionId"`, scope)} AND s."supportedOn" BETWEEN ${start}::date AND ${asOf}::date`,
    db.$queryRaw<{ commune: string; count: number }[]>`
      SELECT ${currentCommuneSql(Prisma.sql`r`)} AS commune, count(*)::int AS count
      FROM product_ideas i JOIN regions r ON r.id = i."regionId"
      WHERE ${inScope(Prisma.sql`i."regionId"`, scope)}
        AND (i."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN ${start}::date AND ${asOf}::date
      GROUP BY 1`,
  ]);
  const ideaCells = ideas.map((row) => ({ key: row.commune, count: row.count }));
  const total = organisations.find((row) => row.legalForm === null && row.kind === null)?.count ?? 0;
  return {
    upgrades3To4: up34[0]?.n ?? 0,
    upgrades4To5: up45[0]?.n ?? 0,
    newOrganisations: {
      total,
      byLegalForm: organisations.flatMap((row) => (row.legalForm ? [{ key: row.legalForm, count: row.count }] : [])).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      byKind: organisations.flatMap((row) => (row.kind ? [{ key: row.kind, count: row.count }] : [])).sort((a, b) => a.key.localeCompare(b.key)),
    },
    stallsSupported: stalls[0]?.n ?? 0,
    ideasByCommune: regionRows(ideaCells, await regionsById(ideaCells.map((c) => c.key))),
  };
}

async function expiringSoon(scope: RegionScope, day: IsoDay): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n
    FROM ocop_certificates c JOIN products p ON p.id = c."productId" JOIN producers pr ON pr.id = p."producerId"
    WHERE c.stars >= 3 AND ${inScope(Prisma.sql`pr."regionId"`, scope)} AND ${inForceSql(Prisma.sql`c`, day)}
      AND c."validUntil" <= ${addDays(day, EXPIRY_WINDOW_DAYS)}::date`;
  return rows[0]?.n ?? 0;
}

function metricValues(state: StateFigures, events: EventFigures): Record<ProgrammeMetric, number> {
  return {
    products_3star_plus: state.certified.total,
    tourism_products: state.tourismProducts,
    upgrades_3_to_4: events.upgrades3To4,
    upgrades_4_to_5: events.upgrades4To5,
    new_economic_organisations: events.newOrganisations.total,
    stalls_supported: events.stallsSupported,
    producers_all_commitments: state.commitments.percent,
    communes_with_team: state.communeTeams.percent,
    staff_trained: state.staffTrained.percent,
  };
}

/**
 * All figures of one programme (by slug; without one, the programme `/programme` shows) on `today`.
 * Null when there is no such programme. Public data: no viewer needed.
 */
export async function computeProgrammeFigures(slug: string | null = null, today: IsoDay = clockToday()): Promise<ProgrammeFigures | null> {
  const programme = await findProgramme(slug);
  if (!programme) return null;
  const period = programmePeriod(programme.startYear, programme.endYear, today);
  const scope = await regionScope(programme.regionId);
  const baselines = new Map(programme.subgroupBaselines.map((row) => [row.subgroup.code, row.count]));

  const [state, events, stateToday, expiring] = await Promise.all([
    stateFigures(scope, period.asOf, baselines),
    eventFigures(scope, period.start, period.asOf),
    period.frozen ? stateFigures(scope, today) : Promise.resolve(null),
    expiringSoon(scope, today),
  ]);

  const values = metricValues(state, events);
  const valuesToday = stateToday ? metricValues(stateToday, events) : null;
  const targets: TargetFigure[] = programme.targets.map((target) => {
    const known = isProgrammeMetric(target.metric);
    const value = known ? values[target.metric as ProgrammeMetric] : null;
    const todayValue = known && valuesToday && STATE_METRICS.includes(target.metric as ProgrammeMetric) ? valuesToday[target.metric as ProgrammeMetric] : null;
    return {
      id: target.id,
      metric: target.metric,
      labelVi: target.labelVi,
      labelEn: target.labelEn,
      baseline: target.baseline,
      goal: target.goal,
      goalMax: target.goalMax,
      unit: target.unit,
      value,
      today: todayValue,
      ...(value === null ? { percent: 0, reached: false } : targetProgress(target.baseline, value, target.goal)),
    };
  });

  return {
    programme: programmeSummary(programme),
    asOf: period.asOf,
    today,
    frozen: period.frozen,
    targets,
    ...state,
    ...events,
    now: stateToday && {
      certifiedTotal: stateToday.certified.total,
      tourismProducts: stateToday.tourismProducts,
      commitments: stateToday.commitments,
      communeTeams: stateToday.communeTeams,
      staffTrained: stateToday.staffTrained,
    },
    expiringSoon: expiring,
  };
}
