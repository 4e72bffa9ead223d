-- CreateEnum
CREATE TYPE "CancelReason" AS ENUM ('BUYER_REQUEST', 'OUT_OF_STOCK', 'BUYER_UNREACHABLE', 'PAYMENT_NOT_RECEIVED', 'ADDRESS_UNSERVED', 'UNCONFIRMED_EXPIRED', 'UNPAID_EXPIRED', 'OTHER');

-- CreateEnum
CREATE TYPE "OrderActor" AS ENUM ('BUYER', 'PRODUCER', 'OFFICER', 'SYSTEM');

-- AlterEnum
-- The new steps go before CANCELLED: the type is rebuilt (ADD VALUE BEFORE would leave fractional sort orders).
ALTER TYPE "SubOrderStatus" RENAME TO "SubOrderStatus_old";
CREATE TYPE "SubOrderStatus" AS ENUM ('PLACED', 'CONFIRMED', 'PACKED', 'SHIPPED', 'DELIVERED', 'DELIVERY_FAILED', 'RETURNED', 'CANCELLED');
ALTER TABLE "sub_orders" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "sub_orders" ALTER COLUMN "status" TYPE "SubOrderStatus" USING ("status"::text::"SubOrderStatus");
ALTER TABLE "sub_orders" ALTER COLUMN "status" SET DEFAULT 'PLACED';
DROP TYPE "SubOrderStatus_old";

-- AlterTable
ALTER TABLE "producers" ADD COLUMN     "shippingFlatVnd" INTEGER,
ADD COLUMN     "shippingFreeAboveVnd" INTEGER,
ADD COLUMN     "shippingPerKgVnd" INTEGER;

-- AlterTable
ALTER TABLE "products" ADD COLUMN     "ageRestricted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "weightGrams" INTEGER;

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "adultConfirmed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "phoneDigits" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "provinceCode" TEXT,
ADD COLUMN     "regionId" TEXT,
ALTER COLUMN "email" DROP NOT NULL;

-- AlterTable
ALTER TABLE "sub_orders" ADD COLUMN     "cancelNote" TEXT,
ADD COLUMN     "cancelReason" "CancelReason",
ADD COLUMN     "carrier" TEXT,
ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "paidAt" TIMESTAMP(3),
ADD COLUMN     "payeeAccount" TEXT,
ADD COLUMN     "payeeAccountName" TEXT,
ADD COLUMN     "payeeBankBin" TEXT,
ADD COLUMN     "payeeIsDistrict" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "paymentStatus" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "returnedAt" TIMESTAMP(3),
ADD COLUMN     "trackingNumber" TEXT,
ADD COLUMN     "transferNote" TEXT,
ADD COLUMN     "transferReportedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "subOrderId" TEXT;

-- CreateTable
CREATE TABLE "sub_order_events" (
    "id" TEXT NOT NULL,
    "subOrderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actor" "OrderActor" NOT NULL,
    "userId" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sub_order_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sub_order_events_subOrderId_createdAt_idx" ON "sub_order_events"("subOrderId", "createdAt");

-- CreateIndex
CREATE INDEX "orders_phoneDigits_idx" ON "orders"("phoneDigits");

-- CreateIndex
CREATE INDEX "orders_email_idx" ON "orders"("email");

-- CreateIndex
CREATE INDEX "sub_orders_status_expiresAt_idx" ON "sub_orders"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sub_order_events" ADD CONSTRAINT "sub_order_events_subOrderId_fkey" FOREIGN KEY ("subOrderId") REFERENCES "sub_orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Orders placed before parts were paid one by one: each part takes its order's payment state.
UPDATE "sub_orders" s SET "paymentStatus" = o."paymentStatus", "paidAt" = o."paidAt" FROM "orders" o WHERE o.id = s."orderId";

-- The comparable phone (digits, +84 read as 0) of existing orders.
UPDATE "orders" SET "phoneDigits" = regexp_replace(regexp_replace(phone, '[^0-9]', '', 'g'), '^84', '0');

ALTER TABLE "products" ADD CONSTRAINT "x_products_weight_positive" CHECK ("weightGrams" IS NULL OR "weightGrams" > 0);
ALTER TABLE "producers" ADD CONSTRAINT "x_producers_shipping_nonnegative" CHECK (coalesce("shippingFlatVnd", 0) >= 0 AND coalesce("shippingPerKgVnd", 0) >= 0 AND coalesce("shippingFreeAboveVnd", 0) >= 0);
