import "server-only";
import { authorize, type Viewer } from "@/server/auth/permissions";
import { db } from "@/server/infra/db";

export async function listProducersForAdmin(viewer: Viewer) {
  authorize(viewer, "producer.manage");
  return db.producer.findMany({ orderBy: { name: "asc" }, include: { region: { select: { name: true } }, _count: { select: { products: true, users: true } } } });
}
