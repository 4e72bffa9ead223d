/**
 * A throw-away site with the national data, for tests that must see the back office at national scale
 * (every list at 8,000 producers and 20,000 products): its own embedded PostgreSQL with the demo
 * district plus `generateNational`, an officer of the whole country, and `next start` on the build
 * already made (the end-to-end run builds before its first test). tests/e2e/support/national-site.ts
 * wraps it for Playwright specs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { generateNational, type GenerateOptions } from "../../prisma/seed/generate-national";
import { hashPassword } from "../../server/auth/password";
import { findFreePort } from "../db/embedded-postgres";
import { buildIfNeeded, nextBin } from "./build";
import { startDemoDatabase, throwawaySiteEnv, waitFor } from "./throwaway-site";

/** The officer of the whole country the national site is signed into (created by startNationalSite). */
export const NATIONAL_OFFICER = { email: "quocgia@ocop.local", password: "ocop-national-2025", name: "Cán bộ OCOP Trung ương" };

export interface NationalSite {
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * Generates the national data (by default the benchmark's 8,000 producers and 20,000 products, with
 * one batch per product: batches are not what a back-office list shows) and serves the site on a free
 * port. Takes a minute or two on two cores.
 */
export async function startNationalSite(name = "national", generate: Partial<GenerateOptions> = {}): Promise<NationalSite> {
  const database = await startDemoDatabase(name);
  let next: ChildProcess | undefined;
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await generateNational(client, { batches: 20_000, ...generate });
      await client.query(
        `INSERT INTO users (id, email, name, "passwordHash", role, active, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, 'ADMIN', true, now(), now())`,
        [`national-officer-${name}`, NATIONAL_OFFICER.email, NATIONAL_OFFICER.name, await hashPassword(NATIONAL_OFFICER.password)],
      );
      await client.query("ANALYZE");
    } finally {
      await client.end();
    }
    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = { ...throwawaySiteEnv(name, database.url, baseUrl), NODE_ENV: "production" as const };
    buildIfNeeded(env);
    // No -H: see docs/operations.md (redirect loop with next-intl on Next 16.2.6+).
    const child = spawn(nextBin(), ["start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"] });
    next = child;
    await waitFor(`${baseUrl}/api/health`);
    return {
      baseUrl,
      databaseUrl: database.url,
      async stop() {
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGTERM");
          await exited;
        }
        await database.stop();
      },
    };
  } catch (error) {
    next?.kill("SIGTERM");
    await database.stop();
    throw error;
  }
}
