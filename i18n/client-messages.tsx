import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "./messages";
import type { Namespace } from "./namespaces";

/**
 * A NextIntlClientProvider with only the namespaces the client components below it translate with.
 * The root layout has none, so public pages ship neither use-intl nor messages; back-office layouts
 * and the pages with translated client forms wrap themselves in this.
 */
export async function ClientMessages({ locale, namespaces, children }: { locale: string; namespaces: readonly Namespace[]; children: ReactNode }) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(messages, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
