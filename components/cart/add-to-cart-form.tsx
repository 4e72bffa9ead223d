import { getTranslations } from "next-intl/server";
import { addToCartAction } from "@/server/orders/actions";

/** Takes the product by slug (what the catalogue page knows). A plain form: works without JavaScript; the server re-reads price and stock when the cart is shown. */
export async function AddToCartForm({ slug, locale, maxQuantity }: { slug: string; locale: string; maxQuantity: number }) {
  const t = await getTranslations({ locale, namespace: "orders.cart" });
  if (maxQuantity < 1) return null;
  return (
    <form action={addToCartAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <label className="flex flex-col text-sm font-semibold">
        {t("quantity")}
        <input
          name="quantity"
          type="number"
          min={1}
          max={Math.min(99, maxQuantity)}
          defaultValue={1}
          required
          className="mt-1 w-24 rounded border border-slate-400 px-3 py-2"
        />
      </label>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2">
        {t("addToCart")}
      </button>
    </form>
  );
}
