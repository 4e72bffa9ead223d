import "server-only";
import { getTranslations } from "next-intl/server";
import { ruleMessage } from "@/components/certificates/rule-message";

/** Formats rule issues in `locale` on the server (the same sentences the form shows as one types). */
export async function ruleMessageFormatter(locale: "vi" | "en") {
  const t = await getTranslations({ locale, namespace: "certificates" });
  return (issue: { code: string; params: Record<string, string | number> }) => ruleMessage(t as never, locale, issue);
}
