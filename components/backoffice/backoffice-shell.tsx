import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LogoutButton } from "@/components/accounts/logout-button";
import { Link } from "@/i18n/navigation";
import type { Messages } from "next-intl";

/**
 * Chrome only: each back-office page checks access itself (layouts are not a security boundary). Every
 * back-office page gets the same bar: who is signed in (and, for an officer, where they act), the way
 * to the public site, the password page and sign-out.
 */
export async function BackofficeShell({
  locale,
  title,
  items,
  user,
  children,
}: {
  locale: string;
  title: string;
  items: readonly { key: keyof Messages["backoffice"]["nav"]; href: string }[];
  /** The signed-in user, when there is one (the page itself decides what they may see). */
  user: { name: string; area: string | null } | null;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "backoffice" });
  return (
    <div className="space-y-4">
      {user ? (
        <div className="no-print flex flex-wrap items-center justify-end gap-x-4 gap-y-2 border-b border-slate-200 pb-3 text-sm" data-testid="backoffice-bar">
          <span>
            <strong>{user.name}</strong>
            {user.area ? <span className="text-slate-600"> · {user.area}</span> : null}
          </span>
          <Link href="/" className="text-brand-800 underline">
            {t("publicSite")}
          </Link>
          <Link href="/account/password" className="text-brand-800 underline">
            {t("nav.password")}
          </Link>
          <LogoutButton locale={locale} />
        </div>
      ) : null}
      <div className="grid gap-6 md:grid-cols-[14rem_1fr] print:block">
        <nav aria-label={title} className="no-print">
          <p className="mb-2 text-sm font-bold uppercase tracking-wide text-slate-600">{title}</p>
          <ul className="space-y-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded px-2 py-1 text-brand-800 hover:bg-brand-50">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  );
}
