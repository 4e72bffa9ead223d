import "server-only";
import type { Viewer } from "@/server/auth/permissions";
import { authorizeList } from "@/server/auth/scope";
import { db } from "@/server/infra/db";

export async function listProducersForAdmin(viewer: Viewer) {
  const scope = await authorizeList(viewer, "producer.manage");
  return db.producer.findMany({
    where: scope.producers(),
    orderBy: { name: "asc" },
    include: { region: { select: { name: true } }, _count: { select: { products: true, users: true } } },
  });
}
