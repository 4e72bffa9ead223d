import "server-only";
import { createPrismaClient, type Db } from "@/server/prisma-client";

// One client per process; in development Next reloads modules, so the client lives on globalThis.
const globalForDb = globalThis as unknown as { ocopDb?: Db };

export const db: Db = globalForDb.ocopDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.ocopDb = db;
