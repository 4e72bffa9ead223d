import "server-only";
import { createPrismaClient, type Db } from "@/server/prisma-client";

// One client per process; in development Next reloads modules, so the client lives on globalThis.
const globalForDb = globalThis as unknown as { ocopDb?: Db; ocopReplicas?: Db[] };

export const db: Db = globalForDb.ocopDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.ocopDb = db;

/** DATABASE_REPLICA_URLS: comma-separated connection strings of read replicas (optional). */
export function replicaUrls(value = process.env.DATABASE_REPLICA_URLS): string[] {
  return (value ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}

const replicas: Db[] = globalForDb.ocopReplicas ?? replicaUrls().map((url) => createPrismaClient(url));
if (process.env.NODE_ENV !== "production") globalForDb.ocopReplicas = replicas;

let next = 0;

/**
 * The client for public catalogue reads: the replicas in turn, or the primary when none is configured.
 * Replicas lag the primary, so writes and the back office's read-after-write stay on `db`.
 */
export function dbRead(): Db {
  if (replicas.length === 0) return db;
  next = (next + 1) % replicas.length;
  return replicas[next];
}
