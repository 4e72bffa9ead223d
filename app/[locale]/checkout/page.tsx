import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CheckoutForm } from "@/components/orders/checkout-form";
import { redirect } from "@/i18n/navigation";
import { formatVnd } from "@/lib/money";
import { placeOrderAction } from "@/server/orders/actions";
import { CART_COOKIE, readCart } from "@/server/orders/cart-cookie";
import { getCartView } from "@/server/orders/queries";

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
  const t = await getTranslations({ locale, namespace: "orders.checkout" });
  const tCart = await getTranslations({ locale, namespace: "orders.cart" });
  const money = (n: number) => formatVnd(n, locale);
  const labels = {
    customerName: t("customerName"), phone: t("phone"), email: t("email"), addressLine: t("addressLine"), province: t("province"),
    commune: t("commune"), note: t("note"), contact: t("contact"), address: t("address"), payment: t("payment"), place: t("place"),
  };

  return (
    <section className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <h1 className="mb-4 text-2xl font-bold text-brand-800">{t("title")}</h1>
        <CheckoutForm
          action={placeOrderAction}
          locale={locale}
          expectedTotalVnd={cart.totalVnd}
          paymentMethods={cart.paymentMethods.map((value) => ({ value, label: t(value) }))}
          labels={labels}
        />
      </div>
      <aside aria-labelledby="order-summary" className="h-fit rounded border border-slate-200 p-4">
        <h2 id="order-summary" className="mb-3 text-lg font-semibold">
          {t("summary")}
        </h2>
        {cart.groups.map((group) => (
          <div key={group.producerId} className="mb-3">
            <p className="font-semibold">{tCart("producer", { name: group.producerName })}</p>
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
