-- AlterTable
ALTER TABLE "producer_images" ADD COLUMN     "illustration" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "product_images" ADD COLUMN     "illustration" BOOLEAN NOT NULL DEFAULT false;

