-- CreateEnum
CREATE TYPE "PhotoReview" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "StockMovementKind" AS ENUM ('INITIAL', 'RECEIVED', 'DAMAGED', 'STOCKTAKE', 'CORRECTION');

-- AlterTable
ALTER TABLE "producers" ADD COLUMN     "pendingRevision" JSONB,
ADD COLUMN     "revisionRejectionReason" TEXT,
ADD COLUMN     "revisionSubmittedAt" TIMESTAMP(3),
ADD COLUMN     "taxCode" TEXT;

-- AlterTable
ALTER TABLE "producer_images" ADD COLUMN     "review" "PhotoReview" NOT NULL DEFAULT 'PENDING';

-- AlterTable
ALTER TABLE "products" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "product_images" ADD COLUMN     "review" "PhotoReview" NOT NULL DEFAULT 'PENDING';

-- CreateTable
CREATE TABLE "stock_movements" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "kind" "StockMovementKind" NOT NULL,
    "delta" INTEGER NOT NULL,
    "stockAfter" INTEGER NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stock_movements_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stock_movements_productId_createdAt_idx" ON "stock_movements"("productId", "createdAt");

-- AddForeignKey
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written below.

-- Photos already on the site were public before photos were reviewed: they stay public.
UPDATE "product_images" SET "review" = 'APPROVED';
UPDATE "producer_images" SET "review" = 'APPROVED';

-- Stock never goes below zero through an adjustment either.
ALTER TABLE "stock_movements" ADD CONSTRAINT "x_stock_movements_after_nonnegative" CHECK ("stockAfter" >= 0);

-- Line breaks as LF everywhere (browsers post CRLF), so untouched text compares equal in review.
UPDATE "products" SET "descriptionVi" = replace("descriptionVi", E'\r\n', E'\n') WHERE "descriptionVi" LIKE E'%\r%';
UPDATE "products" SET "descriptionEn" = replace("descriptionEn", E'\r\n', E'\n') WHERE "descriptionEn" LIKE E'%\r%';
UPDATE "producers" SET "storyVi" = replace("storyVi", E'\r\n', E'\n') WHERE "storyVi" LIKE E'%\r%';
UPDATE "producers" SET "storyEn" = replace("storyEn", E'\r\n', E'\n') WHERE "storyEn" LIKE E'%\r%';

-- GTINs are stored as GTIN-14. Where one product already holds the 14-digit form of another's shorter
-- GTIN, the two were one GTIN on two products: the shorter copy is cleared and the clearing recorded
-- in the audit log (with the value), so an officer can see it and nothing is lost silently.
INSERT INTO "audit_log" ("id", "actorId", "action", "entityType", "entityId", "before", "after", "createdAt")
SELECT gen_random_uuid()::text, NULL, 'product.gtin.duplicateCleared', 'Product', p."id",
       jsonb_build_object('gtin', p."gtin"), jsonb_build_object('gtin', NULL), CURRENT_TIMESTAMP
FROM "products" p
WHERE p."gtin" IS NOT NULL AND length(p."gtin") < 14
  AND EXISTS (SELECT 1 FROM "products" o WHERE o."id" <> p."id" AND lpad(o."gtin", 14, '0') = lpad(p."gtin", 14, '0') AND (length(o."gtin") = 14 OR o."id" < p."id"));
UPDATE "products" p SET "gtin" = NULL
WHERE p."gtin" IS NOT NULL AND length(p."gtin") < 14
  AND EXISTS (SELECT 1 FROM "products" o WHERE o."id" <> p."id" AND lpad(o."gtin", 14, '0') = lpad(p."gtin", 14, '0') AND (length(o."gtin") = 14 OR o."id" < p."id"));
UPDATE "products" SET "gtin" = lpad("gtin", 14, '0') WHERE "gtin" IS NOT NULL AND length("gtin") < 14;
ALTER TABLE "products" ADD CONSTRAINT "x_products_gtin_14_digits" CHECK ("gtin" IS NULL OR "gtin" ~ '^[0-9]{14}$');

-- Lot codes are trimmed and upper-cased on every write. Existing ones are normalised where that does
-- not collide with another lot of the same product (such pairs are left for the producer to resolve).
UPDATE "batches" b SET "lotCode" = upper(btrim(b."lotCode"))
WHERE b."lotCode" <> upper(btrim(b."lotCode"))
  AND NOT EXISTS (SELECT 1 FROM "batches" o WHERE o."productId" = b."productId" AND o."id" <> b."id" AND upper(btrim(o."lotCode")) = upper(btrim(b."lotCode")));
