import { getTranslations } from "next-intl/server";
import { logoutAction } from "@/server/accounts/actions";

export async function LogoutButton({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "accounts" });
  return (
    <form action={logoutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold hover:bg-slate-100">
        {t("logout")}
      </button>
    </form>
  );
}
