import "server-only";
import { getTranslations } from "next-intl/server";
import { ruleMessage } from "@/lib/certificate-rule-message";
import type { Locale } from "@/i18n/routing";
import { isAppError } from "@/lib/errors";

type Issue = { code: string; field?: string; params: Record<string, string | number> };

/** Formats rule issues in `locale` on the server (the same sentences the form shows as one types). */
export async function ruleMessageFormatter(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "certificates" });
  return (issue: Issue) => ruleMessage(t as never, locale, issue);
}

/**
 * A refusal by lib/certificate-rules.ts (AppError details `rules`) as messages next to their fields,
 * with the rule's values (the score band, the dates); anything else is left to the forms vocabulary.
 */
export async function describeRuleFailure(error: unknown, locale: Locale): Promise<Record<string, string> | null> {
  if (!isAppError(error) || !Array.isArray(error.details?.rules)) return null;
  const message = await ruleMessageFormatter(locale);
  const fields: Record<string, string> = {};
  for (const issue of error.details.rules as Issue[]) if (issue.field) fields[issue.field] ??= message(issue);
  return fields;
}
