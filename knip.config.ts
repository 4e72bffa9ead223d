import type { KnipConfig } from "knip";

/**
 * `npm run lint:dead` (part of `npm run lint`): files, exports and dependencies nothing uses. Next.js,
 * Vitest and Playwright files are found by knip's plugins; these are the other ways code is reached.
 */
const config: KnipConfig = {
  entry: [
    // Run by npm scripts, by each other (spawned with tsx) or preloaded into Node (`--import`).
    "scripts/**/*.{ts,mjs}",
    "bench/*.ts",
    "prisma/seed/*.ts",
    // Loaded by Next.js through next.config.ts's cacheHandler path.
    "server/infra/cache-handler/index.mjs",
    // Loaded by eslint.config.mjs.
    "eslint-rules/*.mjs",
    // Preloaded into the scale test's second instance (scripts/scale-server.ts).
    "tests/scale/lagging-clock.cjs",
    // Vitest's alias for "server-only" (vitest.config.ts).
    "tests/support/server-only.ts",
  ],
  project: ["**/*.{ts,tsx,mjs,cjs}"],
  // A type or constant exported for callers and used in its own file (a signature, a default) is not dead.
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // Imported by the generated Prisma client (generated/, not part of the project).
    "@prisma/client",
    // Required through createRequire in scripts/db/embedded-postgres.ts, to unhook it.
    "async-exit-hook",
    // Used from CSS (app/fonts.css, app/globals.css), which knip does not read.
    "@fontsource/be-vietnam-pro",
    "tailwindcss",
    // Run as a program by bench/lighthouse.ts (node_modules/.bin/lighthouse).
    "lighthouse",
  ],
};

export default config;
