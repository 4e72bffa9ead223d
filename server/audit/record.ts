import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/server/auth/permissions";

type Tx = Prisma.TransactionClient;

/** Records an officer action in the same transaction as the change it describes. */
export async function recordAudit(
  tx: Tx,
  viewer: Viewer,
  entry: { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: viewer.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? undefined : (JSON.parse(JSON.stringify(entry.before)) as Prisma.InputJsonValue),
      after: entry.after === undefined ? undefined : (JSON.parse(JSON.stringify(entry.after)) as Prisma.InputJsonValue),
    },
  });
}
