import pg from "pg";
import { generateNational } from "../prisma/seed/generate-national";
import { startDemoDatabase } from "../scripts/lib/throwaway-site";

/**
 * The database of an in-process bench (relevance, engine): `givenUrl` when it already holds the
 * national data, else a throw-away embedded PostgreSQL with the demo district and the national
 * generator's data. Points DATABASE_URL at it (server modules read it when first imported), so import
 * them after this resolves.
 */
export async function nationalDatabase(name: string, givenUrl: string | undefined): Promise<{ url: string; stop: () => Promise<void> }> {
  let url = givenUrl;
  let stop: () => Promise<void> = async () => undefined;
  if (!url) {
    const database = await startDemoDatabase(name);
    stop = database.stop;
    url = database.url;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    console.log("Generating national-scale data…");
    await generateNational(client, { log: (message) => console.log(message) });
    await client.query("ANALYZE");
    await client.end();
  }
  process.env.DATABASE_URL = url;
  delete process.env.DATABASE_REPLICA_URLS;
  return { url, stop };
}
