-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE', 'AREA');

-- CreateEnum
CREATE TYPE "OcopGroup" AS ENUM ('FOOD', 'BEVERAGE', 'HERBAL', 'HANDICRAFT', 'ORNAMENTAL', 'TOURISM');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('HOUSEHOLD', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "ProducerStatus" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PRODUCER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ProductStatus" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "CertificateLevel" AS ENUM ('DISTRICT', 'PROVINCE', 'NATIONAL');

-- CreateEnum
CREATE TYPE "CertificateStatus" AS ENUM ('VALID', 'REVOKED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "TraceEventType" AS ENUM ('PLANTING', 'HARVEST', 'PROCESSING', 'PACKAGING', 'LAB_TEST', 'CERTIFICATION', 'SHIPPING');

-- CreateEnum
CREATE TYPE "CertificationKind" AS ENUM ('VIETGAP', 'ORGANIC', 'GEOGRAPHICAL_INDICATION', 'HACCP', 'ISO_22000', 'OTHER');

-- CreateEnum
CREATE TYPE "BoothRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('COD', 'VIETQR', 'STRIPE');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'PAID', 'EXPIRED', 'CANCELLED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "SubOrderStatus" AS ENUM ('PLACED', 'CONFIRMED', 'PACKED', 'SHIPPED', 'DELIVERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "IdeaStatus" AS ENUM ('NEW', 'UNDER_REVIEW', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('FOOD_SAFETY', 'PACKAGING', 'LABELS', 'QUALITY_MANAGEMENT', 'TRACEABILITY');

-- CreateTable
CREATE TABLE "regions" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "level" "RegionLevel" NOT NULL,
    "parentId" TEXT,
    "validFrom" DATE,
    "validTo" DATE,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subgroups" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "group" "OcopGroup" NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "subgroups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "producers" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalForm" "LegalForm" NOT NULL,
    "status" "ProducerStatus" NOT NULL DEFAULT 'ACTIVE',
    "regionId" TEXT NOT NULL,
    "addressLine" TEXT NOT NULL DEFAULT '',
    "certificateAddress" TEXT,
    "certificateRegionId" TEXT,
    "storyVi" TEXT NOT NULL DEFAULT '',
    "storyEn" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "representative" TEXT,
    "foundedYear" INTEGER,
    "registeredOn" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bankBin" TEXT,
    "bankAccount" TEXT,
    "bankAccountName" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "suspendedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "producers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "producer_images" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "altVi" TEXT NOT NULL DEFAULT '',
    "altEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "producer_images_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "producerId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation_tokens" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitation_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "products" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "status" "ProductStatus" NOT NULL DEFAULT 'DRAFT',
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "descriptionVi" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT,
    "group" "OcopGroup" NOT NULL,
    "subgroupId" TEXT,
    "legacyCategory" TEXT,
    "priceVnd" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "unitEn" TEXT,
    "stock" INTEGER NOT NULL DEFAULT 0,
    "gtin" TEXT,
    "isTourism" BOOLEAN NOT NULL DEFAULT false,
    "pendingRevision" JSONB,
    "rejectionReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "products_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_images" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "altVi" TEXT NOT NULL DEFAULT '',
    "altEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "product_images_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ocop_certificates" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "stars" INTEGER NOT NULL,
    "score" INTEGER,
    "level" "CertificateLevel" NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decisionDate" DATE NOT NULL,
    "issuingBody" TEXT NOT NULL,
    "validUntil" DATE NOT NULL,
    "status" "CertificateStatus" NOT NULL DEFAULT 'VALID',
    "productNameOnDecision" TEXT NOT NULL,
    "producerNameOnDecision" TEXT NOT NULL,
    "addressOnDecision" TEXT,
    "scanKey" TEXT,
    "supersededById" TEXT,
    "revokedAt" DATE,
    "revocationDecisionNumber" TEXT,
    "revocationReason" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ocop_certificates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "batches" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "lotCode" TEXT NOT NULL,
    "productionDate" DATE NOT NULL,
    "expiryDate" DATE,
    "quantity" INTEGER NOT NULL,
    "quantityUnit" TEXT NOT NULL DEFAULT '',
    "growingArea" TEXT,
    "growingAreaCode" TEXT,
    "rawMaterial" TEXT,
    "soldAt" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trace_events" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "type" "TraceEventType" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "evidenceKey" TEXT,
    "evidenceMime" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trace_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lab_tests" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "limit" TEXT NOT NULL DEFAULT '',
    "lab" TEXT NOT NULL,
    "testedOn" DATE NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lab_tests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certifications" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "kind" "CertificationKind" NOT NULL,
    "number" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "batch_scan_days" (
    "batchId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "batch_scan_days_pkey" PRIMARY KEY ("batchId","day")
);

-- CreateTable
CREATE TABLE "fairs" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "descriptionVi" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "venue" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "registrationDeadline" TIMESTAMP(3) NOT NULL,
    "registrationOpen" BOOLEAN NOT NULL DEFAULT true,
    "boothCapacity" INTEGER NOT NULL,
    "boothSize" TEXT NOT NULL DEFAULT '3 m × 3 m',
    "feeVnd" INTEGER NOT NULL DEFAULT 0,
    "subsidyPercent" INTEGER NOT NULL DEFAULT 0,
    "minStars" INTEGER NOT NULL DEFAULT 3,
    "maxBoothsPerProducer" INTEGER NOT NULL DEFAULT 2,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "fairs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "booth_requests" (
    "id" TEXT NOT NULL,
    "fairId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "boothCount" INTEGER NOT NULL,
    "needsPower" BOOLEAN NOT NULL DEFAULT false,
    "needsRefrigeration" BOOLEAN NOT NULL DEFAULT false,
    "needsWater" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "BoothRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decisionReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "booth_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "booth_request_products" (
    "requestId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,

    CONSTRAINT "booth_request_products_pkey" PRIMARY KEY ("requestId","productId")
);

-- CreateTable
CREATE TABLE "booth_assignments" (
    "fairId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "requestId" TEXT NOT NULL,

    CONSTRAINT "booth_assignments_pkey" PRIMARY KEY ("fairId","number")
);

-- CreateTable
CREATE TABLE "orders" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "customerName" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "addressLine" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "commune" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "paymentMethod" "PaymentMethod" NOT NULL,
    "paymentStatus" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "subtotalVnd" INTEGER NOT NULL,
    "shippingVnd" INTEGER NOT NULL,
    "totalVnd" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "stripeSessionId" TEXT,
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sub_orders" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "status" "SubOrderStatus" NOT NULL DEFAULT 'PLACED',
    "subtotalVnd" INTEGER NOT NULL,
    "shippingVnd" INTEGER NOT NULL,
    "shippedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sub_orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_items" (
    "id" TEXT NOT NULL,
    "subOrderId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "productName" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "unitPriceVnd" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "lineTotalVnd" INTEGER NOT NULL,

    CONSTRAINT "order_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "amountVnd" INTEGER NOT NULL,
    "providerRef" TEXT,
    "paidAt" TIMESTAMP(3),
    "markedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_events" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_ideas" (
    "id" TEXT NOT NULL,
    "proposerName" TEXT NOT NULL,
    "proposerContact" TEXT NOT NULL,
    "regionId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "group" "OcopGroup",
    "status" "IdeaStatus" NOT NULL DEFAULT 'NEW',
    "reviewNote" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "product_ideas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programmes" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "reference" TEXT,
    "regionId" TEXT,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "programmes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_targets" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "labelVi" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "baseline" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "goal" DOUBLE PRECISION NOT NULL,
    "goalMax" DOUBLE PRECISION,
    "unit" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "programme_targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "producer_commitments" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "committedOn" DATE NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "producer_commitments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_runs" (
    "name" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3) NOT NULL,
    "lastResult" JSONB,

    CONSTRAINT "job_runs_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "regions_code_key" ON "regions"("code");

-- CreateIndex
CREATE UNIQUE INDEX "regions_slug_key" ON "regions"("slug");

-- CreateIndex
CREATE INDEX "regions_parentId_idx" ON "regions"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "subgroups_code_key" ON "subgroups"("code");

-- CreateIndex
CREATE INDEX "subgroups_group_idx" ON "subgroups"("group");

-- CreateIndex
CREATE UNIQUE INDEX "producers_slug_key" ON "producers"("slug");

-- CreateIndex
CREATE INDEX "producers_regionId_idx" ON "producers"("regionId");

-- CreateIndex
CREATE INDEX "producers_status_legalForm_idx" ON "producers"("status", "legalForm");

-- CreateIndex
CREATE INDEX "producers_search_text_trgm_idx" ON "producers" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "producer_images_key_key" ON "producer_images"("key");

-- CreateIndex
CREATE INDEX "producer_images_producerId_position_idx" ON "producer_images"("producerId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_producerId_idx" ON "users"("producerId");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_tokens_tokenHash_key" ON "invitation_tokens"("tokenHash");

-- CreateIndex
CREATE INDEX "invitation_tokens_userId_idx" ON "invitation_tokens"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "products_slug_key" ON "products"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "products_gtin_key" ON "products"("gtin");

-- CreateIndex
CREATE INDEX "products_producerId_status_idx" ON "products"("producerId", "status");

-- CreateIndex
CREATE INDEX "products_status_group_idx" ON "products"("status", "group");

-- CreateIndex
CREATE INDEX "products_status_priceVnd_idx" ON "products"("status", "priceVnd");

-- CreateIndex
CREATE INDEX "products_status_publishedAt_idx" ON "products"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "products_search_text_trgm_idx" ON "products" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "product_images_key_key" ON "product_images"("key");

-- CreateIndex
CREATE INDEX "product_images_productId_position_idx" ON "product_images"("productId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ocop_certificates_supersededById_key" ON "ocop_certificates"("supersededById");

-- CreateIndex
CREATE INDEX "ocop_certificates_productId_status_idx" ON "ocop_certificates"("productId", "status");

-- CreateIndex
CREATE INDEX "ocop_certificates_producerId_idx" ON "ocop_certificates"("producerId");

-- CreateIndex
CREATE INDEX "ocop_certificates_status_validUntil_idx" ON "ocop_certificates"("status", "validUntil");

-- CreateIndex
CREATE INDEX "ocop_certificates_decisionDate_idx" ON "ocop_certificates"("decisionDate");

-- CreateIndex
CREATE UNIQUE INDEX "batches_code_key" ON "batches"("code");

-- CreateIndex
CREATE INDEX "batches_productId_productionDate_idx" ON "batches"("productId", "productionDate");

-- CreateIndex
CREATE UNIQUE INDEX "batches_productId_lotCode_key" ON "batches"("productId", "lotCode");

-- CreateIndex
CREATE INDEX "trace_events_batchId_occurredOn_idx" ON "trace_events"("batchId", "occurredOn");

-- CreateIndex
CREATE INDEX "lab_tests_batchId_idx" ON "lab_tests"("batchId");

-- CreateIndex
CREATE INDEX "certifications_batchId_idx" ON "certifications"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "fairs_slug_key" ON "fairs"("slug");

-- CreateIndex
CREATE INDEX "fairs_startsOn_idx" ON "fairs"("startsOn");

-- CreateIndex
CREATE INDEX "booth_requests_fairId_status_createdAt_idx" ON "booth_requests"("fairId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "booth_requests_producerId_idx" ON "booth_requests"("producerId");

-- CreateIndex
CREATE INDEX "booth_assignments_requestId_idx" ON "booth_assignments"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "orders_code_key" ON "orders"("code");

-- CreateIndex
CREATE UNIQUE INDEX "orders_stripeSessionId_key" ON "orders"("stripeSessionId");

-- CreateIndex
CREATE INDEX "orders_paymentStatus_expiresAt_idx" ON "orders"("paymentStatus", "expiresAt");

-- CreateIndex
CREATE INDEX "orders_createdAt_idx" ON "orders"("createdAt");

-- CreateIndex
CREATE INDEX "sub_orders_producerId_status_idx" ON "sub_orders"("producerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "sub_orders_orderId_producerId_key" ON "sub_orders"("orderId", "producerId");

-- CreateIndex
CREATE INDEX "order_items_subOrderId_idx" ON "order_items"("subOrderId");

-- CreateIndex
CREATE INDEX "order_items_productId_idx" ON "order_items"("productId");

-- CreateIndex
CREATE INDEX "payments_orderId_idx" ON "payments"("orderId");

-- CreateIndex
CREATE INDEX "product_ideas_status_createdAt_idx" ON "product_ideas"("status", "createdAt");

-- CreateIndex
CREATE INDEX "product_ideas_regionId_idx" ON "product_ideas"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "programmes_slug_key" ON "programmes"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "programme_targets_programmeId_metric_key" ON "programme_targets"("programmeId", "metric");

-- CreateIndex
CREATE UNIQUE INDEX "producer_commitments_producerId_kind_key" ON "producer_commitments"("producerId", "kind");

-- CreateIndex
CREATE INDEX "audit_log_entityType_entityId_idx" ON "audit_log"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "audit_log_createdAt_idx" ON "audit_log"("createdAt");

-- CreateIndex
CREATE INDEX "audit_log_actorId_idx" ON "audit_log"("actorId");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "producers" ADD CONSTRAINT "producers_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "producers" ADD CONSTRAINT "producers_certificateRegionId_fkey" FOREIGN KEY ("certificateRegionId") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "producer_images" ADD CONSTRAINT "producer_images_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "producers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "producers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_tokens" ADD CONSTRAINT "invitation_tokens_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "products" ADD CONSTRAINT "products_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "products" ADD CONSTRAINT "products_subgroupId_fkey" FOREIGN KEY ("subgroupId") REFERENCES "subgroups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ocop_certificates" ADD CONSTRAINT "ocop_certificates_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ocop_certificates" ADD CONSTRAINT "ocop_certificates_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ocop_certificates" ADD CONSTRAINT "ocop_certificates_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "ocop_certificates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ocop_certificates" ADD CONSTRAINT "ocop_certificates_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batches" ADD CONSTRAINT "batches_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trace_events" ADD CONSTRAINT "trace_events_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_tests" ADD CONSTRAINT "lab_tests_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch_scan_days" ADD CONSTRAINT "batch_scan_days_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_requests" ADD CONSTRAINT "booth_requests_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "fairs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_requests" ADD CONSTRAINT "booth_requests_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_requests" ADD CONSTRAINT "booth_requests_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_request_products" ADD CONSTRAINT "booth_request_products_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "booth_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_request_products" ADD CONSTRAINT "booth_request_products_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_assignments" ADD CONSTRAINT "booth_assignments_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "fairs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_assignments" ADD CONSTRAINT "booth_assignments_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "booth_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sub_orders" ADD CONSTRAINT "sub_orders_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sub_orders" ADD CONSTRAINT "sub_orders_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_subOrderId_fkey" FOREIGN KEY ("subOrderId") REFERENCES "sub_orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_targets" ADD CONSTRAINT "programme_targets_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "producer_commitments" ADD CONSTRAINT "producer_commitments_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "producers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "producer_commitments" ADD CONSTRAINT "producer_commitments_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: rules that the Prisma schema language cannot express. Objects prefixed x_ are not in
-- schema.prisma, and the drift test (tests/integration/migrations.test.ts) knows to expect them.
ALTER TABLE "products" ADD CONSTRAINT "x_products_stock_nonnegative" CHECK ("stock" >= 0);
ALTER TABLE "products" ADD CONSTRAINT "x_products_price_nonnegative" CHECK ("priceVnd" >= 0);
ALTER TABLE "ocop_certificates" ADD CONSTRAINT "x_certificates_stars_range" CHECK ("stars" BETWEEN 1 AND 5);
ALTER TABLE "ocop_certificates" ADD CONSTRAINT "x_certificates_score_range" CHECK ("score" IS NULL OR "score" BETWEEN 0 AND 100);
ALTER TABLE "batches" ADD CONSTRAINT "x_batches_quantity_nonnegative" CHECK ("quantity" >= 0);
ALTER TABLE "fairs" ADD CONSTRAINT "x_fairs_capacity_nonnegative" CHECK ("boothCapacity" >= 0);
ALTER TABLE "fairs" ADD CONSTRAINT "x_fairs_dates_ordered" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "booth_requests" ADD CONSTRAINT "x_booth_requests_count_positive" CHECK ("boothCount" > 0);
ALTER TABLE "booth_assignments" ADD CONSTRAINT "x_booth_assignments_number_positive" CHECK ("number" > 0);
ALTER TABLE "order_items" ADD CONSTRAINT "x_order_items_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "orders" ADD CONSTRAINT "x_orders_total_nonnegative" CHECK ("totalVnd" >= 0);
