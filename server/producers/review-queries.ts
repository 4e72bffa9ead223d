import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { bankByBin } from "@/lib/banks";
import { formatPhone } from "@/lib/phone";
import type { Viewer } from "@/server/auth/permissions";
import { authorizeList } from "@/server/auth/scope";
import { db } from "@/server/infra/db";
import { communeOption } from "@/server/regions/communes";
import type { ProfileChanges } from "./profile";
import { BANK_FIELDS, OFFICIAL_FIELDS, PROFILE_FIELDS, type ProfileField } from "./schemas";

export interface ProfileReviewItem {
  producerId: string;
  name: string;
  slug: string;
  submittedAt: Date | null;
  changes: { field: ProfileField; kind: "official" | "bank" | "public"; before: string; after: string }[];
  newPhotos: { id: string; key: string; width: number; height: number }[];
  /** Orders placed and not yet paid by transfer: they keep the account they were placed with. */
  openTransferOrders: number;
}

const REVIEW_PAGE = 50;

/**
 * Producers' profile proposals and new profile photos waiting for an officer, oldest first, each
 * change shown as it reads (the commune with its province, the bank by name, the legal form as a
 * code the page translates).
 */
export async function listProfileReviewQueue(viewer: Viewer): Promise<{ items: ProfileReviewItem[]; total: number }> {
  const scope = await authorizeList(viewer, "producer.manage");
  const where: Prisma.ProducerWhereInput = {
    AND: [{ OR: [{ NOT: { pendingRevision: { equals: Prisma.DbNull } } }, { images: { some: { review: "PENDING" } } }] }, scope.producers()],
  };
  const [rows, total] = await Promise.all([
    db.producer.findMany({
      where,
      include: { images: { where: { review: "PENDING" }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] } },
      orderBy: [{ revisionSubmittedAt: "asc" }, { id: "asc" }],
      take: REVIEW_PAGE,
    }),
    db.producer.count({ where }),
  ]);
  const items: ProfileReviewItem[] = [];
  for (const producer of rows) {
    const proposal = (producer.pendingRevision ?? {}) as ProfileChanges;
    const shown = async (field: ProfileField, value: string | number | null): Promise<string> => {
      if (value == null || value === "") return "";
      // Amounts stay digits here; the page writes them as money in the officer's language.
      if (typeof value === "number") return String(value);
      if (field === "regionId") return (await communeOption(value))?.label ?? value;
      if (field === "bankBin") {
        const bank = bankByBin(value);
        return bank ? `${bank.shortName} (${bank.bin})` : value;
      }
      if (field === "phone") return formatPhone(value);
      return value;
    };
    const changes = [];
    for (const field of PROFILE_FIELDS) {
      if (!(field in proposal)) continue;
      const kind = OFFICIAL_FIELDS.includes(field) ? ("official" as const) : BANK_FIELDS.includes(field) ? ("bank" as const) : ("public" as const);
      changes.push({ field, kind, before: await shown(field, producer[field] ?? null), after: await shown(field, proposal[field] ?? null) });
    }
    const bankChanged = changes.some((c) => c.kind === "bank");
    const openTransferOrders = bankChanged
      ? // Each part is paid on its own: the order stays unpaid while another producer's part is, and a
        // cancelled or expired part owes nothing. A part paid into the district's collecting account
        // does not depend on the producer's bank.
        await db.subOrder.count({ where: { producerId: producer.id, paymentStatus: "PENDING", status: { not: "CANCELLED" }, payeeIsDistrict: false, order: { paymentMethod: "VIETQR" } } })
      : 0;
    items.push({
      producerId: producer.id, name: producer.name, slug: producer.slug, submittedAt: producer.revisionSubmittedAt, changes,
      newPhotos: producer.images.map(({ id, key, width, height }) => ({ id, key, width, height })),
      openTransferOrders,
    });
  }
  return { items, total };
}
