import "server-only";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/db";

export async function listProducersForAdmin(viewer: Viewer) {
  authorize(viewer, "producer.manage");
  return db.producer.findMany({ orderBy: { name: "asc" }, include: { region: { select: { name: true } }, _count: { select: { products: true, users: true } } } });
}

export async function listAuditLog(viewer: Viewer, take = 100) {
  authorize(viewer, "audit.view");
  return db.auditLog.findMany({ orderBy: { createdAt: "desc" }, take, include: { actor: { select: { name: true, email: true } } } });
}
