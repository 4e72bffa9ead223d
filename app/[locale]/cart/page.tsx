import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ShippingRuleText } from "@/components/cart/shipping-rule";
import { Link } from "@/i18n/navigation";
import { provinceByCode } from "@/lib/delivery-estimate";
import { formatVnd } from "@/lib/format";
import { englishName, inLocale } from "@/lib/vocabulary";
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
  const [t, tShip] = await Promise.all([getTranslations({ locale, namespace: "orders.cart" }), getTranslations({ locale, namespace: "orders.shipping" })]);
  const cart = await getCartView(readCart((await cookies()).get(CART_COOKIE)?.value), locale);
  const money = (n: number) => formatVnd(n, locale);
  const stepper = "flex h-11 w-11 items-center justify-center rounded border border-slate-500 text-xl font-bold text-brand-800 disabled:opacity-40";

  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      {cart.unavailableCount > 0 ? (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 p-3">
          {t("unavailableLines", { count: cart.unavailableCount })}
        </p>
      ) : null}
      {cart.groups.length === 0 ? (
        <p>
          {t("empty")}{" "}
          <Link href="/products" className="font-semibold text-brand-800 underline">
            {t("browse")}
          </Link>
        </p>
      ) : (
        <>
          {cart.groups.map((group) => {
            const from = provinceByCode(group.provinceCode);
            return (
              <section key={group.producerId} className="rounded border border-slate-200 p-4" aria-labelledby={`producer-${group.producerId}`}>
                <h2 id={`producer-${group.producerId}`} className="mb-3 text-lg font-semibold">
                  {t("producer", { name: inLocale(locale, group.producerName, englishName) })}
                </h2>
                <ul className="divide-y divide-slate-200">
                  {group.lines.map((line) => (
                    <li key={line.productId} className="flex flex-wrap items-end justify-between gap-3 py-3" data-testid="cart-line">
                      <div className="min-w-0">
                        <Link href={`/products/${line.slug}`} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                          {line.name}
                        </Link>
                        <p className="text-sm text-slate-700">
                          {t("unitPrice")}: {money(line.unitPriceVnd)} / {line.unit}
                        </p>
                        {line.stock < line.quantity ? <p className="text-sm font-semibold text-red-800">{t("notEnough", { count: line.stock })}</p> : null}
                      </div>
                      {/* Each button is its own form post: works without JavaScript, + stops at the most this buyer may order. */}
                      <div className="flex items-center gap-1" role="group" aria-label={`${t("quantity")}: ${line.name}`}>
                        <form action={updateCartLineAction}>
                          <input type="hidden" name="productId" value={line.productId} />
                          <input type="hidden" name="locale" value={locale} />
                          <button type="submit" name="quantity" value={line.quantity - 1} className={stepper} disabled={line.quantity <= 1} aria-label={t("decrease", { name: line.name })}>
                            −
                          </button>
                        </form>
                        <span className="w-10 text-center font-semibold" data-testid="cart-quantity" aria-live="polite">
                          {line.quantity}
                        </span>
                        <form action={updateCartLineAction}>
                          <input type="hidden" name="productId" value={line.productId} />
                          <input type="hidden" name="locale" value={locale} />
                          <button type="submit" name="quantity" value={line.quantity + 1} className={stepper} disabled={line.quantity >= line.maxQuantity} aria-label={t("increase", { name: line.name })}>
                            +
                          </button>
                        </form>
                        <form action={updateCartLineAction}>
                          <input type="hidden" name="productId" value={line.productId} />
                          <input type="hidden" name="locale" value={locale} />
                          <button type="submit" name="remove" value="1" className="min-h-11 px-2 text-red-800 underline" aria-label={t("removeNamed", { name: line.name })}>
                            {t("remove")}
                          </button>
                        </form>
                      </div>
                      <p className="w-full text-right font-semibold sm:w-auto">{money(line.lineTotalVnd)}</p>
                    </li>
                  ))}
                </ul>
                <div className="mt-2 border-t border-slate-200 pt-2 text-sm">
                  <p className="flex justify-between gap-2 font-semibold">
                    <span>{t("shipping")}</span>
                    <span data-testid="group-shipping">{money(group.shippingVnd)}</span>
                  </p>
                  <p className="text-slate-700">
                    <ShippingRuleText rule={group.shipping} locale={locale} withProgress />
                    {from ? <span> {tShip("from", { province: locale === "en" ? from.nameEn : from.name })}</span> : null}
                  </p>
                </div>
              </section>
            );
          })}
          <p className="text-sm text-slate-700">{t("perProducerNote")}</p>
          {cart.ageRestricted ? <p className="text-sm font-semibold text-amber-900">{t("ageRestricted")}</p> : null}
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
          <div className="flex flex-wrap justify-end gap-3">
            <Link href="/products" className="inline-block rounded border border-brand-700 px-5 py-2 font-semibold text-brand-800">
              {t("continue")}
            </Link>
            {cart.orderable ? (
              <Link href="/checkout" className="inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
                {t("checkout")}
              </Link>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
