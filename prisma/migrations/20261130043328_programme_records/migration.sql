-- CreateEnum
CREATE TYPE "OrganisationChangeKind" AS ENUM ('FOUNDED', 'REFORMED');

-- AlterTable
ALTER TABLE "regions" ADD COLUMN     "mergedIntoId" TEXT;

-- CreateTable
CREATE TABLE "programme_subgroup_baselines" (
    "programmeId" TEXT NOT NULL,
    "subgroupId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "programme_subgroup_baselines_pkey" PRIMARY KEY ("programmeId","subgroupId")
);

-- CreateTable
CREATE TABLE "stall_supports" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "supportedOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "amountVnd" INTEGER,
    "reference" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "stall_supports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation_changes" (
    "id" TEXT NOT NULL,
    "kind" "OrganisationChangeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "legalForm" "LegalForm" NOT NULL,
    "changedOn" DATE NOT NULL,
    "regionId" TEXT NOT NULL,
    "producerId" TEXT,
    "registrationNumber" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organisation_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commune_ocop_teams" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "establishedOn" DATE NOT NULL,
    "decisionNumber" TEXT NOT NULL DEFAULT '',
    "members" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commune_ocop_teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ocop_staff" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL DEFAULT '',
    "regionId" TEXT NOT NULL,
    "servingFrom" DATE,
    "servingUntil" DATE,
    "trainedOn" DATE,
    "training" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ocop_staff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stall_supports_producerId_idx" ON "stall_supports"("producerId");

-- CreateIndex
CREATE INDEX "stall_supports_supportedOn_idx" ON "stall_supports"("supportedOn");

-- CreateIndex
CREATE INDEX "organisation_changes_regionId_changedOn_idx" ON "organisation_changes"("regionId", "changedOn");

-- CreateIndex
CREATE INDEX "organisation_changes_producerId_idx" ON "organisation_changes"("producerId");

-- CreateIndex
CREATE UNIQUE INDEX "commune_ocop_teams_regionId_key" ON "commune_ocop_teams"("regionId");

-- CreateIndex
CREATE INDEX "ocop_staff_regionId_idx" ON "ocop_staff"("regionId");

-- CreateIndex
CREATE INDEX "regions_mergedIntoId_idx" ON "regions"("mergedIntoId");

-- CreateIndex
CREATE INDEX "programmes_regionId_idx" ON "programmes"("regionId");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_subgroup_baselines" ADD CONSTRAINT "programme_subgroup_baselines_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_subgroup_baselines" ADD CONSTRAINT "programme_subgroup_baselines_subgroupId_fkey" FOREIGN KEY ("subgroupId") REFERENCES "subgroups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stall_supports" ADD CONSTRAINT "stall_supports_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stall_supports" ADD CONSTRAINT "stall_supports_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_changes" ADD CONSTRAINT "organisation_changes_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_changes" ADD CONSTRAINT "organisation_changes_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "producers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_changes" ADD CONSTRAINT "organisation_changes_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commune_ocop_teams" ADD CONSTRAINT "commune_ocop_teams_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commune_ocop_teams" ADD CONSTRAINT "commune_ocop_teams_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ocop_staff" ADD CONSTRAINT "ocop_staff_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ocop_staff" ADD CONSTRAINT "ocop_staff_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (docs/development.md).
ALTER TABLE "stall_supports" ADD CONSTRAINT "x_stall_supports_amount_nonnegative" CHECK ("amountVnd" IS NULL OR "amountVnd" >= 0);
ALTER TABLE "ocop_staff" ADD CONSTRAINT "x_ocop_staff_serving_ordered" CHECK ("servingFrom" IS NULL OR "servingUntil" IS NULL OR "servingUntil" >= "servingFrom");
ALTER TABLE "programme_subgroup_baselines" ADD CONSTRAINT "x_programme_subgroup_baselines_count_nonnegative" CHECK ("count" >= 0);

-- "Showrooms supported" counted approved fair booths. The target the resolution sets is support for
-- producers' own display and sales stalls, recorded by officers, under a new metric key.
UPDATE "programme_targets" SET "metric" = 'stalls_supported' WHERE "metric" = 'showrooms_supported';
