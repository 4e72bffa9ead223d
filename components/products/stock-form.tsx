"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { EMPTY_FORM_STATE } from "@/components/forms/form-state";
import { adjustStockAction } from "@/server/products/actions";
import { STOCK_ADJUSTMENT_KINDS } from "@/server/products/schemas";

/**
 * One stock adjustment with its reason. It carries the stock the page showed (and when): a stocktake
 * is refused if orders moved the stock meanwhile, with what changed.
 */
export function StockForm({ locale, productId, stock, openedAt }: { locale: string; productId: string; stock: number; openedAt: number }) {
  const t = useTranslations("listings.stock");
  const [state, action, pending] = useActionState(adjustStockAction, EMPTY_FORM_STATE);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form key={JSON.stringify(v)} action={action} aria-label={t("formLabel")} className="grid max-w-2xl gap-3 rounded border border-slate-300 p-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={productId} />
      <input type="hidden" name="expectedStock" value={v.expectedStock ?? String(stock)} />
      <input type="hidden" name="openedAt" value={v.openedAt ?? String(openedAt)} />
      <div className="sm:col-span-2">
        <FormMessages formError={state.formError} />
      </div>
      <Field name="kind" label={t("kind")} required defaultValue={v.kind || "RECEIVED"} error={e.kind}>
        {STOCK_ADJUSTMENT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </Field>
      <Field name="quantity" type="number" step={1} label={t("quantity")} hint={t("quantityHint")} required defaultValue={v.quantity} error={e.quantity} />
      <div className="sm:col-span-2">
        <Field name="reason" label={t("reason")} hint={t("reasonHint")} defaultValue={v.reason} error={e.reason} />
      </div>
      <div>
        <SubmitButton>{pending ? t("saving") : t("save")}</SubmitButton>
      </div>
    </form>
  );
}
