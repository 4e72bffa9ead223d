import boundaries from "eslint-plugin-boundaries";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";
import clock from "./eslint-rules/one-clock.mjs";

/** Where reading the wall clock is the point: the clock itself, tests (which pin it), and the cache handler (its own process clock, see its comments). */
const WALL_CLOCK_ALLOWED = ["lib/clock.ts", "server/infra/cache-handler/**", "tests/**", "**/*.test.ts", "eslint-rules/**"];

/*
 * The layers (docs/architecture.md, "Layers"), enforced here so that they cannot drift:
 * - components/ reach server/ only through Server Actions (`server/<domain>/actions.ts`); a type
 *   import (no code) of a view type is allowed;
 * - server/ never reaches components/ or app/;
 * - lib/ is pure: nothing of the app (server/, components/, app/, i18n/, the Prisma client);
 * - a client component imports no zod schema (nor zod, nor lib/env.ts), which would ship to the browser.
 */
const LAYERS = [
  { type: "app", pattern: "app/**", partialMatch: false },
  { type: "server", pattern: "server/**", partialMatch: false },
  { type: "components", pattern: "components/**", partialMatch: false },
  { type: "lib", pattern: "lib/**", partialMatch: false },
  { type: "i18n", pattern: "i18n/**", partialMatch: false },
  { type: "generated", pattern: "generated/**", partialMatch: false },
];

/** Files that start with "use client" must not import what ships a schema or a secret to the browser. */
const clientImports = {
  meta: { type: "problem", messages: { schema: "A client component must not import {{source}}: it would ship a schema or server code to the browser. Take plain data as props, or import the Server Action." } },
  create(context) {
    const body = context.sourceCode.ast.body;
    const isClient = body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");
    if (!isClient) return {};
    const forbidden = (source) =>
      source === "zod" ||
      source.startsWith("zod/") ||
      source === "@/lib/env" ||
      /schemas?$/.test(source) ||
      source.startsWith("@/generated/") ||
      (source.startsWith("@/server/") && !source.endsWith("/actions"));
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        if (forbidden(node.source.value)) context.report({ node, messageId: "schema", data: { source: node.source.value } });
      },
    };
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**", "components/**", "server/**", "lib/**", "i18n/**", "proxy.ts"],
    ignores: ["**/*.test.ts"],
    plugins: { boundaries, layers: { rules: { "client-imports": clientImports } } },
    settings: {
      "boundaries/elements": LAYERS,
      // Server Actions: the one door from components/ into server/.
      "boundaries/files": [{ category: "actions", pattern: "**/actions.ts" }],
      "boundaries/include": ["app/**", "components/**", "server/**", "lib/**", "i18n/**", "generated/**"],
      "import/resolver": { typescript: { alwaysTryTypes: true }, node: true },
    },
    rules: {
      "layers/client-imports": "error",
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          policies: [
            {
              from: { element: { type: "components" } },
              disallow: { to: { element: { types: { anyOf: ["server", "app", "generated"] } } }, dependency: { kind: "value" } },
              message: "components/ reach server/ only through Server Actions (server/<domain>/actions.ts); pages read and pass plain data",
            },
            { from: { element: { type: "components" } }, allow: { to: { element: { type: "server" }, file: { categories: "actions" } } } },
            {
              from: { element: { type: "server" } },
              disallow: { to: { element: { types: { anyOf: ["components", "app"] } } } },
              message: "server/ never reaches components/ or app/",
            },
            {
              from: { element: { type: "lib" } },
              disallow: { to: { element: { types: { anyOf: ["server", "components", "app", "i18n", "generated"] } } } },
              message: "lib/ is pure: it reaches nothing of the app",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  // One clock, one way to write dates, numbers and money (docs/time.md).
  { plugins: { clock } },
  { files: ["**/*.{ts,tsx,mts,mjs,js,cjs}"], ignores: WALL_CLOCK_ALLOWED, rules: { "clock/no-wall-clock": "error" } },
  { files: ["**/*.{ts,tsx,mts,mjs,js,cjs}"], ignores: ["lib/format.ts", "tests/**", "**/*.test.ts", "eslint-rules/**"], rules: { "clock/no-local-format": "error" } },
]);
