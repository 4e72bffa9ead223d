import { spawnSync } from "node:child_process";
import path from "node:path";

// `prisma generate` reads env("DATABASE_URL") from the schema but never connects; a placeholder
// keeps it from falling back to downloading a query engine when no database is configured yet.
const result = spawnSync(path.resolve("node_modules/.bin/prisma"), ["generate"], {
  env: {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://placeholder@127.0.0.1:1/placeholder",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
  stdio: "inherit",
});
process.exit(result.status ?? 1);
