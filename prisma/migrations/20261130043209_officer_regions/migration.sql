-- AlterTable
ALTER TABLE "users" ADD COLUMN     "regionId" TEXT;

-- AlterTable
ALTER TABLE "fairs" ADD COLUMN     "regionId" TEXT;

-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "regionId" TEXT;

-- CreateIndex
CREATE INDEX "users_regionId_idx" ON "users"("regionId");

-- CreateIndex
CREATE INDEX "fairs_regionId_idx" ON "fairs"("regionId");

-- CreateIndex
CREATE INDEX "audit_log_regionId_createdAt_idx" ON "audit_log"("regionId", "createdAt");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Existing audit entries get the region of what they concern, where it can be told from the data.
UPDATE "audit_log" a SET "regionId" = p."regionId" FROM "producers" p WHERE a."entityType" = 'Producer' AND a."entityId" = p."id";
UPDATE "audit_log" a SET "regionId" = p."regionId" FROM "products" x JOIN "producers" p ON p."id" = x."producerId" WHERE a."entityType" = 'Product' AND a."entityId" = x."id";
UPDATE "audit_log" a SET "regionId" = p."regionId" FROM "ocop_certificates" c JOIN "producers" p ON p."id" = c."producerId" WHERE a."entityType" = 'OcopCertificate' AND a."entityId" = c."id";
UPDATE "audit_log" a SET "regionId" = i."regionId" FROM "product_ideas" i WHERE a."entityType" = 'ProductIdea' AND a."entityId" = i."id";
UPDATE "audit_log" a SET "regionId" = p."regionId" FROM "users" u JOIN "producers" p ON p."id" = u."producerId" WHERE a."entityType" = 'User' AND a."entityId" = u."id";
UPDATE "audit_log" a SET "regionId" = g."regionId" FROM "programmes" g WHERE a."entityType" = 'Programme' AND a."entityId" = g."id";
UPDATE "audit_log" a SET "regionId" = g."regionId" FROM "programme_targets" t JOIN "programmes" g ON g."id" = t."programmeId" WHERE a."entityType" = 'ProgrammeTarget' AND a."entityId" = t."id";
