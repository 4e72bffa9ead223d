/**
 * `next-intl/server` outside a Next.js server, for tests that call Server Actions or the form kit
 * directly: `getTranslations` reads the same message files through next-intl's core translator, so the
 * messages a test asserts are the ones a user reads. Use:
 *   vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
 */
import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";

export async function getTranslations({ locale, namespace }: { locale: Locale; namespace?: string }) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never });
}
