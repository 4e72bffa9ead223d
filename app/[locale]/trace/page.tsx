import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localizedHref } from "@/i18n/localized-href";
import { alternatesFor } from "@/i18n/seo";
import { canonicalBatchCode, explainScanMiss } from "@/server/trace/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim().slice(0, 100) : "");

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "trace.lookup" });
  // The lookup page is worth finding; a miss explained (any query) is not a page to index.
  const query = await searchParams;
  const explained = Object.keys(query).length > 0;
  return { title: t("title"), alternates: alternatesFor("/trace", locale), ...(explained ? { robots: { index: false } } : {}) };
}

/**
 * Look a batch up by its printed code, and the page a QR scan lands on when the resolver (app/01) finds
 * nothing: it says what was wrong (wrong check digit, unknown barcode, unknown or private lot) in the
 * visitor's language, with the product when the barcode names one, instead of a dead end.
 */
export default async function TraceLookupPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const code = one(query.code);
  if (code) {
    const found = await canonicalBatchCode(code);
    if (found) redirect(localizedHref(`/trace/${encodeURIComponent(found)}`, locale));
  }
  const gtin = one(query.gtin);
  const lot = one(query.lot);
  const reason = one(query.reason);
  const miss = gtin ? await explainScanMiss(gtin) : null;
  const t = await getTranslations({ locale, namespace: "trace.lookup" });
  const productName = miss?.product ? (locale === "en" && miss.product.nameEn ? miss.product.nameEn : miss.product.nameVi) : "";
  const scanned = reason !== "" || gtin !== "";
  return (
    <section className="max-w-prose space-y-4">
      <h1 className="text-2xl font-bold">{scanned ? t("scanTitle") : t("title")}</h1>
      {scanned ? (
        <div className="space-y-2 rounded-lg border-2 border-amber-600 bg-amber-50 p-4" data-testid="scan-miss">
          {reason === "MALFORMED" || reason === "BAD_QUALIFIER_ORDER" || reason === "BAD_ATTRIBUTE" || reason === "INVALID_GTIN" ? (
            <p>{t("malformed")}</p>
          ) : miss?.correctedGtin ? (
            <p>{t("checkDigit", { gtin })}</p>
          ) : miss?.product && lot ? (
            <p>{t("lotMissing", { product: productName, lot })}</p>
          ) : (
            <p>{t("gtinUnknown", { gtin })}</p>
          )}
          {miss?.product ? (
            <p>
              {miss.correctedGtin ? <span className="block">{t("didYouMean")}</span> : null}
              <Link href={`/products/${miss.product.slug}`} className="font-semibold text-brand-800 underline">
                {productName}
              </Link>{" "}
              — {t("seeProduct")}
            </p>
          ) : (
            <p>
              <Link href="/products" className="font-semibold text-brand-800 underline">
                {t("search")}
              </Link>
            </p>
          )}
          <p className="text-sm text-slate-700">{t("report")}</p>
        </div>
      ) : (
        <p>{t("intro")}</p>
      )}
      {code ? (
        <p role="alert" className="rounded border-2 border-red-800 bg-red-50 px-3 py-2">
          {t("codeMissing", { code })}
        </p>
      ) : null}
      <form action={localizedHref("/trace", locale)} method="get" className="flex max-w-md flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col">
          <label htmlFor="trace-code" className="font-semibold">
            {t("code")}
          </label>
          <input id="trace-code" name="code" defaultValue={code} autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={100} className="rounded border border-slate-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
