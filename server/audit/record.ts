import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { now } from "@/lib/clock";
import type { Viewer } from "@/server/auth/permissions";

type Tx = Prisma.TransactionClient;

/**
 * The region an entry concerns, so that officers see the entries of their own region only: the
 * producer's for what belongs to a producer, the organisers' for a fair and its booth requests, the
 * idea's, the programme's, an officer account's own region.
 */
const REGION_OF: Record<string, (tx: Tx, id: string) => Promise<string | null | undefined>> = {
  Producer: async (tx, id) => (await tx.producer.findUnique({ where: { id }, select: { regionId: true } }))?.regionId,
  Product: async (tx, id) => (await tx.product.findUnique({ where: { id }, select: { producer: { select: { regionId: true } } } }))?.producer.regionId,
  OcopCertificate: async (tx, id) =>
    (await tx.ocopCertificate.findUnique({ where: { id }, select: { producer: { select: { regionId: true } } } }))?.producer.regionId,
  Fair: async (tx, id) => (await tx.fair.findUnique({ where: { id }, select: { regionId: true } }))?.regionId,
  BoothRequest: async (tx, id) => (await tx.boothRequest.findUnique({ where: { id }, select: { fair: { select: { regionId: true } } } }))?.fair.regionId,
  ProductIdea: async (tx, id) => (await tx.productIdea.findUnique({ where: { id }, select: { regionId: true } }))?.regionId,
  User: async (tx, id) => {
    const user = await tx.user.findUnique({ where: { id }, select: { regionId: true, producer: { select: { regionId: true } } } });
    return user ? (user.producer?.regionId ?? user.regionId) : undefined;
  },
  Programme: async (tx, id) => (await tx.programme.findUnique({ where: { id }, select: { regionId: true } }))?.regionId,
  ProgrammeTarget: async (tx, id) => (await tx.programmeTarget.findUnique({ where: { id }, select: { programme: { select: { regionId: true } } } }))?.programme.regionId,
};

/**
 * Records an officer action in the same transaction as the change it describes. The entry's region is
 * `entry.regionId` when given, else told from the entity (REGION_OF; null for a national fair or
 * programme), else, for an entity it cannot tell, the acting officer's.
 */
export async function recordAudit(
  tx: Tx,
  viewer: Viewer,
  entry: { action: string; entityType: string; entityId: string; regionId?: string | null; before?: unknown; after?: unknown },
): Promise<void> {
  let regionId = entry.regionId;
  if (regionId === undefined) regionId = await REGION_OF[entry.entityType]?.(tx, entry.entityId);
  if (regionId === undefined) regionId = viewer.regionId;
  await tx.auditLog.create({
    data: {
      actorId: viewer.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      regionId,
      // The app's clock, like the change it records (a booth's decidedAt, a product's reviewedAt): the
      // log's Vietnam hour and its day filters read the same timeline as the rest of the back office.
      createdAt: now(),
      before: entry.before === undefined ? undefined : (JSON.parse(JSON.stringify(entry.before)) as Prisma.InputJsonValue),
      after: entry.after === undefined ? undefined : (JSON.parse(JSON.stringify(entry.after)) as Prisma.InputJsonValue),
    },
  });
}
