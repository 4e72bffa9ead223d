import path from "node:path";
import { defineConfig } from "vitest/config";
import { pinnedClockEnv } from "./tests/support/clock.ts";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside a React Server Components build; tests run server code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

// Every test reads lib/clock.ts pinned to one instant (tests/support/clock.ts), never the wall clock.
const env = pinnedClockEnv();

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          env,
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "components/**/*.test.ts", "i18n/**/*.test.ts", "eslint-rules/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          env,
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-postgres.ts"],
          setupFiles: ["tests/support/database-per-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: more forks only queue on PostgreSQL and argon2.
          maxWorkers: 2,
        },
      },
    ],
  },
});
