-- CreateIndex
CREATE INDEX "sub_orders_createdAt_id_idx" ON "sub_orders"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "sub_orders_status_deliveredAt_idx" ON "sub_orders"("status", "deliveredAt");

