import { formatDay } from "@/lib/format";

/** Params of a rule issue that are calendar days, shown as dd/mm/yyyy (vi) or "30 Nov 2026" (en). */
const DAY_PARAMS = new Set(["date", "today", "validUntil", "decisionDate"]);

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * One rule issue (lib/certificate-rules.ts) as a sentence in the user's language, from the
 * `certificates` namespace: used by the form as the officer types and by the actions on the server.
 */
export function ruleMessage(t: Translate, locale: string, issue: { code: string; params: Record<string, string | number> }): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params)) {
    if (DAY_PARAMS.has(name) && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) values[name] = formatDay(value, locale);
    else if (name === "level" && typeof value === "string") values[name] = t(`levelWords.${value}`);
    else values[name] = value;
  }
  return t(`rules.${issue.code}`, values);
}
