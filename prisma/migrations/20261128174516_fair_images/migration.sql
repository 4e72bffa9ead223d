-- CreateTable
CREATE TABLE "fair_images" (
    "id" TEXT NOT NULL,
    "fairId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "altVi" TEXT NOT NULL DEFAULT '',
    "altEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fair_images_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "fair_images_key_key" ON "fair_images"("key");

-- CreateIndex
CREATE INDEX "fair_images_fairId_position_idx" ON "fair_images"("fairId", "position");

-- AddForeignKey
ALTER TABLE "fair_images" ADD CONSTRAINT "fair_images_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

