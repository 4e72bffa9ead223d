import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <footer className="no-print mt-8 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-6 text-sm text-slate-700 sm:grid-cols-2">
        <div>
          <p className="font-semibold">{t("siteName")}</p>
          <p>{t("footer.programme")}</p>
          <p className="mt-2">{t("footer.illustrative")}</p>
        </div>
        <ul className="space-y-1">
          <li>
            <Link href="/about" className="underline">
              {t("footer.about")}
            </Link>
          </li>
          <li>
            <Link href="/contact" className="underline">
              {t("footer.contact")}
            </Link>
          </li>
          <li>
            <Link href="/ideas/new" className="underline">
              {t("footer.ideas")}
            </Link>
          </li>
          <li>
            <a href="/api/v1/openapi.json" className="underline">
              {t("footer.openData")}
            </a>
          </li>
          <li>
            <Link href="/orders" className="underline">
              {t("footer.orders")}
            </Link>
          </li>
          <li>
            <Link href="/privacy" className="underline">
              {t("footer.privacy")}
            </Link>
          </li>
          <li>
            <Link href="/terms" className="underline">
              {t("footer.terms")}
            </Link>
          </li>
          <li>
            <Link href="/returns" className="underline">
              {t("footer.returns")}
            </Link>
          </li>
          <li>
            <Link href="/login" className="underline">
              {t("footer.login")}
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
