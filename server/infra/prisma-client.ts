import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { readEnv } from "@/lib/env";

/**
 * Builds a Prisma client on the pg driver adapter. Password hashes are omitted from every query
 * unless a caller asks for them explicitly (only sign-in does).
 */
export function createPrismaClient(connectionString = readEnv().DATABASE_URL) {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  }
  const adapter = new PrismaPg({
    connectionString,
    max: readEnv().DB_POOL_SIZE,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
