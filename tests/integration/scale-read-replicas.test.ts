import { afterAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { SharedTagCache } from "@/server/infra/cache-handler/shared-tags.mjs";
import { CACHE_STATE } from "@/server/infra/cache-handler/state-key.mjs";
import { TEMPLATE_DATABASE, urlWithDatabase } from "../support/database-urls";
import { unique } from "../factories";

// A second database on the same server stands in for a replica: what matters is which server is asked.
const replicaName = unique("ocop_replica").replace(/-/g, "_");
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

afterAll(async () => {
  const replicas = (globalThis as { ocopReplicas?: { $disconnect(): Promise<void> }[] }).ocopReplicas ?? [];
  await Promise.all(replicas.map((client) => client.$disconnect()));
  await admin(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
});

async function databaseOf(client: { $queryRaw<T>(q: TemplateStringsArray): Promise<T> }) {
  const [row] = await client.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  return row.name;
}

describe("dbRead", () => {
  it("is the primary when no replica is configured", async () => {
    delete process.env.DATABASE_REPLICA_URLS;
    const { db, dbRead } = await import("@/server/infra/db");
    expect(dbRead()).toBe(db);
  });

  it("reads from the replicas in turn while db stays on the primary", async () => {
    await admin(`CREATE DATABASE ${replicaName} TEMPLATE ${TEMPLATE_DATABASE}`);
    delete (globalThis as { ocopReplicas?: unknown }).ocopReplicas;
    process.env.DATABASE_REPLICA_URLS = ` ${urlWithDatabase(adminUrl, replicaName)} , `;
    vi.resetModules();
    const { db, dbRead } = await import("@/server/infra/db");
    const primary = new URL(process.env.DATABASE_URL!).pathname.slice(1);
    expect(await databaseOf(db)).toBe(primary);
    expect(await databaseOf(dbRead())).toBe(replicaName);
    expect(await databaseOf(dbRead())).toBe(replicaName);
  });

  it("stays on the primary for a while after any change, so a re-render is not cached from a lagging replica", async () => {
    const { db, dbRead } = await import("@/server/infra/db");
    // The cache handler Next.js loads lives beside the app; they meet on globalThis (server/cache-sharing.ts).
    const handler = new SharedTagCache({ maxBytes: 1_000_000 });
    const key = CACHE_STATE;
    (globalThis as { [k: symbol]: unknown })[key] = handler;
    try {
      expect(await databaseOf(dbRead(60_000))).toBe(replicaName);
      await handler.invalidate(["catalogue"]);
      expect(dbRead(60_000)).toBe(db);
      expect(await databaseOf(dbRead(0))).toBe(replicaName);
    } finally {
      delete (globalThis as { [k: symbol]: unknown })[key];
    }
  });
});
