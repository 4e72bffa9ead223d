"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessages, Hidden, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { STOCK_ADJUSTMENT_KINDS } from "@/lib/stock-adjustment-kinds";
import { adjustStockAction } from "@/server/products/actions";


/**
 * One stock adjustment with its reason. It carries the stock the page showed (and when): a stocktake
 * is refused if orders moved the stock meanwhile, with what changed.
 */
export function StockForm({ locale, productId, stock, openedAt }: { locale: string; productId: string; stock: number; openedAt: number }) {
  const t = useTranslations("listings.stock");
  return (
    <Form action={adjustStockAction} locale={locale} label={t("formLabel")} className="grid max-w-2xl gap-3 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <input type="hidden" name="id" value={productId} />
        <Hidden name="expectedStock" value={String(stock)} />
        <Hidden name="openedAt" value={String(openedAt)} />
        <div className="sm:col-span-2">
          <FormMessages />
        </div>
        <Field name="kind" label={t("kind")} required defaultValue="RECEIVED">
          {STOCK_ADJUSTMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </Field>
        <Field name="quantity" type="number" step={1} label={t("quantity")} hint={t("quantityHint")} required />
        <div className="sm:col-span-2">
          <Field name="reason" label={t("reason")} hint={t("reasonHint")} />
        </div>
        <div>
          <SubmitButton>{t("save")}</SubmitButton>
        </div>
    </Form>
  );
}
