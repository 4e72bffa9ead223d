import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CheckoutForm } from "@/components/orders/checkout-form";
import { Link, redirect } from "@/i18n/navigation";
import { today } from "@/lib/clock";
import { deliveryWindow, PROVINCES } from "@/lib/delivery-estimate";
import { formatDayRange, formatVnd } from "@/lib/format";
import { englishName, inLocale } from "@/lib/vocabulary";
import { placeOrderAction } from "@/server/orders/actions";
import { CART_COOKIE, readCart } from "@/server/orders/cart-cookie";
import { getCartView } from "@/server/orders/queries";
import { FIELD_LIMITS } from "@/server/orders/schemas";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "orders.checkout" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckoutPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const cart = await getCartView(readCart((await cookies()).get(CART_COOKIE)?.value), locale);
  if (!cart.orderable) redirect({ href: "/cart", locale });
  const [t, tCart, tShip] = await Promise.all([
    getTranslations({ locale, namespace: "orders.checkout" }),
    getTranslations({ locale, namespace: "orders.cart" }),
    getTranslations({ locale, namespace: "orders.shipping" }),
  ]);
  const money = (n: number) => formatVnd(n, locale);
  // The slowest producer of the cart sets the window; worded here so the form ships no date code.
  const day = today();
  const estimates = Object.fromEntries(
    PROVINCES.flatMap((province) => {
      const windows = cart.groups.map((g) => deliveryWindow(day, g.provinceCode, province.code)).filter((w) => w !== null);
      if (windows.length === 0) return [];
      const from = windows.map((w) => w.from).sort()[0];
      const to = windows.map((w) => w.to).sort().at(-1)!;
      return [[province.code, `${tShip("estimateDates", { from: formatDayRange(from, from, locale), to: formatDayRange(to, to, locale) })} ${tShip("estimateNote")}`]];
    }),
  );
  const privacy = (
    <>
      <p>{t("privacy")}</p>
      <p className="mt-1 flex flex-wrap gap-x-4">
        <Link href="/privacy" className="font-semibold text-brand-800 underline">{t("privacyLink")}</Link>
        <Link href="/terms" className="font-semibold text-brand-800 underline">{t("termsLink")}</Link>
        <Link href="/returns" className="font-semibold text-brand-800 underline">{t("returnsLink")}</Link>
      </p>
    </>
  );

  return (
    <section className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <h1 className="mb-4 text-2xl font-bold text-brand-800">{t("title")}</h1>
        <CheckoutForm
          action={placeOrderAction}
          locale={locale}
          expectedTotalVnd={cart.totalVnd}
          paymentMethods={cart.paymentMethods.map((value) => ({ value, label: t(value), help: t(`paymentHelp.${value}`) }))}
          provinces={PROVINCES.map((p) => ({ code: p.code, name: locale === "en" ? p.nameEn : p.name }))}
          estimates={estimates}
          communesUrl="/api/regions/communes"
          ageRestricted={cart.ageRestricted}
          limits={FIELD_LIMITS}
          privacy={privacy}
          labels={{
            contact: t("contact"), customerName: t("customerName"), phone: t("phone"), phoneHint: t("phoneHint"), email: t("email"), emailHint: t("emailHint"),
            address: t("address"), addressLine: t("addressLine"), province: t("province"), chooseProvince: t("chooseProvince"), pickProvince: t("pickProvince"),
            commune: t("commune"), chooseCommune: t("chooseCommune"), communeTyped: t("communeTyped"), communeHint: t("communeHint"), note: t("note"),
            counter: t("counter", { count: 1111, max: 2222 }).replace("1111", "#").replace("2222", "@").replace("1.111", "#").replace("2.222", "@"),
            limit: t("limit", { max: 2222 }).replace("2222", "@").replace("2.222", "@"),
            payment: t("payment"), onlyCod: cart.paymentMethods.includes("VIETQR") ? null : t("onlyCod"), age: t("age"),
            adultConfirmed: t("adultConfirmed"), estimate: t("estimate"), place: t("place"), placing: t("placing"),
          }}
        />
      </div>
      <aside aria-labelledby="order-summary" className="h-fit rounded border border-slate-200 p-4">
        <h2 id="order-summary" className="mb-3 text-lg font-semibold">
          {t("summary")}
        </h2>
        {cart.groups.map((group) => (
          <div key={group.producerId} className="mb-3">
            <p className="font-semibold">{tCart("producer", { name: inLocale(locale, group.producerName, englishName) })}</p>
            <ul className="text-sm">
              {group.lines.map((line) => (
                <li key={line.productId} className="flex justify-between gap-2">
                  <span>
                    {line.name} × {line.quantity}
                  </span>
                  <span>{money(line.lineTotalVnd)}</span>
                </li>
              ))}
              <li className="flex justify-between gap-2 text-slate-700">
                <span>{tCart("shipping")}</span>
                <span>{money(group.shippingVnd)}</span>
              </li>
            </ul>
          </div>
        ))}
        <p className="flex justify-between border-t border-slate-200 pt-2 font-bold">
          <span>{tCart("total")}</span>
          <span>{money(cart.totalVnd)}</span>
        </p>
      </aside>
    </section>
  );
}
