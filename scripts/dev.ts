import { spawn } from "node:child_process";
import { openDatabase } from "./db/connection";
import { migrateDeploy } from "./db/migrate";
import { ensureAuthSecret, nextBin } from "./lib/build";
import { seedIfEmpty } from "./lib/seed-if-empty";

const database = await openDatabase();
await migrateDeploy(database.url, { quiet: true });
await seedIfEmpty(database.url);
const child = spawn(nextBin(), ["dev"], {
  env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: ensureAuthSecret(), NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "inherit",
});
const stop = () => child.kill("SIGINT");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", async (code) => {
  await database.close();
  process.exit(code ?? 0);
});
