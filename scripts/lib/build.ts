import { spawn, spawnSync, type StdioOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "server", "lib", "i18n", "messages", "prisma/schema.prisma", "next.config.ts", "proxy.ts", "package-lock.json", "public"];

export function nextBin(): string {
  return path.resolve("node_modules/.bin/next");
}

const HTTP_FRONT = path.resolve(import.meta.dirname, "http-front.mjs");

/**
 * Starts a Next.js server (`start` or `dev`) the one way every script does: with
 * scripts/lib/http-front.mjs preloaded (the socket address for lib/client-ip.ts, a 400 for request
 * targets Next.js cannot decode). `preload` adds more modules to load first (the scale test's lagging clock).
 */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv, { stdio = "inherit", preload = [] }: { stdio?: StdioOptions; preload?: string[] } = {}) {
  const requires = [HTTP_FRONT, ...preload].map((file) => `${file.endsWith(".mjs") ? "--import" : "--require"} ${JSON.stringify(file)}`).join(" ");
  const nodeOptions = [env.NODE_OPTIONS, requires].filter(Boolean).join(" ");
  return spawn(nextBin(), args, { env: { ...env, NODE_OPTIONS: nodeOptions }, stdio });
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function needsBuild(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestMtime(entry) > built);
}

/** Builds with the same environment the server will run with (pages prerender from the database). */
export function buildIfNeeded(env: NodeJS.ProcessEnv, { force = false } = {}): void {
  if (!force && !needsBuild()) return;
  console.log("Building the app (next build)…");
  const result = spawnSync(nextBin(), ["build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}

/**
 * Sessions are signed with NEXTAUTH_SECRET. Without one configured, a random secret is kept in
 * .data/ so that sessions survive restarts of this machine's server.
 */
export function ensureAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = ".data/auth-secret";
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
