-- AlterTable
ALTER TABLE "ocop_certificates" ADD COLUMN     "categoryOnDecision" TEXT,
ADD COLUMN     "confirmedWarnings" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "correctedOn" DATE,
ADD COLUMN     "scanType" TEXT;

-- Hand-written: the legacy category belongs to the certificates issued before 24/02/2023 (148/QĐ-TTg
-- renamed the groups). A product's value goes to those certificates, or to its earliest certificate
-- when none is that old. A value on a product without any certificate describes no decision: it is
-- kept in the audit log rather than lost.
UPDATE "ocop_certificates" c SET "categoryOnDecision" = p."legacyCategory"
FROM "products" p
WHERE c."productId" = p."id" AND p."legacyCategory" IS NOT NULL AND c."decisionDate" < DATE '2023-02-24';

UPDATE "ocop_certificates" c SET "categoryOnDecision" = p."legacyCategory"
FROM "products" p
WHERE c."productId" = p."id" AND p."legacyCategory" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "ocop_certificates" o WHERE o."productId" = p."id" AND o."decisionDate" < DATE '2023-02-24')
  AND c."id" = (SELECT o."id" FROM "ocop_certificates" o WHERE o."productId" = p."id" ORDER BY o."decisionDate", o."createdAt", o."id" LIMIT 1);

INSERT INTO "audit_log" ("id", "actorId", "action", "entityType", "entityId", "before", "after", "createdAt")
SELECT 'migration-legacy-' || p."id", NULL, 'product.legacyCategory.moved', 'Product', p."id",
       jsonb_build_object('legacyCategory', p."legacyCategory"), NULL, now()
FROM "products" p
WHERE p."legacyCategory" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ocop_certificates" o WHERE o."productId" = p."id");

-- AlterTable
ALTER TABLE "products" DROP COLUMN "legacyCategory";

-- Hand-written: supersession follows decisions in time (lib/certificate-rules.ts, resolveSupersession).
-- Each decision not revoked is superseded by the product's next decision (by date, then by the order
-- recorded), and the newest stands. Rows recorded under the old rule (only fewer stars superseded,
-- whatever the dates) are put right. Successors are cleared first: supersededById is unique.
UPDATE "ocop_certificates" SET "supersededById" = NULL WHERE "supersededById" IS NOT NULL;

WITH ordered AS (
  SELECT "id", lead("id") OVER (PARTITION BY "productId" ORDER BY "decisionDate", "createdAt", "id") AS next_id
  FROM "ocop_certificates"
)
UPDATE "ocop_certificates" c
SET "status" = CASE WHEN o.next_id IS NULL THEN 'VALID'::"CertificateStatus" ELSE 'SUPERSEDED'::"CertificateStatus" END,
    "supersededById" = o.next_id
FROM ordered o
WHERE c."id" = o."id" AND c."status" <> 'REVOKED';
