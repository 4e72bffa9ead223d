import { randomBytes } from "node:crypto";
import pg from "pg";
import { TEMPLATE_DATABASE, urlWithDatabase } from "./database-urls";

/** Creates an extra scratch database for a test (empty, or copied from the migrated template). */
export async function createScratchDatabase({ fromTemplate }: { fromTemplate: boolean }): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  if (!adminUrl) throw new Error("integration setup did not run");
  const name = `ocop_scratch_${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}${fromTemplate ? ` TEMPLATE ${TEMPLATE_DATABASE}` : ""}`);
  return {
    url: urlWithDatabase(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Timestamp columns hold UTC instants without a zone (as Prisma writes and reads them); node-postgres
 * would read them in the process's zone, which the time-travel run sets to America/Los_Angeles.
 */
const TIMESTAMP = 1114;
const utcTimestamps = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Rows of one query on its own connection, timestamps read as the UTC instants they are. */
export async function queryRows<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, types: utcTimestamps });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
