import { getTranslations } from "next-intl/server";
import type { ComponentProps, ReactNode } from "react";
import { localizedHref } from "@/i18n/localized-href";
import { ConfirmForm } from "./confirm-form";

export interface ConfirmItem {
  id: string;
  /** How the row reads in the list (name, owner, state). */
  description: ReactNode;
  /** Why the action leaves this row alone, or nothing when it applies. */
  skipped?: string;
}

/**
 * The confirmation page every bulk action goes through: what was picked, which rows the action leaves
 * alone and why, and the form that changes the rest. With nothing left to change it says so and offers
 * the way back to the list (`back`: the list's own query, as the bulk form carried it).
 */
export async function ConfirmPage({
  locale,
  listPath,
  back,
  heading,
  explain,
  items,
  form,
}: {
  locale: string;
  /** The list's own path, e.g. "/admin/producers". */
  listPath: string;
  back: string;
  heading: string;
  explain: string;
  items: readonly ConfirmItem[];
  form: Omit<ComponentProps<typeof ConfirmForm>, "locale" | "ids" | "cancelLabel" | "cancelHref" | "hidden"> & { hidden: Record<string, string> };
}) {
  const t = await getTranslations({ locale, namespace: "backoffice.list" });
  const listHref = localizedHref(`${listPath}${back}`, locale);
  const applies = items.filter((item) => !item.skipped);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("confirmTitle")}</h1>
      {applies.length === 0 ? (
        <>
          {/* Rows were picked but none can take the action: say why for each rather than "nothing picked". */}
          <p>{items.length === 0 ? t("nothingSelected") : t("nothingApplies")}</p>
          {items.length > 0 ? <ItemList items={items} /> : null}
          <a href={listHref} className="text-brand-800 underline">
            {t("cancel")}
          </a>
        </>
      ) : (
        <>
          <h2 className="text-xl font-semibold">{heading}</h2>
          <p>{explain}</p>
          <ItemList items={items} />
          <ConfirmForm
            {...form}
            locale={locale}
            hidden={{ ...form.hidden, back }}
            ids={applies.map((item) => item.id)}
            cancelLabel={t("cancel")}
            cancelHref={listHref}
          />
        </>
      )}
    </section>
  );
}

/** The picked rows, each with why the action leaves it alone where it does. */
function ItemList({ items }: { items: readonly ConfirmItem[] }) {
  return (
    <ul className="list-disc space-y-1 pl-6" data-testid="confirm-items">
      {items.map((item) => (
        <li key={item.id}>
          {item.description}
          {item.skipped ? <em className="text-slate-600"> — {item.skipped}</em> : null}
        </li>
      ))}
    </ul>
  );
}

/** The list query a confirmation page was handed (`?…` only, never a path: it becomes a link back). */
export function backQuery(value: string | string[] | undefined): string {
  return typeof value === "string" && value.startsWith("?") ? value : "";
}
