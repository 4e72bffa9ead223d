import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { IsoDay } from "@/lib/clock";
import { inScope, type RegionScope } from "@/server/regions/queries";

/*
 * The programme's figures are counted as of one day (today, or the last day of a past period) from
 * the records' own dates, never from when they were typed in: a decision signed on 20/12/2025 and
 * recorded in February 2026 counts on 31/12/2025; one signed on 05/01/2026 never does. These SQL
 * pieces hold that rule for certificates (docs/programme.md, "As of a day").
 */

/**
 * Certificate `c` was in force on `day`: decided by then, not yet expired, not revoked by then, and
 * not yet superseded by then. A superseded certificate stopped on the day of the decision that
 * superseded it (the linked one, or else the product's next decision); revocation on `revokedAt`
 * (a revocation with no date counts from always). Stars are not checked here.
 */
export function inForceSql(c: Prisma.Sql, day: IsoDay): Prisma.Sql {
  return Prisma.sql`(
    ${c}."decisionDate" <= ${day}::date AND ${c}."validUntil" >= ${day}::date
    AND (${c}.status <> 'REVOKED' OR (${c}."revokedAt" IS NOT NULL AND ${c}."revokedAt" > ${day}::date))
    AND (${c}.status <> 'SUPERSEDED' OR COALESCE(
      (SELECT n."decisionDate" FROM ocop_certificates n WHERE n.id = ${c}."supersededById"),
      (SELECT min(n."decisionDate") FROM ocop_certificates n WHERE n."productId" = ${c}."productId" AND n."decisionDate" > ${c}."decisionDate"),
      '-infinity'::date
    ) > ${day}::date)
  )`;
}

/** Certificate `c` was revoked on or before `day`. */
function revokedBySql(c: Prisma.Sql, day: IsoDay): Prisma.Sql {
  return Prisma.sql`(${c}.status = 'REVOKED' AND (${c}."revokedAt" IS NULL OR ${c}."revokedAt" <= ${day}::date))`;
}

/**
 * The OCOP products of a scope on `day`, one row per product: its badge certificate (the most stars
 * among its 3★+ certificates in force, the latest decision among equals). Use as a CTE body; columns
 * "productId", "producerId", stars, "certificateId", "decisionNumber", "decisionDate", "validUntil".
 * A product counts by its certificate alone: whether it is listed on the site, or its producer
 * suspended from selling here, does not change what the province recognised.
 */
export function certifiedProductsSql(scope: RegionScope, day: IsoDay): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (c."productId")
      c."productId", p."producerId", c.stars, c.id AS "certificateId", c."decisionNumber", c."decisionDate", c."validUntil"
    FROM ocop_certificates c
    JOIN products p ON p.id = c."productId"
    JOIN producers pr ON pr.id = p."producerId"
    WHERE c.stars >= 3 AND ${inScope(Prisma.sql`pr."regionId"`, scope)} AND ${inForceSql(Prisma.sql`c`, day)}
    ORDER BY c."productId", c.stars DESC, c."decisionDate" DESC`;
}

/**
 * Products of a scope whose history went from `from`★ to `to`★ within [start, end]: a decision at
 * `to` stars dated in the window (and not revoked by `end`) after an earlier decision at `from` stars
 * (any status: the lower one has usually been superseded). One row per product with the upgrade
 * decision ("certificateId" etc. of the first such decision in the window).
 */
export function upgradesSql(scope: RegionScope, from: number, to: number, start: IsoDay, end: IsoDay): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (up."productId")
      up."productId", p."producerId", up.stars, up.id AS "certificateId", up."decisionNumber", up."decisionDate", up."validUntil"
    FROM ocop_certificates up
    JOIN products p ON p.id = up."productId"
    JOIN producers pr ON pr.id = p."producerId"
    WHERE up.stars = ${to} AND up."decisionDate" BETWEEN ${start}::date AND ${end}::date
      AND ${inScope(Prisma.sql`pr."regionId"`, scope)}
      AND NOT ${revokedBySql(Prisma.sql`up`, end)}
      AND EXISTS (SELECT 1 FROM ocop_certificates lo WHERE lo."productId" = up."productId" AND lo.stars = ${from} AND lo."decisionDate" < up."decisionDate")
    ORDER BY up."productId", up."decisionDate"`;
}
