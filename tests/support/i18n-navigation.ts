/**
 * `@/i18n/navigation`'s `redirect` outside a Next.js server, for tests that call Server Actions
 * directly: the target is recorded in `redirects` and the action stops as Next's redirect would. Use:
 *   vi.mock("@/i18n/navigation", () => import("@/tests/support/i18n-navigation"));
 *   import { redirects } from "@/tests/support/i18n-navigation";   // empty it in beforeEach
 */
export const redirects: string[] = [];

export function redirect({ href }: { href: string }): never {
  redirects.push(href);
  throw new Error("NEXT_REDIRECT");
}
