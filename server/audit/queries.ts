import "server-only";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";

export async function listAuditLog(viewer: Viewer, take = 100) {
  authorize(viewer, "audit.view");
  return db.auditLog.findMany({ orderBy: { createdAt: "desc" }, take, include: { actor: { select: { name: true, email: true } } } });
}
