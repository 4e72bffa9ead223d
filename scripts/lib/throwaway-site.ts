/**
 * A throw-away copy of the site for the end-to-end and scale tests and the benchmarks: a fresh embedded
 * PostgreSQL (deleted when stopped) with the demo district, and the environment a production server of
 * the app needs to run on it.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabaseExists } from "../db/connection";
import { findFreePort, startEmbeddedPostgres } from "../db/embedded-postgres";
import { migrateDeploy } from "../db/migrate";
import { seedIfEmpty } from "./seed-if-empty";

/**
 * `uploadDir` holds the demo's pictures (seeded through the upload pipeline): pass it to
 * `throwawaySiteEnv` so the server serves them.
 */
export async function startDemoDatabase(name: string): Promise<{ url: string; uploadDir: string; stop(): Promise<void> }> {
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(os.tmpdir(), `ocop-${name}-pg-`)),
    port: await findFreePort(),
    persistent: false,
  });
  await ensureDatabaseExists(server.adminUrl, "ocop");
  const url = server.urlFor("ocop");
  await migrateDeploy(url, { quiet: true });
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), `ocop-${name}-uploads-`));
  await seedIfEmpty(url, uploadDir);
  return { url, uploadDir, stop: () => server.stop() };
}

/** The environment of a throw-away server at `baseUrl` on `databaseUrl`, with its own mail and upload folders. */
export function throwawaySiteEnv(name: string, databaseUrl: string, baseUrl: string, uploadDir?: string) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: `${name}-only-secret-0123456789abcdef`,
    PUBLIC_BASE_URL: baseUrl,
    MAIL_DIR: mkdtempSync(path.join(os.tmpdir(), `ocop-${name}-mail-`)),
    UPLOAD_DIR: uploadDir ?? mkdtempSync(path.join(os.tmpdir(), `ocop-${name}-uploads-`)),
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** Resolves once `url` answers 2xx (the server may still be starting, or close an idle socket). */
export async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      if ((await fetch(url, { headers: { connection: "close" } })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}
