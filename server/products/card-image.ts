import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * The picture of a product in a list: its first approved photo, else its first illustration
 * (lib/pictures.ts). Joined as `i` by the catalogue (queries.ts) and the search index.
 */
export const CARD_IMAGE_SQL = Prisma.sql`LEFT JOIN LATERAL (SELECT key, width, height, "altVi", "altEn", illustration FROM product_images WHERE "productId" = p.id AND review = 'APPROVED' ORDER BY illustration, position LIMIT 1) i ON true`;
