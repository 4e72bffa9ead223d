-- AlterTable
ALTER TABLE "products" ADD COLUMN     "badgeStars" INTEGER,
ADD COLUMN     "badgeStarsUntil" DATE,
ADD COLUMN     "certifiedUntil" DATE;


-- Hand-written: the badge columns follow every write to ocop_certificates (the app's use cases, seeds,
-- bulk inserts and plain SQL alike), one UPDATE per statement through transition tables.
CREATE FUNCTION "x_products_badge_refresh"(product_ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "products" p
  SET "badgeStars" = b.stars, "badgeStarsUntil" = b.stars_until, "certifiedUntil" = b.certified_until
  FROM (
    SELECT x.id,
           (array_agg(c."stars" ORDER BY c."stars" DESC, c."validUntil" DESC))[1] AS stars,
           (array_agg(c."validUntil" ORDER BY c."stars" DESC, c."validUntil" DESC))[1] AS stars_until,
           max(c."validUntil") AS certified_until
    FROM unnest(product_ids) AS x(id)
    LEFT JOIN "ocop_certificates" c ON c."productId" = x.id AND c."status" = 'VALID' AND c."stars" >= 3
    GROUP BY x.id
  ) b
  WHERE p."id" = b.id
    AND (p."badgeStars", p."badgeStarsUntil", p."certifiedUntil") IS DISTINCT FROM (b.stars, b.stars_until, b.certified_until)
$$;

-- The migration engine splits scripts on every semicolon, quoted or not, so the PL/pgSQL body is an
-- escape string whose statement ends are written \073.
CREATE FUNCTION "x_certificates_badge_trigger"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM "x_products_badge_refresh"(ARRAY(SELECT DISTINCT "productId" FROM new_rows))\073
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM "x_products_badge_refresh"(ARRAY(SELECT DISTINCT "productId" FROM old_rows))\073
  ELSE
    PERFORM "x_products_badge_refresh"(ARRAY(SELECT "productId" FROM new_rows UNION SELECT "productId" FROM old_rows))\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "x_certificates_badge_insert" AFTER INSERT ON "ocop_certificates"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "x_certificates_badge_trigger"();
CREATE TRIGGER "x_certificates_badge_update" AFTER UPDATE ON "ocop_certificates"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "x_certificates_badge_trigger"();
CREATE TRIGGER "x_certificates_badge_delete" AFTER DELETE ON "ocop_certificates"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "x_certificates_badge_trigger"();

SELECT "x_products_badge_refresh"(ARRAY(SELECT DISTINCT "productId" FROM "ocop_certificates"));
