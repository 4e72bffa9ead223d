-- AlterTable
ALTER TABLE "fairs" ADD COLUMN     "address" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "closesAt" TEXT,
ADD COLUMN     "directionsEn" TEXT,
ADD COLUMN     "directionsVi" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "hoursNoteEn" TEXT,
ADD COLUMN     "hoursNoteVi" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "opensAt" TEXT;


-- Daily hours are both set or both empty, each HH:MM on a 24-hour clock, closing after opening.
-- IS NOT NULL spelled out: a CHECK whose expression is NULL passes.
ALTER TABLE "fairs" ADD CONSTRAINT "x_fairs_hours_ordered" CHECK (
  ("opensAt" IS NULL AND "closesAt" IS NULL)
  OR ("opensAt" IS NOT NULL AND "closesAt" IS NOT NULL AND "opensAt" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "closesAt" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "closesAt" > "opensAt")
);
