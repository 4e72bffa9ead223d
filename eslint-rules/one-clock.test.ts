import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import plugin from "./one-clock.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: "module" } });

tester.run("no-wall-clock", plugin.rules["no-wall-clock"], {
  valid: [
    "import { now, today } from '@/lib/clock'; const t = now(); const d = today();",
    "const parsed = new Date('2026-11-30T00:00:00Z');",
    "const copy = new Date(other.getTime() + 60_000);",
    "const started = performance.now();",
    "const iso = instant.toISOString();",
  ],
  invalid: [
    { code: "const t = new Date();", errors: [{ messageId: "newDate" }] },
    { code: "const ms = Date.now();", errors: [{ messageId: "dateNow" }] },
    { code: "const d = new Date(Date.UTC(2026, 0, 1));", errors: [{ messageId: "dateUtc" }] },
    { code: "const y = decision.getUTCFullYear();", errors: [{ messageId: "dateField", data: { name: "getUTCFullYear" } }] },
    { code: "const h = now.getHours();", errors: [{ messageId: "dateField", data: { name: "getHours" } }] },
    { code: "const day = instant.toISOString().slice(0, 10);", errors: [{ messageId: "isoCut" }] },
    { code: "const day = instant.toISOString().split('T')[0];", errors: [{ messageId: "isoCut" }] },
    { code: "const at = instant.toISOString().replace('T', ' ').slice(0, 16);", errors: [{ messageId: "isoCut" }] },
  ],
});

tester.run("no-local-format", plugin.rules["no-local-format"], {
  valid: ["import { formatDay, formatVnd } from '@/lib/format'; formatDay(day, locale); formatVnd(35000, locale);"],
  invalid: [
    { code: "new Intl.NumberFormat('vi-VN').format(35000);", errors: [{ messageId: "number" }] },
    { code: "(35000).toLocaleString('en-US');", errors: [{ messageId: "number" }] },
    { code: "new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long' }).format(d);", errors: [{ messageId: "intl" }] },
    { code: "d.toLocaleDateString('vi-VN');", errors: [{ messageId: "intl" }] },
  ],
});
