import "server-only";
import { readEnv } from "@/lib/env";
import { msSinceLastInvalidation } from "@/server/infra/cache-sharing";
import { createPrismaClient, type Db } from "@/server/infra/prisma-client";

// One client per process; in development Next reloads modules, so the client lives on globalThis.
const globalForDb = globalThis as unknown as { ocopDb?: Db; ocopReplicas?: Db[] };

const env = readEnv();
export const db: Db = globalForDb.ocopDb ?? createPrismaClient();
if (env.NODE_ENV !== "production") globalForDb.ocopDb = db;

/** DATABASE_REPLICA_URLS: comma-separated connection strings of read replicas (optional). */
function replicaUrls(value = env.DATABASE_REPLICA_URLS): string[] {
  return (value ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}

const replicas: Db[] = globalForDb.ocopReplicas ?? replicaUrls().map((url) => createPrismaClient(url));
if (env.NODE_ENV !== "production") globalForDb.ocopReplicas = replicas;

let next = 0;

/**
 * How long after a change (on any instance) public reads stay on the primary: the re-render that
 * follows an invalidation is cached, so it must not read a replica that has not replayed the change
 * yet. Keep it above the replicas' usual lag.
 */
const REPLICA_GRACE_MS = env.DATABASE_REPLICA_GRACE_MS;

/**
 * The client for public catalogue reads: the replicas in turn, or the primary when none is configured
 * or when data changed within the grace period. Writes and the back office stay on `db`.
 */
export function dbRead(graceMs = REPLICA_GRACE_MS): Db {
  if (replicas.length === 0 || msSinceLastInvalidation() < graceMs) return db;
  next = (next + 1) % replicas.length;
  return replicas[next];
}
