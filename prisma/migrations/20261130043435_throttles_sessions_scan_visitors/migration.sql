-- AlterTable
ALTER TABLE "users" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- DropTable
DROP TABLE "rate_limits";

-- CreateTable
CREATE TABLE "throttles" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowEndsAt" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "throttles_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "scan_visitors" (
    "batchId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "visitor" TEXT NOT NULL,

    CONSTRAINT "scan_visitors_pkey" PRIMARY KEY ("batchId","day","visitor")
);

-- CreateTable
CREATE TABLE "daily_salts" (
    "day" DATE NOT NULL,
    "salt" TEXT NOT NULL,

    CONSTRAINT "daily_salts_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE INDEX "throttles_windowEndsAt_idx" ON "throttles"("windowEndsAt");

-- CreateIndex
CREATE INDEX "scan_visitors_day_idx" ON "scan_visitors"("day");

-- AddForeignKey
ALTER TABLE "scan_visitors" ADD CONSTRAINT "scan_visitors_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: a user's sessions end (server/auth/session.ts compares the version each carries) when
-- what they were issued for changes: the password, the role, the producer, the account being active.
-- A trigger, so that every write ends them, whichever use case (or plain SQL) makes it.
CREATE FUNCTION "x_users_session_version_trigger"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF (NEW."passwordHash", NEW."role", NEW."producerId", NEW."active")
     IS DISTINCT FROM (OLD."passwordHash", OLD."role", OLD."producerId", OLD."active") THEN
    NEW."sessionVersion" := OLD."sessionVersion" + 1\073
  END IF\073
  RETURN NEW\073
END';

CREATE TRIGGER "x_users_session_version" BEFORE UPDATE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "x_users_session_version_trigger"();

-- Suspending a producer (any status but ACTIVE) ends the sessions of all its accounts.
CREATE FUNCTION "x_producers_suspension_trigger"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "users" SET "sessionVersion" = "sessionVersion" + 1 WHERE "producerId" = NEW."id"\073
  RETURN NULL\073
END';

CREATE TRIGGER "x_producers_suspension" AFTER UPDATE OF "status" ON "producers"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" AND NEW."status" <> 'ACTIVE')
  EXECUTE FUNCTION "x_producers_suspension_trigger"();
