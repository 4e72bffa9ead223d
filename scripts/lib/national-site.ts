/**
 * A throw-away site on national-scale data for end-to-end tests of the back office: a fresh embedded
 * PostgreSQL with the demo district plus the national generator's producers and products (DESIGN §6),
 * served by `next start` from the build the e2e server already made (back-office pages render per
 * request, so they read this database). Everything is deleted when stopped.
 *
 *   const site = await startNationalSite("admin-lists");
 *   const context = await browser.newContext({ baseURL: site.baseUrl });
 *   …
 *   await site.stop();
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";
import { generateNational, type GenerateOptions, type GenerateResult } from "../../prisma/seed/generate-national";
import { findFreePort } from "../db/embedded-postgres";
import { nextBin } from "./build";
import { startDemoDatabase, throwawaySiteEnv, waitFor } from "./throwaway-site";

export interface NationalSite {
  baseUrl: string;
  generated: GenerateResult;
  stop(): Promise<void>;
}

export async function startNationalSite(name: string, options: Partial<GenerateOptions> = {}): Promise<NationalSite> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: the e2e server builds one before the specs run.");
  const database = await startDemoDatabase(name);
  let generated: GenerateResult;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    generated = await generateNational(client, options);
  } finally {
    await client.end();
  }
  const port = String(await findFreePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  // No -H: see scripts/e2e-server.ts.
  const next = spawn(nextBin(), ["start", "-p", port], { env: throwawaySiteEnv(name, database.url, baseUrl), stdio: "ignore" });
  const exited = new Promise<void>((resolve) => next.on("exit", () => resolve()));
  try {
    await waitFor(`${baseUrl}/api/health`, 180_000);
  } catch (error) {
    next.kill("SIGTERM");
    await database.stop();
    throw error;
  }
  return {
    baseUrl,
    generated,
    async stop() {
      next.kill("SIGTERM");
      await exited;
      await database.stop();
    },
  };
}
