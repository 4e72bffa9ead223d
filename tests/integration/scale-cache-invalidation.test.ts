import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { CHANNEL, SharedTagCache } from "@/server/infra/cache-handler/shared-tags.mjs";
import type { IncrementalCacheValue } from "@/server/infra/cache-handler/entries.mjs";
import { urlWithDatabase } from "../support/database-urls";

const quiet = { warn: () => undefined, error: () => undefined };

function page(html: string): IncrementalCacheValue {
  return {
    kind: "APP_PAGE",
    html,
    rscData: undefined,
    headers: { "x-next-cache-tags": "programme,_N_T_/vi/programme" },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  } as unknown as IncrementalCacheValue;
}

async function eventually(check: () => boolean, withinMs: number): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

const open: SharedTagCache[] = [];
function instance(connectionString: string | undefined) {
  const cache = new SharedTagCache({ connectionString, maxBytes: 10_000_000, log: quiet, retryMs: 100 });
  open.push(cache);
  return cache;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((cache) => cache.close()));
});

describe("page cache shared by several instances through PostgreSQL", () => {
  it("an invalidation on one instance expires the page on the other within a second", async () => {
    const a = instance(process.env.DATABASE_URL);
    const b = instance(process.env.DATABASE_URL);
    await Promise.all([a.start(), b.start()]);
    expect([a.state, b.state]).toEqual(["listening", "listening"]);

    a.set("/vi/programme", page("19 on A"));
    b.set("/vi/programme", page("19 on B"));
    await new Promise((resolve) => setTimeout(resolve, 5));

    await a.invalidate(["programme"]);
    expect(a.get("/vi/programme")).toBeNull(); // the instance that saved sees its write at once
    const tookMs = await eventually(() => b.get("/vi/programme") === null, 1_000);
    expect(tookMs).toBeLessThan(1_000);
  });

  it("unrelated tags leave pages alone", async () => {
    const a = instance(process.env.DATABASE_URL);
    const b = instance(process.env.DATABASE_URL);
    await Promise.all([a.start(), b.start()]);
    b.set("/vi/programme", page("19"));
    await a.invalidate(["fair:hoi-cho-2026"]);
    // Our own notice goes through PostgreSQL too; once a's second notice arrives, the first has.
    let heard = false;
    const probe = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await probe.connect();
    probe.on("notification", () => (heard = true));
    await probe.query(`LISTEN ${CHANNEL}`);
    await a.invalidate(["fair:other"]);
    await eventually(() => heard, 1_000);
    await probe.end();
    expect(b.get("/vi/programme")).not.toBeNull();
  });

  it("serves nothing from memory while it cannot hear the others, and starts afresh when it can", async () => {
    const unreachable = instance("postgres://nobody@127.0.0.1:1/none");
    await unreachable.start();
    expect(unreachable.state).toBe("disconnected");
    unreachable.set("/vi", page("home"));
    expect(unreachable.get("/vi")).toBeNull();

    const b = instance(process.env.DATABASE_URL);
    await b.start();
    b.set("/vi", page("home"));
    // Kill b's listening connection from the server side: it reconnects and forgets what it held.
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ocop-cache-tags' AND datname = current_database()");
    await admin.end();
    await eventually(() => b.state === "disconnected", 2_000);
    expect(b.get("/vi")).toBeNull();
    await eventually(() => b.state === "listening", 5_000);
    expect(b.get("/vi")).toBeNull();
    b.set("/vi", page("home again"));
    expect(b.get("/vi")?.value).toMatchObject({ html: "home again" });
  });

  it("keeps trying when the database is not there at start, and shares once it is", async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await admin.connect();
    const name = `ocop_late_${Date.now()}`;
    const late = instance(urlWithDatabase(process.env.TEST_ADMIN_DATABASE_URL!, name));
    try {
      await late.start();
      expect(late.state).toBe("disconnected");
      await admin.query(`CREATE DATABASE ${name}`);
      await eventually(() => late.state === "listening", 5_000);
      late.set("/vi", page("home"));
      expect(late.get("/vi")).not.toBeNull();
    } finally {
      await late.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it("without a database (one machine, or the build) the cache works alone", async () => {
    const alone = instance(undefined);
    await alone.start();
    expect(alone.state).toBe("local");
    alone.set("/vi", page("home"));
    expect(alone.get("/vi")).not.toBeNull();
    await alone.invalidate(["programme"]);
    expect(alone.get("/vi")).toBeNull();
  });
});
