import "server-only";
import { db } from "@/server/db";

/** Products publicly visible with a valid certificate of 3★ or more. */
export async function countCertifiedProducts(today = new Date()): Promise<number> {
  return db.product.count({
    where: {
      status: "PUBLISHED",
      producer: { status: "ACTIVE" },
      certificates: { some: { status: "VALID", stars: { gte: 3 }, validUntil: { gte: today } } },
    },
  });
}
