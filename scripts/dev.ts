import { openDatabase } from "./db/connection";
import { migrateDeploy } from "./db/migrate";
import { ensureAuthSecret, spawnNext } from "./lib/build";
import { seedIfEmpty } from "./lib/seed-if-empty";

const database = await openDatabase();
await migrateDeploy(database.url, { quiet: true });
await seedIfEmpty(database.url);
const child = spawnNext(["dev"], { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: ensureAuthSecret(), NEXT_TELEMETRY_DISABLED: "1" });
const stop = () => child.kill("SIGINT");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", async (code) => {
  await database.close();
  process.exit(code ?? 0);
});
