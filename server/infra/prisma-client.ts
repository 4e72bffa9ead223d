import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * Builds a Prisma client on the pg driver adapter. Password hashes are omitted from every query
 * unless a caller asks for them explicitly (only sign-in does).
 */
export function createPrismaClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  }
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DB_POOL_SIZE ?? 10),
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
