import { getTranslations } from "next-intl/server";
import { boothFee } from "@/lib/booth-plan";
import { formatDateTime, formatVnd } from "@/lib/format";
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
  fair: {
    id: string; nameVi: string; nameEn: string | null; startsOn: Date; endsOn: Date; venue: string; minStars: number; maxBoothsPerProducer: number;
    feeVnd: number; subsidyPercent: number; registrationDeadline: Date; boothSize: string;
  };
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
      {/* The terms the producer commits to, before it sends anything. */}
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-slate-300 bg-slate-50 p-3" data-testid="booth-terms">
        <dt className="font-semibold">{t("terms.deadline")}</dt>
        <dd>{formatDateTime(fair.registrationDeadline, locale)}</dd>
        <dt className="font-semibold">{t("terms.booth")}</dt>
        <dd>{fair.boothSize}</dd>
        <dt className="font-semibold">{t("terms.fee")}</dt>
        <dd>{t("terms.feePerBooth", { fee: formatVnd(fair.feeVnd, locale) })}</dd>
        <dt className="font-semibold">{t("terms.subsidy")}</dt>
        <dd>{fair.subsidyPercent > 0 ? t("terms.subsidyPercent", { percent: fair.subsidyPercent }) : t("terms.noSubsidy")}</dd>
        <dt className="font-semibold">{t("terms.net")}</dt>
        <dd>{t("terms.netPerBooth", { net: formatVnd(boothFee({ feeVnd: fair.feeVnd, subsidyPercent: fair.subsidyPercent, boothCount: 1 }).net, locale) })}</dd>
      </dl>
      <BoothRequestForm
        locale={locale}
        fairId={fair.id}
        requestId={requestId}
        maxBooths={fair.maxBoothsPerProducer}
        fee={{ feeVnd: fair.feeVnd, subsidyPercent: fair.subsidyPercent }}
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
          total: t.raw("terms.total") as string,
        }}
      />
    </section>
  );
}
