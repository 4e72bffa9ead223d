import { getTranslations } from "next-intl/server";
import { BoothRequestForm, type BoothRequestFormProps } from "./booth-request-form";
import { formatDayRange } from "@/lib/format";
import { fairName } from "./format";

/** Shared by the new-request and edit-request pages of the studio. */
export async function BoothRequestPage({
  products,
  locale,
  fair,
  requestId,
  initial,
}: {
  /** The producer's products, each saying whether it may be shown at this fair. */
  products: { id: string; nameVi: string; nameEn: string | null; stars: number | null; eligible: boolean }[];
  locale: string;
  fair: { id: string; nameVi: string; nameEn: string | null; startsOn: Date; endsOn: Date; venue: string; minStars: number; maxBoothsPerProducer: number };
  requestId?: string;
  initial: BoothRequestFormProps["initial"];
}) {
  const t = await getTranslations({ locale, namespace: "fairs.studio" });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{requestId ? t("edit") : t("request")}</h1>
      <p>
        <strong>{fairName(fair, locale)}</strong> · {formatDayRange(fair.startsOn, fair.endsOn, locale)} · {fair.venue}
      </p>
      <BoothRequestForm
        locale={locale}
        fairId={fair.id}
        requestId={requestId}
        maxBooths={fair.maxBoothsPerProducer}
        products={products.map((p) => ({ id: p.id, name: locale === "en" ? (p.nameEn ?? p.nameVi) : p.nameVi, starsLabel: p.stars ? t("stars", { stars: p.stars }) : t("noStars"), eligible: p.eligible }))}
        initial={initial}
        labels={{
          boothCount: t("boothCount", { max: fair.maxBoothsPerProducer }),
          products: t("products"),
          productsHint: t("productsHint", { stars: fair.minStars }),
          needs: t("needs"),
          needsPower: t("needsPower"),
          needsRefrigeration: t("needsRefrigeration"),
          needsWater: t("needsWater"),
          note: t("note"),
          submit: requestId ? t("save") : t("submit"),
        }}
      />
    </section>
  );
}
