import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";
import clock from "./eslint-rules/one-clock.mjs";

/** Where reading the wall clock is the point: the clock itself, tests (which pin it), and the cache handler (its own process clock, see its comments). */
const WALL_CLOCK_ALLOWED = ["lib/clock.ts", "server/infra/cache-handler/**", "tests/**", "**/*.test.ts", "eslint-rules/**"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  // One clock, one date format (docs/time.md).
  { plugins: { clock } },
  { files: ["**/*.{ts,tsx,mts,mjs,js,cjs}"], ignores: WALL_CLOCK_ALLOWED, rules: { "clock/no-wall-clock": "error" } },
  { files: ["**/*.{ts,tsx,mts,mjs,js,cjs}"], ignores: ["lib/format.ts", "tests/**", "**/*.test.ts", "eslint-rules/**"], rules: { "clock/no-date-format": "error" } },
]);
