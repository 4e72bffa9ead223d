// @ts-check
/**
 * Local ESLint rules that keep time in one place (docs/time.md):
 *
 * - `clock/no-wall-clock`: "now" and "today" come from lib/clock.ts (`now()`, `nowMs()`, `today()`), and
 *   calendar days are computed there (`dayOf`, `dateToDay`, `addDays`, `addMonths`, `daysBetween`,
 *   `yearOf`). Forbids `new Date()` with no argument, `Date.now()`, `Date.UTC()`, the local and UTC
 *   getters and setters of a Date's fields, and `toISOString()` cut to a day: an instant's UTC date is
 *   not Vietnam's day (from 00:00 to 07:00 in Vietnam it is still yesterday in UTC).
 * - `clock/no-local-format`: dates, numbers and money are shown through lib/format.ts (dd/mm/yyyy and
 *   "35.000 ₫" in Vietnamese, one English form), never through a local `Intl.DateTimeFormat`,
 *   `Intl.NumberFormat` or `toLocale…String`.
 *
 * Durations are measured with `performance.now()`, which both rules allow.
 */

const DATE_FIELD_METHODS = new Set([
  "getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds", "getTimezoneOffset",
  "getUTCFullYear", "getUTCMonth", "getUTCDate", "getUTCDay", "getUTCHours", "getUTCMinutes", "getUTCSeconds",
  "setFullYear", "setMonth", "setDate", "setHours", "setMinutes",
  "setUTCFullYear", "setUTCMonth", "setUTCDate", "setUTCHours", "setUTCMinutes",
]);
const CUTS = new Set(["slice", "substring", "substr", "split"]);

/** @param {import("estree").Node} node @param {string} name */
const isIdentifier = (node, name) => node.type === "Identifier" && node.name === name;

/** @param {import("estree").MemberExpression} node */
const propertyName = (node) =>
  !node.computed && node.property.type === "Identifier" ? node.property.name : node.property.type === "Literal" ? String(node.property.value) : null;

/** @type {import("eslint").Rule.RuleModule} */
const noWallClock = {
  meta: {
    type: "problem",
    docs: { description: "Take now and today from lib/clock.ts, and do day arithmetic there" },
    messages: {
      newDate: "`new Date()` reads the wall clock: use `now()` from lib/clock.ts (the app's clock, pinned by tests).",
      dateNow: "`Date.now()` reads the wall clock: use `nowMs()` from lib/clock.ts (or `performance.now()` to time a duration).",
      dateUtc: "Day arithmetic goes through lib/clock.ts (`addDays`, `addMonths`, `daysBetween`, `dayToDate`, `yearOf`).",
      dateField: "`{{name}}()` reads a day in the server's zone or in UTC, not in Vietnam: use lib/clock.ts (`dayOf`, `dateToDay`, `yearOf`, `addDays`…).",
      isoCut: "An instant's UTC date is not Vietnam's day: use `dayOf(instant)` or `dateToDay(dbDate)` from lib/clock.ts.",
    },
    schema: [],
  },
  create(context) {
    return {
      NewExpression(node) {
        if (isIdentifier(node.callee, "Date") && node.arguments.length === 0) context.report({ node, messageId: "newDate" });
      },
      MemberExpression(node) {
        const name = propertyName(node);
        if (isIdentifier(node.object, "Date") && name === "now") context.report({ node, messageId: "dateNow" });
        else if (isIdentifier(node.object, "Date") && name === "UTC") context.report({ node, messageId: "dateUtc" });
        else if (name && DATE_FIELD_METHODS.has(name)) context.report({ node, messageId: "dateField", data: { name } });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== "MemberExpression" || !CUTS.has(propertyName(callee) ?? "")) return;
        // `d.toISOString().slice(0, 10)`, also through other calls: `d.toISOString().replace("T", " ").slice(0, 16)`.
        for (let inner = callee.object; inner.type === "CallExpression" && inner.callee.type === "MemberExpression"; inner = inner.callee.object) {
          if (propertyName(inner.callee) === "toISOString") {
            context.report({ node, messageId: "isoCut" });
            return;
          }
        }
      },
    };
  },
};

/** @type {import("eslint").Rule.RuleModule} */
const noLocalFormat = {
  meta: {
    type: "problem",
    docs: { description: "Show dates, numbers and money through lib/format.ts" },
    messages: {
      intl: "Format dates and times with lib/format.ts (`formatDay`, `formatDayRange`, `formatDateTime`): one form everywhere, in Vietnam's time.",
      number: "Format numbers and money with lib/format.ts (`formatNumber`, `formatVnd`): one form per language everywhere.",
    },
    schema: [],
  },
  create(context) {
    return {
      MemberExpression(node) {
        const name = propertyName(node);
        if ((isIdentifier(node.object, "Intl") && name === "DateTimeFormat") || name === "toLocaleDateString" || name === "toLocaleTimeString") {
          context.report({ node, messageId: "intl" });
        }
        if ((isIdentifier(node.object, "Intl") && name === "NumberFormat") || name === "toLocaleString") {
          context.report({ node, messageId: "number" });
        }
      },
    };
  },
};

const plugin = { rules: { "no-wall-clock": noWallClock, "no-local-format": noLocalFormat } };
export default plugin;
