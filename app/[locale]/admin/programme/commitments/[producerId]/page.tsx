import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { requirePageAccess } from "@/server/auth/session";
import { getProducerCommitments } from "@/server/programme/queries";
import { CommitmentsForm } from "../../_components/commitments-form";

export default async function ProducerCommitmentsPage({ params }: { params: Promise<{ locale: string; producerId: string }> }) {
  const { locale, producerId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, `/admin/programme/commitments/${producerId}`);
  const t = await getTranslations({ locale, namespace: "programme" });
  const row = await getProducerCommitments(viewer, producerId);
  if (!row) notFound();
  const initial: Record<string, string> = { producerId };
  for (const kind of COMMITMENT_KINDS) {
    const found = row.commitments.find((c) => c.kind === kind);
    initial[`${kind}.committed`] = found ? "on" : "";
    initial[`${kind}.committedOn`] = found?.committedOn ?? "";
    initial[`${kind}.evidence`] = found?.evidence ?? "";
  }
  return (
    <div className="max-w-3xl space-y-4">
      <p>
        <Link href="/admin/programme/commitments" className="text-brand-800 underline underline-offset-2">
          ← {t("checklist.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("checklist.editTitle", { name: row.name })}</h1>
      <p>{t("checklist.intro")}</p>
      <CommitmentsForm locale={locale} producerId={producerId} initial={initial} />
    </div>
  );
}
