"use client";

import "./globals.css";
import { usePathname } from "next/navigation";
import { ErrorView } from "@/components/layout/error-view";
import { localeOfPath } from "@/lib/locale-prefix.mjs";

/** When even the site's layout fails: a whole document of its own, in the language of the URL. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPath(usePathname());
  return (
    <html lang={locale}>
      <body className="bg-white px-4 text-slate-900 antialiased">
        <ErrorView locale={locale} digest={error.digest} reset={reset} />
      </body>
    </html>
  );
}
