import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/** Chrome only: each back-office page checks access itself (layouts are not a security boundary). */
export async function BackofficeShell({
  locale,
  title,
  items,
  children,
}: {
  locale: string;
  title: string;
  items: readonly { key: string; href: string }[];
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "backoffice" });
  return (
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
  );
}
