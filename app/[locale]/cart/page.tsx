import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatVnd } from "@/lib/money";
import { updateCartLineAction } from "@/server/orders/actions";
import { CART_COOKIE, readCart } from "@/server/orders/cart-cookie";
import { getCartView } from "@/server/orders/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "orders.cart" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CartPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "orders.cart" });
  const cart = await getCartView(readCart((await cookies()).get(CART_COOKIE)?.value), locale);
  const money = (n: number) => formatVnd(n, locale);

  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      {cart.groups.length === 0 ? (
        <p>
          {t("empty")}{" "}
          <Link href="/products" className="font-semibold text-brand-800 underline">
            {t("browse")}
          </Link>
        </p>
      ) : (
        <>
          {cart.groups.map((group) => (
            <section key={group.producerId} className="rounded border border-slate-200 p-4" aria-labelledby={`producer-${group.producerId}`}>
              <h2 id={`producer-${group.producerId}`} className="mb-3 text-lg font-semibold">
                {t("producer", { name: group.producerName })}
              </h2>
              <ul className="divide-y divide-slate-200">
                {group.lines.map((line) => (
                  <li key={line.productId} className="flex flex-wrap items-end justify-between gap-3 py-3">
                    <div>
                      <Link href={`/products/${line.slug}`} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                        {line.name}
                      </Link>
                      <p className="text-sm text-slate-700">
                        {t("unitPrice")}: {money(line.unitPriceVnd)} / {line.unit}
                      </p>
                      {!line.available ? (
                        <p className="text-sm font-semibold text-red-800">{t("unavailable")}</p>
                      ) : line.stock < line.quantity ? (
                        <p className="text-sm font-semibold text-red-800">{t("notEnough", { count: line.stock })}</p>
                      ) : null}
                    </div>
                    <form action={updateCartLineAction} className="flex items-end gap-2">
                      <input type="hidden" name="productId" value={line.productId} />
                      <input type="hidden" name="locale" value={locale} />
                      <label className="flex flex-col text-sm">
                        {t("quantity")}
                        <input name="quantity" type="number" min={0} max={99} defaultValue={line.quantity} className="mt-1 w-20 rounded border border-slate-400 px-2 py-1" />
                      </label>
                      <button type="submit" className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">
                        {t("update")}
                      </button>
                      <button type="submit" name="remove" value="1" className="rounded px-3 py-1 text-red-800 underline">
                        {t("remove")}
                      </button>
                    </form>
                    <p className="w-full text-right font-semibold sm:w-auto">{money(line.lineTotalVnd)}</p>
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-right text-sm">
                {t("shipping")}: {money(group.shippingVnd)}
              </p>
            </section>
          ))}
          <dl className="ml-auto grid max-w-sm grid-cols-2 gap-1 text-right">
            <dt>{t("subtotal")}</dt>
            <dd>{money(cart.subtotalVnd)}</dd>
            <dt>{t("shipping")}</dt>
            <dd>{money(cart.shippingVnd)}</dd>
            <dt className="font-bold">{t("total")}</dt>
            <dd className="font-bold" data-testid="cart-total">
              {money(cart.totalVnd)}
            </dd>
          </dl>
          {cart.orderable ? (
            <div className="text-right">
              <Link href="/checkout" className="inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
                {t("checkout")}
              </Link>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
