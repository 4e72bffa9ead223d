import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { embeddedUrl, isPortFree, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";

const DEFAULT_DATA_DIR = ".data/pg";
const DEFAULT_EMBEDDED_PORT = 54329;
const EMBEDDED_DATABASE = "ocop";

export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedServer | null;
  close(): Promise<void>;
}

/**
 * The one rule for choosing a database: DATABASE_URL when it is set, otherwise the embedded server
 * with its data in .data/pg (created and initialised on first use).
 */
export async function openDatabase(env: Record<string, string | undefined> = process.env): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: null, close: async () => {} };
  }
  const dataDir = path.resolve(env.EMBEDDED_PG_DATA_DIR ?? DEFAULT_DATA_DIR);
  const port = Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  // A backup or seed while `npm start` runs: use the embedded server that is already up.
  const running = await connectToRunningEmbedded(dataDir, port);
  if (running) return { url: running, embedded: null, close: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  await ensureDatabaseExists(server.adminUrl, EMBEDDED_DATABASE);
  return { url: server.urlFor(EMBEDDED_DATABASE), embedded: server, close: () => server.stop() };
}

async function connectToRunningEmbedded(dataDir: string, port: number): Promise<string | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile) || (await isPortFree(port))) return null;
  // postmaster.pid's fourth line is the port the server of this data directory listens on.
  if (readFileSync(pidFile, "utf8").split("\n")[3]?.trim() !== String(port)) return null;
  const url = embeddedUrl(port, EMBEDDED_DATABASE);
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: embeddedUrl(port, "postgres") });
  try {
    await client.connect();
    await client.end();
  } catch {
    return null;
  }
  await ensureDatabaseExists(embeddedUrl(port, "postgres"), EMBEDDED_DATABASE);
  return url;
}

export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Runs `fn` with DATABASE_URL pointing at the chosen database, then stops an embedded server. */
export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const handle = await openDatabase();
  try {
    return await fn(handle.url);
  } finally {
    await handle.close();
  }
}
