import { queryRows } from "./pg-admin";

/**
 * Products whose stored badge columns (Product.badgeStars and its two dates) give other stars on one of
 * `days` than the certificates themselves (the highest VALID 3★+ certificate still valid that day),
 * read the way the catalogue reads them: the stored stars while their date holds, none after the last
 * date, and the certificates in between.
 */
export async function badgeMismatches(days: readonly string[]): Promise<{ id: string; day: string; stored: number | null; actual: number | null }[]> {
  return queryRows(
    process.env.DATABASE_URL!,
    `SELECT p.id, d.day::text AS day, s.stored, a.actual
     FROM products p CROSS JOIN unnest($1::date[]) AS d(day)
     CROSS JOIN LATERAL (SELECT max(c.stars) AS actual FROM ocop_certificates c
                         WHERE c."productId" = p.id AND c.status = 'VALID' AND c.stars >= 3 AND c."validUntil" >= d.day) a
     CROSS JOIN LATERAL (SELECT CASE WHEN p."badgeStarsUntil" >= d.day THEN p."badgeStars"
                                     WHEN p."certifiedUntil" >= d.day THEN a.actual END AS stored) s
     WHERE s.stored IS DISTINCT FROM a.actual`,
    [days],
  );
}
